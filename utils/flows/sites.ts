import type { SiteInfo } from '../engine/flow';

/**
 * Every site the assistant knows, as plain data: where it is and what to call it. This file
 * imports nothing but types, so that what needs only names and origins (the main-world dialog
 * tap, the popup, the background) carries no flow, locator or validator. Each site's steps are in
 * its own flow file (sandbox.ts, production.ts), registered in index.ts. Their names are catalog
 * keys, read in the current language by site-names.ts (which imports the catalogs; this file must
 * not, or the main-world dialog tap would carry them).
 */
/** The sandbox (trial) portal: utils/flows/sandbox.ts. */
export const sandboxSite = {
  id: 'sandbox',
  label: { key: 'site_sandbox_label' },
  badge: { key: 'site_sandbox_badge' },
  origins: ['https://einv-apisandbox.nic.in'],
  startUrl: 'https://einv-apisandbox.nic.in/',
  environment: 'sandbox',
} as const satisfies SiteInfo;

/** The production portal: utils/flows/production.ts. */
export const productionSite = {
  id: 'production',
  label: { key: 'site_production_label' },
  badge: { key: 'site_production_badge' },
  origins: ['https://einvoice1.gst.gov.in'],
  startUrl: 'https://einvoice1.gst.gov.in/',
  environment: 'production',
} as const satisfies SiteInfo;

/**
 * Every exact origin GSTZen's web app is served from: the one place that says so. The manifest's
 * matches and the background's sender checks derive from it, so a look-alike such as
 * `my.gstzen.in.example.com` gets no content script and no answer [src: docs/portals.md#how-the-gstzen-flows-read-the-app].
 */
export const GSTZEN_ORIGINS = ['https://my.gstzen.in'] as const;

/** GSTZen's web app, where the credentials are entered and the test invoices deleted: utils/flows/gstzen.ts. */
export const gstzenSite = {
  id: 'gstzen',
  label: { brand: 'GSTZen' },
  badge: { brand: 'GSTZen' },
  origins: GSTZEN_ORIGINS,
  startUrl: 'https://my.gstzen.in/',
  takesCredentials: true,
} as const satisfies SiteInfo;

export const SITES: readonly SiteInfo[] = [sandboxSite, productionSite, gstzenSite];

/** The sites where credentials are made (each has an environment): the portals, not GSTZen. */
export const PORTAL_SITES: readonly SiteInfo[] = SITES.filter((site) => site.environment !== undefined);

/** The content scripts' match patterns: every origin of every site. */
export function matchPatterns(sites: readonly SiteInfo[] = SITES): string[] {
  return sites.flatMap((site) => site.origins.map((origin) => `${origin}/*`));
}

export function siteById(id: string): SiteInfo | null {
  return SITES.find((site) => site.id === id) ?? null;
}
