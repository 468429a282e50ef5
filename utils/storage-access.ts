import { browser } from 'wxt/browser';

/** The part of a storage area this needs: Chrome's setAccessLevel, absent in Firefox and before Chrome 102. */
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
}

export type AccessLevelOutcome = 'restricted' | 'not-supported' | 'refused';

/**
 * Limits storage.local and storage.session to the extension's own pages and its background
 * (TRUSTED_CONTEXTS) where the browser allows it: content scripts, which run beside a page that
 * may be hostile, then cannot read or write them (README, "Who can reach extension storage").
 *
 * Chrome 102+ has setAccessLevel for session (restricted by default; set again so it stays so);
 * for local it depends on the version, and a Chrome that refuses it rejects, which is caught.
 * Firefox has no setAccessLevel: nothing is called there. Never throws; says what happened per
 * area, for tests.
 */
export async function restrictStorageToTrustedContexts(
  areas: { local?: unknown; session?: unknown } = browser.storage,
): Promise<Record<'local' | 'session', AccessLevelOutcome>> {
  const restrict = async (area: unknown): Promise<AccessLevelOutcome> => {
    const setAccessLevel = (area as AccessLevelArea | undefined)?.setAccessLevel;
    if (typeof setAccessLevel !== 'function') return 'not-supported';
    try {
      await setAccessLevel.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
      return 'restricted';
    } catch {
      return 'refused';
    }
  };
  const [local, session] = await Promise.all([restrict(areas.local), restrict(areas.session)]);
  return { local, session };
}
