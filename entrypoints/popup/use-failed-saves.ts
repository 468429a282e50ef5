import { useCallback, useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { sendRequest } from '@/utils/messaging';
import type { FailedSave } from '@/utils/vault/failed-saves';
import { FAILED_SAVES_STORAGE_KEY } from '@/utils/vault/storage-keys';
import { readableError, type CouldNot } from './could-not';

/** Presses whose credentials could not be kept, read from the background, until acknowledged. */
export function useFailedSaves() {
  const [failed, setFailed] = useState<FailedSave[]>([]);
  const [error, setError] = useState<CouldNot | null>(null);

  const reload = useCallback(async () => {
    try {
      setFailed((await sendRequest({ type: 'failed-save.list' })).failed);
    } catch (caught) {
      setError(readableError(caught, 'popup_error_read_failed_saves'));
    }
  }, []);

  useEffect(() => {
    void reload();
    const onChanged = (changes: Record<string, Browser.storage.StorageChange>) => {
      if (FAILED_SAVES_STORAGE_KEY in changes) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  const acknowledge = useCallback(
    async (id: string) => {
      try {
        await sendRequest({ type: 'failed-save.acknowledge', id });
        setError(null);
      } catch (caught) {
        setError(readableError(caught, 'popup_error_acknowledge'));
      }
      await reload();
    },
    [reload],
  );

  return { failed, error, acknowledge };
}
