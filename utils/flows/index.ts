import type { Flow } from '../engine/flow';
import { gstzenDeleteFlow, gstzenLoginFlow } from './gstzen';
import { productionFlow } from './production';
import { sandboxFlow } from './sandbox';

/**
 * The registry: every site the assistant knows. Adding a site is adding its names and origins to
 * sites.ts and its flow file here (see the README, "How to add a site"). The popup and the
 * background use `SITES` (names and origins) only; the bundler leaves the steps and validators out
 * of their bundles (see utils/rules/index.ts), and the dialog tap imports sites.ts alone.
 */
export { GSTZEN_ORIGINS, SITES, gstzenSite, matchPatterns, siteById } from './sites';
export { environmentLabel, siteBadge, siteLabel } from './site-names';
/** GSTZen has two tasks on one site (entering the login, deleting the test invoices): one flow each. */
const FLOWS: readonly Flow[] = [sandboxFlow, productionFlow, gstzenLoginFlow, gstzenDeleteFlow];

/** Every flow of the site served from exactly this origin (none for any other origin). */
export function flowsForOrigin(origin: string): Flow[] {
  return FLOWS.filter((flow) => flow.origins.includes(origin));
}
