import type { Flow, SiteInfo } from '../engine/flow';
import type { Environment } from '../environments';
import { productionFlow, productionSite } from './production';
import { sandboxFlow, sandboxSite } from './sandbox';

/**
 * The registry: every site the assistant knows. Adding a site is adding its file here (see the
 * README, "How to add a site"). The popup and the background use `SITES` (names and origins)
 * only; the bundler leaves the steps and validators out of their bundles (see utils/rules/index.ts).
 */
export const SITES: readonly SiteInfo[] = [sandboxSite, productionSite];
const FLOWS: readonly Flow[] = [sandboxFlow, productionFlow];

/** The content script's match patterns: every origin of every site. */
export function matchPatterns(sites: readonly SiteInfo[] = SITES): string[] {
  return sites.flatMap((site) => site.origins.map((origin) => `${origin}/*`));
}

export function flowForOrigin(origin: string): Flow | null {
  return FLOWS.find((flow) => flow.origins.includes(origin)) ?? null;
}

export function siteById(id: string): SiteInfo | null {
  return SITES.find((site) => site.id === id) ?? null;
}

/** What the user calls an environment: the label of the site that makes its credentials. */
export function environmentLabel(env: Environment): string {
  return SITES.find((site) => site.environment === env)?.label ?? env;
}
