import { clearClipboardIfMatches, writeClipboardText } from '@/utils/clipboard/dom-clipboard';
import { fingerprint } from '@/utils/clipboard/fingerprint';
import { sendRequest } from '@/utils/messaging';
import { t } from '@/utils/i18n/t';

/** How long a copied value may stay on the clipboard. */
export const CLEAR_AFTER_MS = 30_000;

/**
 * Copies `text`, then empties the clipboard after 30 s if it still holds that text. The popup
 * does it itself while open; the background gets only the SHA-256 fingerprint and finishes the
 * job (alarm + offscreen document) if the popup has closed by then.
 */
export async function copyWithAutoClear(text: string): Promise<void> {
  if (!(await writeClipboardText(text))) throw new Error(t('popup_copy_not_allowed'));
  const hash = await fingerprint(text);
  setTimeout(() => {
    void clearClipboardIfMatches(hash).catch(() => undefined);
  }, CLEAR_AFTER_MS);
  // If the background cannot be reached, the popup's own timer still clears while it is open.
  await sendRequest({ type: 'clipboard.schedule-clear', fingerprint: hash, delayMs: CLEAR_AFTER_MS }).catch(
    () => undefined,
  );
}
