import type { Flow } from './flow';
import type { FlowSnapshot } from './evaluate';

/**
 * Several flows on one site (GSTZen: entering the login, deleting the test invoices). The page
 * belongs to the flow that recognises it by a step of its own; when several do, to the task the
 * user chose, else the one furthest along; on a step the flows share (GSTZen's dashboard and a
 * GSTIN's page), to the task the user chose, else the first flow. `snapshots[i]` is `flows[i]` read against the page. Returns an index into `flows`.
 */
export function chooseFlow(
  flows: readonly Flow[],
  snapshots: readonly FlowSnapshot[],
  preferredTask: string | null,
): number {
  const shared = sharedStepIds(flows);
  const preferred = flows.findIndex((flow) => flow.task?.id === preferredTask);
  const own = snapshots.flatMap((snapshot, index) =>
    snapshot.recognized && !shared.has(snapshot.step.id) ? [index] : [],
  );
  // One flow recognises the page by its own step: the page is that task's.
  if (own.length === 1) return own[0]!;
  // Several do (a page mixing both tasks' controls): the task the user chose, else the furthest.
  if (own.length > 1) {
    if (own.includes(preferred)) return preferred;
    return own.reduce((best, index) => (snapshots[index]!.stepIndex > snapshots[best]!.stepIndex ? index : best));
  }
  return preferred >= 0 ? preferred : 0;
}

/** Is the page on a step every flow of the site has (where the user picks the task)? */
export function onSharedStep(flows: readonly Flow[], snapshot: FlowSnapshot): boolean {
  return flows.length > 1 && sharedStepIds(flows).has(snapshot.step.id);
}

/** Step ids found in more than one of the flows. */
function sharedStepIds(flows: readonly Flow[]): Set<string> {
  const seen = new Map<string, number>();
  for (const flow of flows)
    for (const step of new Set(flow.steps.map((s) => s.id))) seen.set(step, (seen.get(step) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
}
