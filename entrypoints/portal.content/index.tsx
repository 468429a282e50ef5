import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForDialogs } from '@/utils/dialog-tap/listen';
import { DialogLog } from '@/utils/engine/dialogs';
import { watchPage } from '@/utils/engine/watch';
import { loadFlowsForOrigin } from '@/utils/flows/load';
import { matchPatterns } from '@/utils/flows/sites';
import { followLanguageChoice } from '@/utils/i18n/language-broadcast';
import { currentLanguage, onLanguageChange, t } from '@/utils/i18n/t';
import { BoardReporter } from './board-reporter';
import { CaptureController } from './capture-controller';
import { GuideController } from './guide-controller';
import { HandOffController } from './hand-off-controller';
import { Panel } from './Panel';
import { ReminderController } from './reminder-controller';
import { FailedSaveController } from './failed-save-controller';
import { SuggestController } from './suggest-controller';
import panelCss from './panel.css?inline';
import { taskSlices } from './task-slices';
import { documentParsed } from './document-parsed';

/**
 * The drawing shares the reading's task when the reading took less than this (about 5 to 10 ms);
 * after a longer one it waits for the next task, so that no task of this script comes near the
 * 50 ms of a long task, also on a cold tab where the first drawing takes 20 ms or more
 * (npm run bench).
 */
const START_SLICE_MS = 15;
const { inSlice, inNextTask, taskStarted } = taskSlices(START_SLICE_MS);

/** The guide on every site of the registry (utils/flows/): picks the site's flow by origin. */
export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's legacy notice to older copies of this script: a custom event does that now, and a
  // portal page's own message listeners need not see ours (it cost a cold tab about 20 ms, too).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window.top !== window) return;
    // The script starts at document_start: compiling it and setting up its modules were this
    // task's work, and the page's parser goes on before the rest (on a cold tab, the two together
    // would be a long task).
    await inNextTask(() => undefined);
    if (ctx.isInvalid) return;
    // Only this site's flows are set up (the others' modules are never evaluated on this page).
    const flows = await loadFlowsForOrigin(location.origin);
    const flow = flows[0];
    if (!flow || ctx.isInvalid) return;
    // The browser's language at once; the popup's choice when the background answers (not awaited:
    // the panel draws again in it, see the listener below).
    const languageFollowed = followLanguageChoice(flow.id, ctx.signal);
    // The browser reads the extension's catalog on the first lookup (a round trip to its process
    // on a cold tab): done now, while the page still loads, rather than when the panel is drawn.
    t('extName');
    // Read in the task that brought DOMContentLoaded; when it had come already (the script
    // injected late), in a task of its own.
    const waited = await documentParsed(ctx);
    if (ctx.isInvalid) return;
    if (waited) taskStarted();
    else await inNextTask(() => undefined);
    if (ctx.isInvalid) return;

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
    // Then the page is read, at DOMContentLoaded once the page's own listeners on the document
    // ran, and the panel drawn in the same task when the reading was quick (a warm tab), else in
    // the next one (task-slices.ts): no long task on the page's main thread, and the panel in the
    // page's first frame.
    let parts: {
      guide: GuideController;
      capture: CaptureController | null;
      suggest: SuggestController | null;
      reminder: ReminderController | null;
      failedSaves: FailedSaveController | null;
      readPage: () => void;
      captureStarted: Promise<void> | undefined;
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

    // The guide reads the page (once), and the page is watched from then on.
    parts = await inSlice(() => {
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
      // Presses of Create are listened for from the first reading on (the pending capture's
      // claim, a message, is answered later).
      const captureStarted = capture?.start();
      return { guide, capture, suggest, reminder, failedSaves, readPage, captureStarted };
    });
    if (!parts) return;
    const { reminder, failedSaves, readPage, captureStarted } = parts;

    // The panel is drawn.
    const mounted = await inSlice(() => {
      if (ctx.isInvalid) return false;
      ui.mount();
      return true;
    });
    if (!mounted) return;
    // Then, in a task of its own, what the page's dialogs say and what the background keeps for
    // this page (presses not kept, a reminder's tick): their answers draw again what they change.
    const started = inNextTask(() => {
      if (ctx.isInvalid) return null;
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
      return Promise.all([reminder?.start(), failedSaves?.start()]);
    });
    await Promise.all([captureStarted, started, languageFollowed]);
  },
});
