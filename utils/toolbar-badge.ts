import { browser } from 'wxt/browser';
import { t } from './i18n/t';

/** What the toolbar icon's tooltip says while a failed save waits to be acknowledged. */
export const failedSaveBadgeTitle = (): string => t('badge_failed_save_title', { name: t('extName') });

/** Chrome MV3 names it `action`, Firefox MV2 `browserAction`; the same three calls on both. */
function toolbarButton() {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction ?? null;
}

/**
 * A red "!" on the toolbar icon while `failedSaves` is not zero, so a failure shown on a page
 * that has gone is still seen. Badges live in the browser's memory: the background sets it
 * again each time it starts (and the browser starts).
 */
export async function showFailedSaveBadge(failedSaves: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  const failing = failedSaves > 0;
  await button.setBadgeText({ text: failing ? '!' : '' });
  if (failing) await button.setBadgeBackgroundColor({ color: '#b3261e' });
  // Back to the extension's name, as the manifest's title says it (wxt.config.ts, action.default_title).
  await button.setTitle({ title: failing ? failedSaveBadgeTitle() : t('extName') });
}
