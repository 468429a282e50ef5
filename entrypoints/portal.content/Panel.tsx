import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { CheckList } from '@/components/CheckList';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import { StepList } from '@/components/StepList';
import { useLanguage } from '@/components/use-language';
import { t } from '@/utils/i18n/t';
import type { Flow } from '@/utils/engine/flow';
import { siteBadge, siteLabel } from '@/utils/flows/site-names';
import type { CaptureController, CaptureState } from './capture-controller';
import { CaptureNotice } from './CaptureNotice';
import type { GuideController } from './guide-controller';
import type { HandOffController } from './hand-off-controller';
import { HandOffBox } from './HandOffBox';
import type { ReminderController } from './reminder-controller';
import { ReminderBox } from './ReminderBox';
import type { FailedSaveController } from './failed-save-controller';
import { FailedSaveBox } from './FailedSaveBox';
import type { SuggestController } from './suggest-controller';
import { SuggestBox } from './SuggestBox';
import { TargetOutline } from './TargetOutline';
import { usePanelPlacement } from './use-panel-placement';
import { nativeEventOf } from './native-event';

/** The guide on the portal page: current step, what to do, the safe button, live checks. */
export function Panel({
  flow,
  guide,
  capture,
  suggest = null,
  reminder = null,
  handOff = null,
  failedSaves = null,
}: {
  /** The site's first flow: its names; the page's own flow comes from the guide. */
  flow: Flow;
  guide: GuideController;
  capture: CaptureController | null;
  suggest?: SuggestController | null;
  reminder?: ReminderController | null;
  handOff?: HandOffController | null;
  failedSaves?: FailedSaveController | null;
}) {
  // Drawn again, whole, after a switch of language.
  useLanguage();
  const { snapshot, feedback, busy, flow: pageFlow, tasks } = useSyncExternalStore(guide.subscribe, guide.getState);
  const { notice } = useSyncExternalStore(capture?.subscribe ?? noSubscription, capture?.getState ?? noCapture);
  const { step, stepIndex, found, waiting, target, checks, actionAvailable } = snapshot;
  const [collapsed, setCollapsed] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const placement = usePanelPlacement(panelRef, target, collapsed);
  const folded = collapsed || placement.compact;
  const collapseRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focus = useFocusKeptInPanel(panelRef, titleRef, collapseRef);

  useScrollIntoView(target, step.id);

  // Escape folds the open panel, and focus goes to the button that opens it again.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || folded) return;
    setCollapsed(true);
    collapseRef.current?.focus();
  };

  return (
    <>
      {target && found && <TargetOutline target={target} snapshot={snapshot} />}
      <section
        ref={panelRef}
        className={`panel${folded ? ' collapsed' : ''}`}
        style={placement.style}
        aria-label={t('extName')}
        onKeyDown={onKeyDown}
        onFocus={focus.onFocus}
        onBlur={focus.onBlur}
      >
        <header onPointerDown={placement.onDragStart} title={t('panel_drag_to_move')}>
          <span className="brand">{t('panel_brand')}</span>
          <span className="env" title={siteLabel(flow)}>
            {siteBadge(flow)}
          </span>
          <span className="progress">{t('panel_progress', { step: stepIndex + 1, steps: pageFlow.steps.length })}</span>
          <button
            type="button"
            ref={collapseRef}
            className="icon"
            data-testid="collapse"
            aria-expanded={!folded}
            aria-label={folded ? t('panel_expand') : t('panel_collapse')}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={() => {
              if (placement.compact) placement.expand();
              else setCollapsed((c) => !c);
            }}
          >
            <span aria-hidden="true">{folded ? '▴' : '▾'}</span>
          </button>
        </header>
        {/* Read out politely when the step changes, folded or not (the title itself is in the body). */}
        <p className="visually-hidden" aria-live="polite" data-testid="step-announcement">
          {t('panel_step_announcement', { step: stepIndex + 1, steps: pageFlow.steps.length, title: step.title() })}
        </p>
        {!folded && (
          <div className="body">
            {failedSaves && <FailedSaveBox controller={failedSaves} />}
            {reminder && <ReminderBox controller={reminder} />}
            {tasks && (
              <fieldset className="tasks" data-testid="tasks">
                <legend>{t('panel_tasks_question')}</legend>
                {tasks.map((task) => (
                  <label key={task.id}>
                    <input
                      type="radio"
                      name="einv-assistant-task"
                      data-testid={`task-${task.id}`}
                      checked={pageFlow.task?.id === task.id}
                      onChange={(event) => guide.chooseTask(task.id, nativeEventOf(event))}
                    />
                    {task.label()}
                  </label>
                ))}
              </fieldset>
            )}
            <h2 data-testid="step-title" ref={titleRef} tabIndex={-1}>
              {whole(step.title())}
            </h2>
            <p className="help">{whole(step.help())}</p>
            {snapshot.status && (
              <p className="status" role="status" data-testid="step-status">
                {whole(snapshot.status)}
              </p>
            )}
            {!found && waiting && (
              <p className="manual waiting" role="status" data-testid="waiting">
                {whole(t('panel_waiting', { manual: step.manual() }))}
              </p>
            )}
            {!found && !waiting && (
              <p className="manual" role="alert" data-testid="manual">
                {whole(t('panel_not_found', { manual: step.manual() }))}
              </p>
            )}
            {step.action && actionAvailable && (
              <button
                type="button"
                className="primary"
                data-testid="do-step"
                aria-busy={busy}
                disabled={busy}
                onClick={(event) => void guide.doStep(nativeEventOf(event))}
              >
                {step.action.label()}
              </button>
            )}
            {feedback && (
              <p className={`feedback ${feedback.ok ? 'ok' : 'error'}`} role="status" data-testid="step-feedback">
                {whole(feedback.message)}
              </p>
            )}
            {suggest && found && <SuggestBox flow={flow} step={step} controller={suggest} />}
            {handOff && <HandOffBox controller={handOff} />}
            <CheckList checks={checks} />
            {capture && <CaptureNotice notice={notice} onShowCredentials={capture.showCredentials} />}
            <button type="button" className="link" aria-expanded={showAll} onClick={() => setShowAll((s) => !s)}>
              {showAll ? t('panel_hide_all_steps') : t('panel_show_all_steps')}
            </button>
            {showAll && <StepList steps={pageFlow.steps} current={stepIndex} />}
          </div>
        )}
      </section>
    </>
  );
}

