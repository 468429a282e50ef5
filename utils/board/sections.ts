import type { Phrase } from '../engine/flow';
import type { Environment } from '../environments';
import { siteLabel } from '../flows/site-names';
import { gstzenSite, productionSite, sandboxSite } from '../flows/sites';
import { t } from '../i18n/t';

/**
 * The sections of GSTZen's help document "Creating e-Invoice API Login Details and providing it
 * to GSTZen" (docs/gstzen-guide.md), in its order: what the onboarding board ticks per GSTIN.
 * Plain data, no code beyond building a URL: the popup and the background both carry it.
 */
export const BOARD_SECTION_IDS = [
  'sandbox-api-user',
  'sandbox-gstzen-login',
  'delete-test-invoices',
  'production-api-user',
  'production-gstzen-login',
] as const;
export type BoardSectionId = (typeof BOARD_SECTION_IDS)[number];

export interface BoardSection {
  id: BoardSectionId;
  /** What the user does, in plain words, in the current language. */
  title: Phrase;
  /** Where it is in the document: Part 1 (sandbox) or Part 2 (production), and its section there. */
  part: 1 | 2;
  section: number;
  /** The environment whose credentials it makes or uses; none for the deletion of test invoices. */
  env?: Environment;
  /** What the extension sees to tick it by itself (else the user ticks it). For developers: not shown. */
  observes: string;
  /** Where it is done, in words ("Sandbox (trial) portal", "GSTZen"), in the current language. */
  whereLabel: Phrase;
  /** Where it is done: the site's start page, or the GSTIN's page in GSTZen. */
  whereUrl(gstin: string): string;
}

/** The GSTIN's own page in GSTZen, where its e-invoice logins are entered and its invoices kept. */
export function gstzenGstinUrl(gstin: string): string {
  return new URL(`gstin/${encodeURIComponent(gstin)}/`, gstzenSite.startUrl).href;
}

export const BOARD_SECTIONS: readonly BoardSection[] = [
  {
    id: 'sandbox-api-user',
    title: () => t('boardSection_sandbox_api_user'),
    part: 1,
    section: 1,
    env: 'sandbox',
    observes: "the sandbox portal's answer to Create (the API user was created)",
    whereLabel: () => siteLabel(sandboxSite),
    whereUrl: () => sandboxSite.startUrl,
  },
  {
    id: 'sandbox-gstzen-login',
    title: () => t('boardSection_sandbox_gstzen_login'),
    part: 1,
    section: 2,
    env: 'sandbox',
    observes: 'GSTZen showing the sandbox login (ZENTRIAL) as done, with its username',
    whereLabel: () => siteLabel(gstzenSite),
    whereUrl: gstzenGstinUrl,
  },
  {
    id: 'delete-test-invoices',
    title: () => t('boardSection_delete_test_invoices'),
    part: 2,
    section: 1,
    observes: 'GSTZen saying the test invoices were deleted',
    whereLabel: () => siteLabel(gstzenSite),
    whereUrl: gstzenGstinUrl,
  },
  {
    id: 'production-api-user',
    title: () => t('boardSection_production_api_user'),
    part: 2,
    section: 2,
    env: 'production',
    observes: "the production portal's answer to Submit (the API_ user was created)",
    whereLabel: () => siteLabel(productionSite),
    whereUrl: () => productionSite.startUrl,
  },
  {
    id: 'production-gstzen-login',
    title: () => t('boardSection_production_gstzen_login'),
    part: 2,
    section: 3,
    env: 'production',
    observes: 'GSTZen showing the production login (ZENLIVE) as done, with its username',
    whereLabel: () => siteLabel(gstzenSite),
    whereUrl: gstzenGstinUrl,
  },
];

export function boardSection(id: BoardSectionId): BoardSection {
  const found = BOARD_SECTIONS.find((section) => section.id === id);
  if (!found) throw new Error(`Unknown board section ${id}`);
  return found;
}

/** "Part 1, Section 2": as the document names it, in the current language. */
export function documentPlace(section: Pick<BoardSection, 'part' | 'section'>): string {
  return t('boardSection_place', { part: section.part, section: section.section });
}

/** The section an environment's API user or GSTZen login ticks. */
export function apiUserSection(env: Environment): BoardSectionId {
  return env === 'sandbox' ? 'sandbox-api-user' : 'production-api-user';
}
export function gstzenLoginSection(env: Environment): BoardSectionId {
  return env === 'sandbox' ? 'sandbox-gstzen-login' : 'production-gstzen-login';
}
