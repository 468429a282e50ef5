import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForDialogs } from '@/utils/dialog-tap/listen';
import { DialogLog } from '@/utils/engine/dialogs';
import { watchPage } from '@/utils/engine/watch';
import { loadFlowsForOrigin } from '@/utils/flows/load';
import { matchPatterns } from '@/utils/flows/sites';
import { followLanguageChoice } from '@/utils/i18n/language-broadcast';
import { currentLanguage, onLanguageChange } from '@/utils/i18n/t';
import { BoardReporter } from './board-reporter';
import { CaptureController } from './capture-controller';
import { GuideController } from './guide-controller';
import { HandOffController } from './hand-off-controller';
import { Panel } from './Panel';
import { ReminderController } from './reminder-controller';
import { FailedSaveController } from './failed-save-controller';
import { SuggestController } from './suggest-controller';
import panelCss from './panel.css?inline';

/**
 * Runs `work` in a later task, letting the page's own tasks run in between, and resolves with its
 * result. The work runs inside the timer's callback itself (not after an await), so it is one
 * task of its own and tools that attribute main-thread time to scripts see whose it is.
 */
function inNextTask<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0),
  );
}

/** The guide on every site of the registry (utils/flows/): picks the site's flow by origin. */
export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (window.top !== window) return;
    // Only this site's flows are set up (the others' modules are never evaluated on this page).
    const flows = await loadFlowsForOrigin(location.origin);
    const flow = flows[0];
    if (!flow || ctx.isInvalid) return;
    // The browser's language at once; the popup's choice when the background answers (not awaited:
    // the panel draws again in it, see the listener below).
    const languageFollowed = followLanguageChoice(flow.id, ctx.signal);

    // Native dialogs this visit showed (reported by the main-world tap, utils/dialog-tap/).
    const dialogs = new DialogLog();
    // Only where a step takes kept credentials (GSTZen's login form).
    const handOff = flows.some((f) => f.steps.some((step) => step.handOff))
      ? new HandOffController(document, ctx.signal)
      : null;
    // Only sites whose pages say something about a GSTIN's onboarding (GSTZen).
    const board = flows.some((f) => f.observe)
      ? new BoardReporter(document, ctx.signal, (entry) => {
          // On pages the tasks share, the one the board says is next (until the user picks).
          const next = flow.nextTask?.(
            (section) => entry.sections[section as keyof typeof entry.sections] !== undefined,
          );
          if (next) parts?.guide.suggestTask(next);
        })
      : null;
    // The panel's host first (its creation awaits nothing but microtasks: the CSS is inline), so
    // that the guide's one reading of the page on load (in its constructor) marks it: reading the
    // page again after the mount, as this script used to, doubled its main-thread time for nothing.
    // Then the page is read, and the panel drawn, each in a task of its own after this script's
    // first run (compiling and setting up): no one long task on the page's main thread, and the
    // page's own tasks (its first layout, often) may run before the guide asks where its
    // elements are.
    let parts: {
      guide: GuideController;
      capture: CaptureController | null;
      suggest: SuggestController | null;
      reminder: ReminderController | null;
      failedSaves: FailedSaveController | null;
      readPage: () => void;
    } | null = null;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'einv-assistant',
      mode: 'open',
      position: 'inline',
      anchor: 'body',
      css: panelCss,
      // Keys typed in the panel must not reach the portal's shortcuts.
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        if (parts) {
          const { guide, capture, suggest, reminder, failedSaves } = parts;
          root.render(
            <Panel
              flow={flow}
              guide={guide}
              capture={capture}
              suggest={suggest}
              reminder={reminder}
              handOff={handOff}
              failedSaves={failedSaves}
            />,
          );
        }
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    const host = ui.shadowHost;
    // Screen readers read the panel in its language, whatever the portal's page says.
    host.setAttribute('lang', currentLanguage());
    const stopFollowingLanguage = onLanguageChange(() => {
      host.setAttribute('lang', currentLanguage());
      // The checks' words are written when the page is read: read it again in the new language.
      parts?.readPage();
    });
    ctx.onInvalidated(stopFollowingLanguage);

    // Second task: the guide reads the page (once), and the page is watched from then on.
    parts = await inNextTask(() => {
      if (ctx.isInvalid) return null;
      const guide = new GuideController(
        flows,
        document,
        ctx.signal,
        (snapshot, pageFlow) => {
          // Stable hooks for tests and support staff: the step the user should do now.
          host.setAttribute('data-step', snapshot.step.id);
          host.setAttribute('data-found', String(snapshot.found));
          if (pageFlow.task) host.setAttribute('data-task', pageFlow.task.id);
          handOff?.pageChanged(snapshot, pageFlow);
          board?.pageChanged(pageFlow);
        },
        () => ({ dialogs: dialogs.entries }),
      );
      const { capture: spec } = flow;
      const capture =
        spec && flow.environment
          ? new CaptureController({ ...flow, capture: spec }, document, ctx.signal, undefined, dialogs)
          : null;
      // Suggestions are kept like captures: only where credentials are made.
      const suggest = flow.environment ? new SuggestController(flow, document, ctx.signal) : null;
      const reminder = flow.reminder ? new ReminderController(flow, ctx.signal) : null;
      // Only where credentials are made: presses whose credentials could not be kept, until acknowledged.
      const failedSaves = capture ? new FailedSaveController(flow, ctx.signal) : null;
      const readPage = () => {
        guide.refresh();
        capture?.pageChanged();
      };
      // Watching from the reading on, so nothing the page does before the mount is missed; the
      // mount itself, and whatever the assistant does to its own host, is not the page moving on.
      watchPage(document, readPage, ctx.signal, undefined, (node) => node === host);
      return { guide, capture, suggest, reminder, failedSaves, readPage };
    });
    if (!parts) return;
    const { capture, reminder, failedSaves, readPage } = parts;
    const reminderShown = reminder?.start();
    const failedSavesShown = failedSaves?.start();

    // Third task: the panel is drawn.
    const mounted = await inNextTask(() => {
      if (ctx.isInvalid) return false;
      ui.mount();
      return true;
    });
    if (!mounted) return;
    // Dialogs may come in bursts (a replay, or a page posting many): read the page once per burst.
    let readScheduled = false;
    listenForDialogs(window, ctx.signal, (entry) => {
      dialogs.record(entry);
      if (readScheduled) return;
      readScheduled = true;
      setTimeout(() => {
        readScheduled = false;
        readPage();
      });
    });
    await Promise.all([capture?.start(), reminderShown, failedSavesShown, languageFollowed]);
  },
});
