import { productionApiUsername } from '../rules/api-user';
import { usernameForGstzen, type CredentialSet } from './credential-set';

export interface UsernameToType {
  /** The name to type in GSTZen's "E-Invoice API Portal Username". */
  username: string;
  /** Where it comes from: the portal said it, the typed name as it is, or the typed name with the production prefix the portal adds. */
  source: 'portal' | 'typed' | 'typed-with-prefix';
}

/**
 * The username to type in GSTZen. The name the portal said it created wins. Without it, a
 * production name gets the `API_` the portal puts before every API username (a missing `API_` is
 * a recurring support problem: docs/portals.md#production-username-prefix), unless it already
 * starts with it; a sandbox name is used as typed.
 */
export function usernameToType(set: Pick<CredentialSet, 'env' | 'username' | 'finalUsername'>): UsernameToType {
  if (set.finalUsername) return { username: set.finalUsername, source: 'portal' };
  const base = usernameForGstzen(set);
  // The same rule as the panel's (utils/rules/api-user.ts): "api_x" typed is "API_x", not "API_api_x".
  const withPrefix = set.env === 'production' ? productionApiUsername(base) : base;
  return withPrefix === base
    ? { username: base, source: 'typed' }
    : { username: withPrefix, source: 'typed-with-prefix' };
}
