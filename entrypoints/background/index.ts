import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerClipboardClearing } from '@/utils/clipboard/scheduled-clear';
import { restrictStorageToTrustedContexts } from '@/utils/storage-access';
import { speakChosenLanguage } from '@/utils/i18n/background-language';
import { registerBundledCatalogs } from '@/utils/i18n/bundled-catalogs';
import { handleMessage, restoreFailedSaveBadge } from './handlers';

/**
 * The background holds no state of its own: the vault reads and writes storage on every call,
 * so the MV3 service worker may be stopped between any two messages. Listeners are registered
 * synchronously so a message or alarm that wakes the worker finds them.
 */
export default defineBackground(() => {
  // The words the background itself writes (refusals shown in the panel, the badge's tooltip), and
  // the open panels told of a change of the popup's switch. A message that woke the worker is
  // answered once the chosen language is known (one storage read), not in English meanwhile.
  registerBundledCatalogs();
  const languageKnown = speakChosenLanguage().catch(() => undefined);
  // Polyfill style: the listener answers with a promise (Chrome's typings expect void).
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    languageKnown.then(() => handleMessage(message, sender)),
  );
  registerClipboardClearing();
  // Content scripts message the background; they never need extension storage (Chrome only).
  void restrictStorageToTrustedContexts();
  // Badges live in memory: a failed save still waiting for the user shows again after a restart.
  void restoreFailedSaveBadge();
});
