import type { SiteInfo, SiteName } from '../engine/flow';
import type { Environment } from '../environments';
import { t } from '../i18n/t';
import { SITES } from './sites';

function say(name: SiteName): string {
  return 'key' in name ? t(name.key) : name.brand;
}

/** What the popup calls a site, in the current language: "Sandbox (trial) portal". */
export function siteLabel(site: Pick<SiteInfo, 'label'>): string {
  return say(site.label);
}

/** The panel's badge for a site, in the current language: "Sandbox". */
export function siteBadge(site: Pick<SiteInfo, 'badge'>): string {
  return say(site.badge);
}

/** What the user calls an environment: the label of the site that makes its credentials. */
export function environmentLabel(env: Environment): string {
  const site = SITES.find((s) => s.environment === env);
  return site ? siteLabel(site) : env;
}
