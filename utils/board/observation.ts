import { z } from 'zod/mini';
import { ENVIRONMENTS } from '../environments';
import { GSTIN_SHAPE } from '../gstin-shape';
import { siteById } from '../flows/sites';
import { BOARD_SECTION_IDS } from './sections';

/**
 * What the extension observes about one GSTIN's onboarding, and what the board keeps. Nothing
 * here has a field for a password: the board is not secret (it lives in storage.local in clear).
 */

/**
 * A GSTIN's shape only (2 digits, 13 upper-case letters or digits). The full check (state code,
 * check character) is in utils/rules/gstin.ts, which the background and popup bundles must not
 * carry (test/e2e/bundles.test.ts).
 */
const buildBoardGstinSchema = () => z.string().check(z.regex(GSTIN_SHAPE));
export const boardGstinSchema = /* @__PURE__ */ buildBoardGstinSchema();

/**
 * Built in a function, and only by the bundles that use it (background): the content script's
 * bundle must not build it on load (a method call such as `.check()` is kept by the bundler even
 * where the schema is not used, unless it is inside a function the bundle drops).
 */
const buildBoardObservationSchema = () => {
  const environmentSchema = z.enum(ENVIRONMENTS);
  /** A site the registry knows (utils/flows/sites.ts). */
  const knownSiteSchema = z.string().check(
    z.maxLength(40),
    z.refine((id) => siteById(id) !== null, 'not a site the assistant knows'),
  );
  return z.discriminatedUnion('kind', [
    /** A GSTIN's page was seen (in GSTZen), with the business's trade name when it shows one. */
    z.object({ kind: z.literal('gstin-seen'), tradeName: z.optional(z.string().check(z.maxLength(120))) }),
    /** GSTZen shows the e-invoice login of `env` as done, with this username: ticks that login. */
    z.object({
      kind: z.literal('gstzen-login'),
      env: environmentSchema,
      username: z.string().check(z.minLength(1), z.maxLength(100)),
    }),
    /** GSTZen said the sales register's test invoices were deleted. */
    z.object({
      kind: z.literal('test-invoices-deleted'),
      count: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
    }),
    /** The portal confirmed a capture (recorded by the background on capture.settle). */
    z.object({
      kind: z.literal('api-user-created'),
      env: environmentSchema,
      finalUsername: z.string().check(z.minLength(1), z.maxLength(100)),
    }),
    /** The portal refused a capture with these words (recorded by the background on capture.settle). */
    z.object({
      kind: z.literal('portal-message'),
      site: knownSiteSchema,
      text: z.string().check(z.maxLength(500)),
    }),
  ]);
};
export const boardObservationSchema = /* @__PURE__ */ buildBoardObservationSchema();
export type BoardObservation = z.infer<typeof boardObservationSchema>;
export type BoardObservationKind = BoardObservation['kind'];

/** What a GSTZen content script may report itself; the others come from the background only. */
export const SITE_OBSERVATION_KINDS = [
  'gstin-seen',
  'gstzen-login',
  'test-invoices-deleted',
] as const satisfies readonly BoardObservationKind[];

const buildTimeSchema = () => z.number().check(z.int(), z.nonnegative());

const buildBoardSectionIdSchema = () => z.enum(BOARD_SECTION_IDS);
export const boardSectionIdSchema = /* @__PURE__ */ buildBoardSectionIdSchema();

/** One ticked section: when, by whom, and a short detail ("12 invoices deleted"). */
const buildBoardTickSchema = () =>
  z.object({
    at: buildTimeSchema(),
    by: z.enum(['observed', 'user']),
    detail: z.optional(z.string().check(z.maxLength(200))),
  });
export const boardTickSchema = /* @__PURE__ */ buildBoardTickSchema();
export type BoardTick = z.infer<typeof boardTickSchema>;

/**
 * A builder, so that the answers' schemas (utils/messages.ts) build it on first use: the content
 * script runs on every portal page and must not build schemas on load. `boardEntrySchema` is the
 * built one, for the background and the popup (the content script's bundle leaves it out).
 */
export const buildBoardEntrySchema = () => {
  const timeSchema = buildTimeSchema();
  return z.object({
    gstin: buildBoardGstinSchema(),
    firstSeenAt: timeSchema,
    /** Last change of any kind: the oldest untouched entries go first when the board is full. */
    updatedAt: timeSchema,
    tradeName: z.optional(z.string().check(z.maxLength(120))),
    sections: z.partialRecord(buildBoardSectionIdSchema(), buildBoardTickSchema()),
    /** The final usernames (API_ included on production): not secret, they identify the API user. */
    usernames: z.object({
      sandbox: z.optional(z.string().check(z.maxLength(100))),
      production: z.optional(z.string().check(z.maxLength(100))),
    }),
    lastPortalMessage: z.optional(
      z.object({ text: z.string().check(z.maxLength(500)), at: timeSchema, site: z.string().check(z.maxLength(40)) }),
    ),
  });
};
export const boardEntrySchema = /* @__PURE__ */ buildBoardEntrySchema();
export type BoardEntry = z.infer<typeof boardEntrySchema>;
