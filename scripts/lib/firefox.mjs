// Finding the Firefox that `npm run smoke:firefox` (and CI) drives. Nothing is downloaded: it is
// Debian's Firefox ESR (`apt-get install firefox-esr`, which .ci/run does when it is missing) or
// the one FIREFOX_PATH names.

import { existsSync } from 'node:fs';

/** Where Debian puts Firefox ESR, then a plain Firefox. */
export const FIREFOX_CANDIDATES = Object.freeze(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** What to do when there is none, for every message that says so. */
export const INSTALL_FIREFOX =
  'install Firefox ESR (Debian: apt-get install firefox-esr; .ci/run does this when it is missing) or set FIREFOX_PATH to a Firefox';

/**
 * The Firefox to drive: FIREFOX_PATH when set (and then only it: a wrong path is an error, not a
 * silent fall-back to another Firefox), else the first of FIREFOX_CANDIDATES that exists.
 * @param {{ env?: NodeJS.ProcessEnv, exists?: (file: string) => boolean }} [options]
 * @returns {string}
 */
export function findFirefox({ env = process.env, exists = existsSync } = {}) {
  const named = env.FIREFOX_PATH;
  if (named) {
    if (exists(named)) return named;
    throw new Error(`FIREFOX_PATH is ${named}, and there is no such file: ${INSTALL_FIREFOX}.`);
  }
  const found = FIREFOX_CANDIDATES.find((file) => exists(file));
  if (!found) throw new Error(`No Firefox at ${FIREFOX_CANDIDATES.join(' or ')}: ${INSTALL_FIREFOX}.`);
  return found;
}
