import { z } from 'zod/mini';
import { ENVIRONMENTS } from '../environments';

/**
 * Why a save failed, as a code the panel and the popup put in words in the language they speak
 * (failed-save-reason.ts). Older records have none: their `reason` is shown as it was written.
 */
export const FAILED_SAVE_REASONS = ['vault-full', 'storage', 'capture-invalid', 'site-keeps-none'] as const;
export type FailedSaveReason = (typeof FAILED_SAVE_REASONS)[number];

/**
 * A press whose credentials the vault could not keep (utils/vault/failed-saves.ts): no password.
 * A builder, so that the answers' schemas (utils/messages.ts) build it on first use: the content
 * script runs on every portal page and must not build schemas on load; `failedSaveSchema` is the
 * built one, for the background and the popup (the content script's bundle leaves it out).
 */
export const buildFailedSaveSchema = () =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    env: z.enum(ENVIRONMENTS),
    gstin: z.string().check(z.maxLength(20)),
    /** As the user typed it: the press it was, so they can tell which user to check on the portal. */
    username: z.string().check(z.maxLength(100)),
    /** Epoch milliseconds of the press. */
    at: z.number().check(z.int(), z.nonnegative()),
    /** Why, as the vault said it (VaultError messages name no value). */
    reason: z.string().check(z.maxLength(500)),
    /** The same, as a code (absent in records from before it, and for a reason it has no code for). */
    reasonCode: z.optional(z.enum(FAILED_SAVE_REASONS)),
  });
export const failedSaveSchema = /* @__PURE__ */ buildFailedSaveSchema();
export type FailedSave = z.infer<typeof failedSaveSchema>;
