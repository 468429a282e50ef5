import { browser } from 'wxt/browser';
import { clearClipboardIfMatches } from '@/utils/clipboard/dom-clipboard';
import { offscreenRequestSchema } from '@/utils/clipboard/offscreen-protocol';

/**
 * Chrome's offscreen document for clipboard clearing. It answers one message, from this
 * extension only: "empty the clipboard if it still holds the text with this SHA-256". Every other
 * message (the popup's and content scripts' requests reach all extension pages) is left
 * unanswered so the background's answer is the one that counts.
 */
// The polyfill sends the returned promise's value as the answer; Chrome's typings still say void.
// eslint-disable-next-line @typescript-eslint/no-misused-promises
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  // Only the background (an extension URL), never a content script.
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  const request = offscreenRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  return clearClipboardIfMatches(request.data.fingerprint, document)
    .catch(() => false)
    .then((cleared) => ({ cleared }));
});
