import { z } from 'zod/mini';
import { ENVIRONMENTS } from '../environments';

/**
 * captured: the user pressed Create and we kept what they typed, before the portal answered.
 * confirmed: the portal acknowledged the new API user.
 * rejected: the portal answered with an error (kept, because "already created" may be untrue).
 * suggested: the assistant proposed and typed these on the user's click; not pressed Create yet.
 */
const CREDENTIAL_STATUSES = ['suggested', 'captured', 'confirmed', 'rejected'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

/**
 * A builder, so that the answers' schemas (utils/messages.ts) build it on first use: the content
 * script runs on every portal page and must not build schemas on load. `credentialSetSchema` is
 * the built one, for the background and the popup (the content script's bundle leaves it out).
 */
export const buildCredentialSetSchema = () =>
  z.object({
    id: z.string().check(z.minLength(1)),
    env: z.enum(ENVIRONMENTS),
    gstin: z.string().check(z.maxLength(20)),
    /** As the user typed it. */
    username: z.string().check(z.maxLength(100)),
    /** As the portal says it created it (production adds `API_`): the name to type in GSTZen. */
    finalUsername: z.optional(z.string().check(z.maxLength(100))),
    password: z.string().check(z.maxLength(200)),
    /** Epoch milliseconds when Create was pressed. */
    capturedAt: z.number().check(z.int(), z.nonnegative()),
    updatedAt: z.number().check(z.int(), z.nonnegative()),
    status: z.enum(CREDENTIAL_STATUSES),
    /** The portal's own words, when it answered with an error. */
    portalMessage: z.optional(z.string().check(z.maxLength(500))),
    /** The refusal was the "already created" kind, which the portal sometimes says untruly. */
    alreadyCreated: z.optional(z.boolean()),
    /** A page loaded after the press has taken this capture to read the portal's answer (once). */
    answerPageClaimed: z.optional(z.boolean()),
    /**
     * The browser tab whose page made the capture: only that tab's pages may claim or settle it,
     * so another portal tab's messages never answer it. Tab ids are reused after a restart, which
     * matters little: a capture is claimed for its answer within 15 minutes only.
     */
    tabId: z.optional(z.number().check(z.int())),
  });
export const credentialSetSchema = /* @__PURE__ */ buildCredentialSetSchema();
export type CredentialSet = z.infer<typeof credentialSetSchema>;

/** What a content script hands over when the user presses Create. */
export const newCaptureSchema = /* @__PURE__ */ z.pick(credentialSetSchema, {
  env: true,
  gstin: true,
  username: true,
  password: true,
  capturedAt: true,
});
export type NewCapture = z.infer<typeof newCaptureSchema>;

/** The name to type in GSTZen: the one the portal said it created, else the one typed. */
export function usernameForGstzen(set: Pick<CredentialSet, 'username' | 'finalUsername'>): string {
  return set.finalUsername ?? set.username;
}
