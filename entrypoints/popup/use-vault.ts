import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { sendRequest } from '@/utils/messaging';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { VAULT_STORAGE_KEYS } from '@/utils/vault/storage-keys';
import { readableError, type CouldNot } from './could-not';

export interface VaultView {
  sets: CredentialSet[];
  keepOnDevice: boolean;
  /** An encrypted copy is kept that cannot be read; `sets` are the session's meanwhile. */
  unreadableCopy: boolean;
}

/** While the popup is open, also re-read this often (a safety net beside storage.onChanged). */
const POLL_MS = 4000;

/**
 * The vault as the popup sees it: asked from the background every time (sendRequest wakes the
 * service worker), kept only in React state. Re-read when vault storage changes, so a capture
 * confirmed on the portal page shows up live, and every few seconds as a fallback.
 */
export function useVault() {
  const [view, setView] = useState<VaultView | null>(null);
  /** Reading failed (shown until a read succeeds). */
  const [loadError, setLoadError] = useState<CouldNot | null>(null);
  /** The user's last action failed (shown until the next action). */
  const [actionError, setActionError] = useState<CouldNot | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const answer = await sendRequest({ type: 'vault.list' });
      if (ticket !== latest.current) return; // A newer read is on its way.
      setView(answer);
      setLoadError(null);
    } catch (caught) {
      if (ticket === latest.current) setLoadError(readableError(caught, 'popup_error_read_credentials'));
    }
  }, []);

  useEffect(() => {
    void reload();
    const keys: readonly string[] = VAULT_STORAGE_KEYS;
    const onChanged = (changes: Record<string, Browser.storage.StorageChange>) => {
      if (Object.keys(changes).some((key) => keys.includes(key))) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearInterval(timer);
    };
  }, [reload]);

  const forget = useCallback(
    async (id: string) => {
      try {
        await sendRequest({ type: 'vault.forget', id });
        setActionError(null);
      } catch (caught) {
        setActionError(readableError(caught, 'popup_error_forget'));
      }
      await reload();
    },
    [reload],
  );

  const setKeepOnDevice = useCallback(
    async (keep: boolean) => {
      try {
        await sendRequest({ type: 'vault.keep-on-device', keep });
        setActionError(null);
      } catch (caught) {
        setActionError(readableError(caught, 'popup_error_keep_on_device'));
      }
      await reload();
    },
    [reload],
  );

  /** The user's explicit choice: delete the copy that cannot be read (and its key). */
  const discardUnreadableCopy = useCallback(async () => {
    try {
      await sendRequest({ type: 'vault.discard-unreadable' });
      setActionError(null);
    } catch (caught) {
      setActionError(readableError(caught, 'popup_error_discard'));
    }
    await reload();
  }, [reload]);

  return { view, loadError, actionError, setActionError, reload, forget, setKeepOnDevice, discardUnreadableCopy };
}
