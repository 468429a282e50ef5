import type { Flow } from '../engine/flow';
import { GSTZEN_ORIGINS, productionSite, sandboxSite } from './sites';

/**
 * The registry as the content script loads it: only the flows of the site it runs on are set up.
 * Each site's flow file is imported on demand, so the bundler evaluates its module (steps,
 * locators, the rules it needs) only when asked for; on a sandbox page the production and
 * GSTZen flows are never built. Same sites and flows as `FLOWS` in index.ts (the unit tests
 * check the two agree).
 */
const LOADERS: readonly { origins: readonly string[]; load: () => Promise<readonly Flow[]> }[] = [
  { origins: sandboxSite.origins, load: () => import('./sandbox').then((m) => [m.sandboxFlow]) },
  { origins: productionSite.origins, load: () => import('./production').then((m) => [m.productionFlow]) },
  {
    origins: GSTZEN_ORIGINS,
    load: () => import('./gstzen').then((m) => [m.gstzenLoginFlow, m.gstzenDeleteFlow]),
  },
];

/** Every flow of the site served from exactly this origin (none for any other origin). */
export async function loadFlowsForOrigin(origin: string): Promise<Flow[]> {
  const loaded = await Promise.all(LOADERS.filter((l) => l.origins.includes(origin)).map((l) => l.load()));
  return loaded.flat().filter((flow) => flow.origins.includes(origin));
}
