/**
 * The two NIC environments an API user is made for, and what GSTZen needs beside its username
 * and password in each: ZENTRIAL for the sandbox, ZENLIVE for production [src: docs/gstzen-guide.md#fixed-values].
 * Not the client ID typed on NIC's sandbox form (docs/portals.md#gstzen-client-id-and-secret).
 * Which site serves which environment is said by the sites themselves (utils/flows/).
 */
export const ENVIRONMENTS = ['sandbox', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const GSTZEN_CLIENT: Record<Environment, { clientId: string; clientSecret: string }> = {
  sandbox: { clientId: 'ZENTRIAL', clientSecret: 'ZENTRIAL' },
  production: { clientId: 'ZENLIVE', clientSecret: 'ZENLIVE' },
};