/**
 * When the control that had focus in the panel goes away or is disabled (the step changed, its
 * button is busy), focus would drop to the page's start: it goes to the step's title instead, so
 * the next Tab is the panel's next control (folded: to its expand button). Only then: focus the
 * user moved elsewhere stays there.
 */
function useFocusKeptInPanel(
  panelRef: RefObject<HTMLElement | null>,
  titleRef: RefObject<HTMLHeadingElement | null>,
  collapseRef: RefObject<HTMLButtonElement | null>,
) {
  const hadFocus = useRef(false);
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!hadFocus.current || !panel) return;
    const root = panel.getRootNode() as Partial<ShadowRoot>;
    const lost = !root.activeElement && (document.activeElement === document.body || !document.activeElement);
    // Folded, the panel has no title: its expand button.
    if (lost) (titleRef.current ?? collapseRef.current)?.focus({ preventScroll: true });
  });
  return {
    onFocus: () => {
      hadFocus.current = true;
    },
    onBlur: (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (to) {
        hadFocus.current = panelRef.current?.contains(to) ?? false;
        return;
      }
      // To nowhere: a click on the page's background, or the control was removed or disabled.
      const from = event.target as HTMLElement & { disabled?: boolean };
      setTimeout(() => {
        if (from.isConnected && !from.disabled) hadFocus.current = false;
      });
    },
  };
}

const noSubscription = () => () => undefined;
const noCaptureState: CaptureState = { notice: null };
const noCapture = () => noCaptureState;

/**
 * Brings a step's element into view once, when the step starts (or its element first appears),
 * unless it is already visible. Within a step the user drives: the page never moves under a
 * pointer on its way to a field or a button.
 */
function useScrollIntoView(target: HTMLElement | null, stepId: string) {
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!target || scrolledFor.current === stepId) return;
    scrolledFor.current = stepId;
    const rect = target.getBoundingClientRect();
    const inView = rect.top >= 0 && rect.bottom <= window.innerHeight;
    if (inView) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [target, stepId]);
}
