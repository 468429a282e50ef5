/**
 * The two NIC portals the assistant works on, and GSTZen's client credentials for each
 * (docs/portals.md#sandbox-portal, docs/portals.md#production-portal).
 */
export const ENVIRONMENTS = ['sandbox', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** Exact origins: messages from content scripts are trusted only from these. */
export const PORTAL_ORIGINS: Record<Environment, string> = {
  sandbox: 'https://einv-apisandbox.nic.in',
  production: 'https://einvoice1.gst.gov.in',
};

export const PORTAL_LABELS: Record<Environment, string> = {
  sandbox: 'Sandbox (trial) portal',
  production: 'Production portal',
};

/**
 * What the user types into GSTZen beside the NIC username and password: sandbox ZENTRIAL,
 * production ZENLIVE [src: docs/gstzen-guide.md#fixed-values, GSTZen's help document].
 * Not the client ID typed on NIC's sandbox form (docs/portals.md#gstzen-client-id-and-secret).
 */
export const GSTZEN_CLIENT: Record<Environment, { clientId: string; clientSecret: string }> = {
  sandbox: { clientId: 'ZENTRIAL', clientSecret: 'ZENTRIAL' },
  production: { clientId: 'ZENLIVE', clientSecret: 'ZENLIVE' },
};

export function environmentForOrigin(origin: string): Environment | null {
  for (const env of ENVIRONMENTS) if (PORTAL_ORIGINS[env] === origin) return env;
  return null;
}
