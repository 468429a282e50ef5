import { z } from 'zod/mini';
import { GSTIN_SHAPE } from './gstin-shape';
import { LANGUAGES } from './i18n/languages';
import { boardGstinSchema, boardObservationSchema, boardSectionIdSchema } from './board/observation';
import { newCaptureSchema } from './vault/credential-set';

// Only the background parses requests: kept apart from utils/messages.ts (the answers' schemas,
// which every part imports) so that no other bundle builds these schemas on load.

/**
 * Every message between the extension's parts. The background validates each one with these
 * schemas and checks who sent it (see entrypoints/background/handlers.ts) before acting.
 *
 * Content scripts on a site (`site` is its id in the registry, utils/flows/) may only: save a
 * suggestion or a capture, claim the one waiting for an answer, settle it, read and acknowledge
 * the presses of their environment that could not be kept, open the credentials page (never
 * read here), and read or tick off their flow's reminder. They never touch extension
 * storage themselves (it is limited to trusted contexts where the browser allows it).
 * GSTZen's content script alone may list the sets of its page's GSTIN and ask for one to fill,
 * and report what it sees on the onboarding board (board.observe).
 * Extension pages (the popup) may read and change the vault and the board.
 */
const siteIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,30}$/));
/** As pages and sets hold a GSTIN: 15 characters, upper case (the full check is the portal's). */
const gstinSchema = z.string().check(z.regex(GSTIN_SHAPE));
const setIdSchema = z.string().check(z.minLength(1), z.maxLength(100));
/** A reminder's id as flows name them (production.before-you-start). */
const reminderIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9.-]{0,60}$/));

export const requestSchema = z.discriminatedUnion('type', [
  // ── from a site's content script ──
  z.extend(z.omit(newCaptureSchema, { env: true }), { type: z.literal('capture.save'), site: siteIdSchema }),
  /** A pair the assistant typed into the site's boxes on the user's click: kept before the press. */
  z.extend(z.omit(newCaptureSchema, { env: true }), { type: z.literal('capture.suggest'), site: siteIdSchema }),
  /** The capture waiting for an answer, handed once to the first page loaded after the press. */
  z.object({ type: z.literal('capture.claim-pending'), site: siteIdSchema }),
  z.object({
    type: z.literal('capture.settle'),
    site: siteIdSchema,
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    status: z.enum(['confirmed', 'rejected']),
    portalMessage: z.optional(z.string().check(z.maxLength(500))),
    alreadyCreated: z.optional(z.boolean()),
    finalUsername: z.optional(z.string().check(z.maxLength(100))),
  }),
  /** GSTZen's login form: the kept sets for the page's GSTIN, never a password (README, "The password's path to GSTZen"). */
  z.object({ type: z.literal('handoff.offer'), site: siteIdSchema, gstin: gstinSchema }),
  /** The user's click on one of them: what to fill, once per offer. */
  z.object({
    type: z.literal('handoff.fill'),
    site: siteIdSchema,
    gstin: gstinSchema,
    id: setIdSchema,
    grant: z.string().check(z.minLength(16), z.maxLength(64)),
  }),
  /**
   * A late answer: the page shows a success naming this user, with no capture claimed for it
   * (vault.settleNamed). A confirmation only: a refusal names no user.
   */
  z.object({
    type: z.literal('capture.settle-named'),
    site: siteIdSchema,
    username: z.string().check(z.minLength(1), z.maxLength(100)),
    /** The GSTIN the page shows ('' when none): a set of another GSTIN is never settled. */
    gstin: z.union([z.literal(''), gstinSchema]),
  }),
  /** Presses of this site's environment whose credentials could not be kept, not yet acknowledged. */
  z.object({ type: z.literal('capture.failed-saves'), site: siteIdSchema }),
  /** The user's own "I have dealt with it" on the panel (the content script checks the event is trusted). */
  z.object({ type: z.literal('capture.acknowledge-failed'), site: siteIdSchema, id: setIdSchema }),
  /** The panel's "Show my credentials": opens the popup's page in a tab beside the site. */
  z.object({ type: z.literal('ui.show-credentials'), site: siteIdSchema }),
  /**
   * What GSTZen's page showed about a GSTIN: accepted from the GSTZen site only, and only the
   * kinds a page may report (gstin-seen, gstzen-login, test-invoices-deleted; SITE_OBSERVATION_KINDS).
   */
  z.object({
    type: z.literal('board.observe'),
    site: siteIdSchema,
    gstin: boardGstinSchema,
    observation: boardObservationSchema,
  }),
  /** Whether the user ticked off a flow's reminder (Flow.reminder): ids only, nothing secret. */
  z.object({ type: z.literal('reminder.read'), site: siteIdSchema, id: reminderIdSchema }),
  /** The user's own tick of a reminder (the content script checks the event is trusted). */
  z.object({ type: z.literal('reminder.tick'), site: siteIdSchema, id: reminderIdSchema }),
  /** The language the user chose in the popup ('auto': the browser's), for the panel: nothing secret. */
  z.object({ type: z.literal('language.get'), site: siteIdSchema }),
  /** A language's words, for a panel whose browser speaks another (the content script bundles none). */
  z.object({ type: z.literal('language.catalog'), site: siteIdSchema, language: z.enum(LANGUAGES) }),
  // ── from an extension page ──
  z.object({ type: z.literal('vault.list') }),
  z.object({ type: z.literal('vault.forget'), id: z.string().check(z.minLength(1)) }),
  z.object({ type: z.literal('vault.keep-on-device'), keep: z.boolean() }),
  /** The user's explicit choice to delete an encrypted copy that cannot be read (and its key). */
  z.object({ type: z.literal('vault.discard-unreadable') }),
  z.object({ type: z.literal('failed-save.list') }),
  z.object({ type: z.literal('failed-save.acknowledge'), id: setIdSchema }),
  z.object({ type: z.literal('board.list') }),
  /** The user's own tick (done) or untick, also of a section the assistant saw done. */
  z.object({
    type: z.literal('board.tick'),
    gstin: boardGstinSchema,
    section: boardSectionIdSchema,
    done: z.boolean(),
  }),
  z.object({ type: z.literal('board.forget'), gstin: boardGstinSchema }),
  z.object({
    type: z.literal('clipboard.schedule-clear'),
    /** SHA-256 (hex) of the copied text: the background never sees the text itself. */
    fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    delayMs: z.number().check(z.int(), z.gte(1000), z.lte(300_000)),
  }),
]);
