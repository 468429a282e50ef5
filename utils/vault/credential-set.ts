import { z } from 'zod';
import { ENVIRONMENTS } from '../portals';

/**
 * captured: the user pressed Create and we kept what they typed, before the portal answered.
 * confirmed: the portal acknowledged the new API user.
 * rejected: the portal answered with an error (kept, because "already created" may be untrue).
 */
export const credentialStatusSchema = z.enum(['captured', 'confirmed', 'rejected']);
export type CredentialStatus = z.infer<typeof credentialStatusSchema>;

export const environmentSchema = z.enum(ENVIRONMENTS);

export const credentialSetSchema = z.object({
  id: z.string().min(1),
  env: environmentSchema,
  gstin: z.string().max(20),
  username: z.string().max(100),
  password: z.string().max(200),
  /** Epoch milliseconds when Create was pressed. */
  capturedAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  status: credentialStatusSchema,
  /** The portal's own words, when it answered with an error. */
  portalMessage: z.string().max(500).optional(),
});
export type CredentialSet = z.infer<typeof credentialSetSchema>;

/** What a content script hands over when the user presses Create. */
export const newCaptureSchema = credentialSetSchema.pick({
  env: true,
  gstin: true,
  username: true,
  password: true,
  capturedAt: true,
});
export type NewCapture = z.infer<typeof newCaptureSchema>;
