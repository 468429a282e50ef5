import type { Flow } from './flow';
import type { FlowSnapshot } from './evaluate';

/**
 * Several flows on one site (GSTZen: entering the login, deleting the test invoices). The page
 * belongs to the flow that recognises it by a step of its own, the furthest one; on a step the
 * flows share (GSTZen's dashboard and a GSTIN's page) it is the task the user chose, else the
 * first flow. `snapshots[i]` is `flows[i]` read against the page. Returns an index into `flows`.
 */
export function chooseFlow(
  flows: readonly Flow[],
  snapshots: readonly FlowSnapshot[],
  preferredTask: string | null,
): number {
  const shared = sharedStepIds(flows);
  let best = -1;
  snapshots.forEach((snapshot, index) => {
    if (!snapshot.recognized || shared.has(snapshot.step.id)) return;
    if (best < 0 || snapshot.stepIndex > snapshots[best]!.stepIndex) best = index;
  });
  if (best >= 0) return best;
  const preferred = flows.findIndex((flow) => flow.task?.id === preferredTask);
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
