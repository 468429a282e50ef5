import type { Environment } from '../environments';
import { gstzenSite, productionSite, sandboxSite } from '../flows/sites';

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
  /** What the user does, in plain words. */
  title: string;
  /** Where it is in the document: Part 1 (sandbox) or Part 2 (production), and its section there. */
  part: 1 | 2;
  section: number;
  /** The environment whose credentials it makes or uses; none for the deletion of test invoices. */
  env?: Environment;
  /** What the extension sees to tick it by itself (else the user ticks it). */
  observes: string;
  /** Where it is done, in words ("the sandbox portal", "GSTZen"). */
  whereLabel: string;
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
    title: 'Create the sandbox API user',
    part: 1,
    section: 1,
    env: 'sandbox',
    observes: "the sandbox portal's answer to Create (the API user was created)",
    whereLabel: sandboxSite.label,
    whereUrl: () => sandboxSite.startUrl,
  },
  {
    id: 'sandbox-gstzen-login',
    title: 'Log into the sandbox through GSTZen',
    part: 1,
    section: 2,
    env: 'sandbox',
    observes: 'GSTZen showing the sandbox login (ZENTRIAL) as done, with its username',
    whereLabel: gstzenSite.label,
    whereUrl: gstzenGstinUrl,
  },
  {
    id: 'delete-test-invoices',
    title: 'Delete the test invoices in the sales register',
    part: 2,
    section: 1,
    observes: 'GSTZen saying the test invoices were deleted',
    whereLabel: gstzenSite.label,
    whereUrl: gstzenGstinUrl,
  },
  {
    id: 'production-api-user',
    title: 'Create the production API user',
    part: 2,
    section: 2,
    env: 'production',
    observes: "the production portal's answer to Submit (the API_ user was created)",
    whereLabel: productionSite.label,
    whereUrl: () => productionSite.startUrl,
  },
  {
    id: 'production-gstzen-login',
    title: 'Log into production through GSTZen',
    part: 2,
    section: 3,
    env: 'production',
    observes: 'GSTZen showing the production login (ZENLIVE) as done, with its username',
    whereLabel: gstzenSite.label,
    whereUrl: gstzenGstinUrl,
  },
];

export function boardSection(id: BoardSectionId): BoardSection {
  const found = BOARD_SECTIONS.find((section) => section.id === id);
  if (!found) throw new Error(`Unknown board section ${id}`);
  return found;
}

/** "Part 1, Section 2": as the document names it. */
export function documentPlace(section: Pick<BoardSection, 'part' | 'section'>): string {
  return `Part ${section.part}, Section ${section.section}`;
}

/** The section an environment's API user or GSTZen login ticks. */
export function apiUserSection(env: Environment): BoardSectionId {
  return env === 'sandbox' ? 'sandbox-api-user' : 'production-api-user';
}
export function gstzenLoginSection(env: Environment): BoardSectionId {
  return env === 'sandbox' ? 'sandbox-gstzen-login' : 'production-gstzen-login';
}
