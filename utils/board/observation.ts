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
export const boardGstinSchema = z.string().check(z.regex(GSTIN_SHAPE));

const environmentSchema = z.enum(ENVIRONMENTS);
/** A site the registry knows (utils/flows/sites.ts). */
const knownSiteSchema = z.string().check(
  z.maxLength(40),
  z.refine((id) => siteById(id) !== null, 'not a site the assistant knows'),
);

export const boardObservationSchema = z.discriminatedUnion('kind', [
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
export type BoardObservation = z.infer<typeof boardObservationSchema>;
export type BoardObservationKind = BoardObservation['kind'];

/** What a GSTZen content script may report itself; the others come from the background only. */
export const SITE_OBSERVATION_KINDS = [
  'gstin-seen',
  'gstzen-login',
  'test-invoices-deleted',
] as const satisfies readonly BoardObservationKind[];

const timeSchema = z.number().check(z.int(), z.nonnegative());

export const boardSectionIdSchema = z.enum(BOARD_SECTION_IDS);

/** One ticked section: when, by whom, and a short detail ("12 invoices deleted"). */
export const boardTickSchema = z.object({
  at: timeSchema,
  by: z.enum(['observed', 'user']),
  detail: z.optional(z.string().check(z.maxLength(200))),
});
export type BoardTick = z.infer<typeof boardTickSchema>;

export const boardEntrySchema = z.object({
  gstin: boardGstinSchema,
  firstSeenAt: timeSchema,
  /** Last change of any kind: the oldest untouched entries go first when the board is full. */
  updatedAt: timeSchema,
  tradeName: z.optional(z.string().check(z.maxLength(120))),
  sections: z.partialRecord(boardSectionIdSchema, boardTickSchema),
  /** The final usernames (API_ included on production): not secret, they identify the API user. */
  usernames: z.object({
    sandbox: z.optional(z.string().check(z.maxLength(100))),
    production: z.optional(z.string().check(z.maxLength(100))),
  }),
  lastPortalMessage: z.optional(
    z.object({ text: z.string().check(z.maxLength(500)), at: timeSchema, site: z.string().check(z.maxLength(40)) }),
  ),
});
export type BoardEntry = z.infer<typeof boardEntrySchema>;
