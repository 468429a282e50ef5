import { z } from 'zod/mini';

/**
 * The one message the background sends to its offscreen document (Chrome MV3). It carries a
 * fingerprint only. `target` keeps it apart from the requests the background itself answers.
 */
export const offscreenRequestSchema = z.object({
  target: z.literal('offscreen'),
  type: z.literal('clipboard.clear-if-matches'),
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>;

export const offscreenResponseSchema = z.object({ cleared: z.boolean() });

/** Path of the unlisted page built from entrypoints/offscreen/index.html. */
export const OFFSCREEN_PATH = '/offscreen.html';
