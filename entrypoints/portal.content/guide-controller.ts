import { performAction, type ActionResult } from '@/utils/engine/actions';
import { evaluateFlow, type FlowSnapshot } from '@/utils/engine/evaluate';
import type { Flow } from '@/utils/engine/flow';
import type { PageQueryOptions } from '@/utils/engine/page-query';
import { Store } from './store';

export interface GuideState {
  snapshot: FlowSnapshot;
  /** The answer to the user's last click on the step's button, while that step lasts. */
  feedback: (ActionResult & { stepId: string }) | null;
  /** The step's button is working (a list may take a moment to fill). */
  busy: boolean;
}

/**
 * One page visit of the guide: reads the flow against the page whenever it may have changed and
 * does a step's safe action when the user clicks the panel's button. Holds no credentials.
 */
export class GuideController extends Store<GuideState> {
  constructor(
    private readonly flow: Flow,
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly onSnapshot: (snapshot: FlowSnapshot) => void = () => undefined,
    /** What else the page showed (its native dialogs): read afresh on every evaluation. */
    private readonly queryOptions: () => PageQueryOptions = () => ({}),
  ) {
    const snapshot = evaluateFlow(flow, doc, queryOptions());
    super({ snapshot, feedback: null, busy: false });
    onSnapshot(snapshot);
  }

  /** Reads the page again. Never throws into the page. */
  refresh = (): void => {
    if (this.signal.aborted) return;
    try {
      const snapshot = evaluateFlow(this.flow, this.doc, this.queryOptions());
      const { feedback } = this.getState();
      this.onSnapshot(snapshot);
      this.set({ snapshot, feedback: feedback?.stepId === snapshot.step.id ? feedback : null });
    } catch (error) {
      // A page we cannot read must never break the portal: report without page data, carry on.
      console.warn('[e-Invoice assistant] could not read this page:', error instanceof Error ? error.name : 'error');
    }
  };

  /** The panel's step button. Only the user's own click counts: a page script's does nothing. */
  doStep = async (event: { isTrusted: boolean }): Promise<void> => {
    const { snapshot, busy } = this.getState();
    const { step } = snapshot;
    if (!event.isTrusted || busy || !step.action || this.signal.aborted) return;
    this.set({ busy: true });
    const result = await performAction(this.doc, step.action, this.flow.policy);
    if (this.signal.aborted) return;
    this.set({ busy: false, feedback: { ...result, stepId: step.id } });
    this.refresh();
  };
}
