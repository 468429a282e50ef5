import type { Flow } from '../engine/flow';
import { sandboxFlow } from './sandbox';

/** Every portal flow, looked up by the page's exact origin. */
export const FLOWS: readonly Flow[] = [sandboxFlow];

export function flowForOrigin(origin: string): Flow | null {
  return FLOWS.find((flow) => flow.origin === origin) ?? null;
}
