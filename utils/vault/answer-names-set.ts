import type { Environment } from '../environments';
import { namesTypedUser } from '../rules/api-user';
import type { CredentialSet } from './credential-set';

/**
 * Does a success answer naming `shown` speak of this set? On production the portal names the
 * user with the `API_` it adds (docs/portals.md#production-username-prefix); the sandbox names
 * it as typed, in any case (sandbox.ts reads the acknowledgement's "User Name").
 */
export function answerNamesSet(
  env: Environment,
  shown: string,
  set: Pick<CredentialSet, 'username' | 'finalUsername'>,
): boolean {
  const name = shown.trim();
  if (name === '') return false;
  if (env === 'production') return name === set.finalUsername || namesTypedUser(name, set.username);
  return name.toLowerCase() === set.username.trim().toLowerCase();
}
