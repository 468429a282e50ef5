import { performAction, type ActionResult } from '@/utils/engine/actions';
import type { Language } from '@/utils/i18n/languages';
import { currentLanguage } from '@/utils/i18n/t';
import { chooseFlow, onSharedStep } from '@/utils/engine/choose-flow';
import { evaluateFlow, type FlowSnapshot } from '@/utils/engine/evaluate';
import type { Flow, FlowTask } from '@/utils/engine/flow';
import type { PageQueryOptions } from '@/utils/engine/page-query';
import { Store } from './store';

export interface GuideState {
  snapshot: FlowSnapshot;
  /** The flow the page belongs to (a site with several tasks has several flows). */
  flow: Flow;
  /** The site's tasks, when the page is one they share and the user may pick (else null). */
  tasks: readonly FlowTask[] | null;
  /** The answer to the user's last click on the step's button, while that step lasts. */
  /** The last action's answer on this step, in the language it was written in. */
  feedback: (ActionResult & { stepId: string; language: Language }) | null;
  /** The step's button is working (a list may take a moment to fill). */
  busy: boolean;
}

/**
 * Where the chosen task is remembered for the tab's visit to the site, across its pages. Only a
 * preference for what the panel explains on shared pages: nothing is done with it, so the page
 * being able to read or change it matters not.
 */
const TASK_KEY = 'einv-assistant.task';

/**
 * One page visit of the guide: reads the site's flows against the page whenever it may have
 * changed and does a step's safe action when the user clicks the panel's button. Holds no
 * credentials.
 */
export class GuideController extends Store<GuideState> {
  private readonly flows: readonly Flow[];
  private preferredTask: string | null;

  constructor(
    flows: Flow | readonly Flow[],
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly onSnapshot: (snapshot: FlowSnapshot, flow: Flow) => void = () => undefined,
    /** What else the page showed (its native dialogs): read afresh on every evaluation. */
    private readonly queryOptions: () => PageQueryOptions = () => ({}),
  ) {
    const all = Array.isArray(flows) ? (flows as readonly Flow[]) : [flows as Flow];
    if (all.length === 0) throw new Error('A guide needs at least one flow.');
    // Only a site with several tasks has a preference to read: the first read of sessionStorage
    // in a page is a synchronous trip to the browser process (about a third of the content
    // script's warm main-thread time on a portal page, measured by npm run bench).
    const preferredTask = all.length > 1 ? readTaskPreference(doc) : null;
    const read = readFlows(all, doc, queryOptions(), preferredTask);
    super({ ...read, feedback: null, busy: false });
    this.flows = all;
    this.preferredTask = preferredTask;
    onSnapshot(read.snapshot, read.flow);
  }

  /** Reads the page again. Never throws into the page. */
  refresh = (): void => {
    if (this.signal.aborted) return;
    try {
      const read = readFlows(this.flows, this.doc, this.queryOptions(), this.preferredTask);
      const { feedback } = this.getState();
      this.onSnapshot(read.snapshot, read.flow);
      // Kept while on its step, and only in the language it was written in (a switch drops it).
      const keep = feedback?.stepId === read.snapshot.step.id && feedback.language === currentLanguage();
      this.set({ ...read, feedback: keep ? feedback : null });
    } catch (error) {
      // A page we cannot read must never break the portal: report without page data, carry on.
      console.warn('[e-Invoice assistant] could not read this page:', error instanceof Error ? error.name : 'error');
    }
  };

  /**
   * What the onboarding board says is next for this GSTIN (GSTZen: delete the test invoices after
   * the sandbox login): the task shown on shared pages until the user picks one in this tab.
   */
  suggestTask = (taskId: string): void => {
    if (this.signal.aborted || readTaskPreference(this.doc) !== null) return;
    if (!this.flows.some((flow) => flow.task?.id === taskId) || this.preferredTask === taskId) return;
    this.preferredTask = taskId;
    this.refresh();
  };

  /** The panel's task switch (shared pages only). Only the user's own click counts. */
  chooseTask = (taskId: string, event: { isTrusted: boolean }): void => {
    if (!event.isTrusted || this.signal.aborted) return;
    if (!this.flows.some((flow) => flow.task?.id === taskId)) return;
    this.preferredTask = taskId;
    writeTaskPreference(this.doc, taskId);
    this.refresh();
  };

  /** The panel's step button. Only the user's own click counts: a page script's does nothing. */
  doStep = async (event: { isTrusted: boolean }): Promise<void> => {
    const { snapshot, flow, busy } = this.getState();
    const { step } = snapshot;
    if (!event.isTrusted || busy || !step.action || this.signal.aborted) return;
    this.set({ busy: true });
    const result = await performAction(this.doc, step.action, flow.policy);
    if (this.signal.aborted) return;
    this.set({ busy: false, feedback: { ...result, stepId: step.id, language: currentLanguage() } });
    this.refresh();
  };
}

function readFlows(
  flows: readonly Flow[],
  doc: Document,
  options: PageQueryOptions,
  preferredTask: string | null,
): Pick<GuideState, 'snapshot' | 'flow' | 'tasks'> {
  if (flows.length === 1) return { snapshot: evaluateFlow(flows[0]!, doc, options), flow: flows[0]!, tasks: null };
  const snapshots = flows.map((flow) => evaluateFlow(flow, doc, options));
  const index = chooseFlow(flows, snapshots, preferredTask);
  const snapshot = snapshots[index]!;
  const tasks = onSharedStep(flows, snapshot) ? flows.flatMap((flow) => (flow.task ? [flow.task] : [])) : null;
  return { snapshot, flow: flows[index]!, tasks };
}

function readTaskPreference(doc: Document): string | null {
  try {
    return doc.defaultView?.sessionStorage.getItem(TASK_KEY) ?? null;
  } catch {
    // Storage blocked (a sandboxed page, privacy settings): the first task is the default.
    return null;
  }
}

function writeTaskPreference(doc: Document, taskId: string): void {
  try {
    doc.defaultView?.sessionStorage.setItem(TASK_KEY, taskId);
  } catch {
    // Not remembered across pages; the switch still works on this one.
  }
}
