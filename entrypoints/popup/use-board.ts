import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import type { BoardEntry } from '@/utils/board/observation';
import type { BoardSectionId } from '@/utils/board/sections';
import { BOARD_STORAGE_KEY } from '@/utils/board/storage-key';
import { sendRequest } from '@/utils/messaging';
import { readableError, type CouldNot } from './could-not';

const POLL_MS = 4000;

/**
 * The onboarding board as the popup sees it: asked from the background, re-read when the board's
 * storage changes (a tick seen on a portal page shows at once) and every few seconds.
 */
export function useBoard() {
  const [board, setBoard] = useState<BoardEntry[] | null>(null);
  const [error, setError] = useState<CouldNot | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const answer = await sendRequest({ type: 'board.list' });
      if (ticket !== latest.current) return;
      setBoard(answer.board);
      setError(null);
    } catch (caught) {
      if (ticket === latest.current) setError(readableError(caught, 'popup_error_read_board'));
    }
  }, []);

  useEffect(() => {
    void reload();
    const onChanged = (changes: Record<string, Browser.storage.StorageChange>) => {
      if (BOARD_STORAGE_KEY in changes) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearInterval(timer);
    };
  }, [reload]);

  const tick = useCallback(async (gstin: string, section: BoardSectionId, done: boolean) => {
    const ticket = ++latest.current;
    try {
      const answer = await sendRequest({ type: 'board.tick', gstin, section, done });
      if (ticket === latest.current) setBoard(answer.board);
      setError(null);
    } catch (caught) {
      setError(readableError(caught, done ? 'popup_error_mark_done' : 'popup_error_undo_tick'));
    }
  }, []);

  /** Removes a GSTIN's ticks from the board (its kept credentials stay). */
  const forget = useCallback(
    async (gstin: string) => {
      try {
        await sendRequest({ type: 'board.forget', gstin });
        setError(null);
      } catch (caught) {
        setError(readableError(caught, 'popup_error_remove_gstin'));
      }
      await reload();
    },
    [reload],
  );

  return { board, error, reload, tick, forget };
}
