import { z } from 'zod/mini';
import { credentialSetSchema, environmentSchema, newCaptureSchema, type CredentialStatus } from './vault/credential-set';

/**
 * Every message between the extension's parts. The background validates each one with these
 * schemas and checks who sent it (see entrypoints/background/handlers.ts) before acting.
 *
 * Content scripts on the portals may only: save a capture, ask for the pending one, settle it,
 * and open the credentials page (which they never read).
 * Extension pages (the popup) may read and change the vault.
 */
export const requestSchema = z.discriminatedUnion('type', [
  // ── from a portal content script ──
  z.extend(newCaptureSchema, { type: z.literal('capture.save') }),
  z.object({ type: z.literal('capture.pending'), env: environmentSchema }),
  z.object({
    type: z.literal('capture.settle'),
    env: environmentSchema,
    id: z.string().check(z.minLength(1)),
    /** Every CredentialStatus but 'captured' (zod/mini enums have no .exclude). */
    status: z.enum(['confirmed', 'rejected'] satisfies CredentialStatus[]),
    portalMessage: z.optional(z.string().check(z.maxLength(500))),
  }),
  /** The panel's "Show my credentials": opens the popup's page in a tab beside the portal. */
  z.object({ type: z.literal('ui.show-credentials'), env: environmentSchema }),
  // ── from an extension page ──
  z.object({ type: z.literal('vault.list') }),
  z.object({ type: z.literal('vault.forget'), id: z.string().check(z.minLength(1)) }),
  z.object({ type: z.literal('vault.keep-on-device'), keep: z.boolean() }),
  z.object({
    type: z.literal('clipboard.schedule-clear'),
    /** SHA-256 (hex) of the copied text: the background never sees the text itself. */
    fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    delayMs: z.number().check(z.int(), z.gte(1000), z.lte(300_000)),
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** A pending capture as a content script may see it: never the password. */
export const pendingCaptureSchema = z.object({
  id: z.string(),
  username: z.string(),
  capturedAt: z.number(),
});
export type PendingCapture = z.infer<typeof pendingCaptureSchema>;

export const responseSchemas = {
  'capture.save': z.object({ id: z.string() }),
  'capture.pending': z.object({ pending: z.nullable(pendingCaptureSchema) }),
  'capture.settle': z.object({ settled: z.boolean() }),
  'ui.show-credentials': z.object({ opened: z.boolean() }),
  'vault.list': z.object({ sets: z.array(credentialSetSchema), keepOnDevice: z.boolean() }),
  'vault.forget': z.object({ forgotten: z.boolean() }),
  'vault.keep-on-device': z.object({ keepOnDevice: z.boolean() }),
  'clipboard.schedule-clear': z.object({ scheduled: z.boolean() }),
} satisfies Record<RequestType, z.ZodMiniType>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** What the background answers when it refuses or fails: a reason a person can read. */
export const errorResponseSchema = z.object({ error: z.string() });
