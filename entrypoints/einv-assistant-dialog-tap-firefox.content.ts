import { defineContentScript } from 'wxt/utils/define-content-script';
import { installDialogTapFirefox, type FirefoxPageAccess } from '@/utils/dialog-tap/install';
import { matchPatterns, PORTAL_SITES } from '@/utils/flows/sites';

/**
 * Firefox's dialog tap (Firefox MV2 runs no main-world content scripts): from the isolated world
 * at document_start, through Firefox's `wrappedJSObject` and `exportFunction`. Chrome and Edge use
 * einv-assistant-dialog-tap.content.ts.
 */
export default defineContentScript({
  // Only where credentials are made and the portal answers in dialogs: not on GSTZen.
  matches: matchPatterns(PORTAL_SITES),
  runAt: 'document_start',
  include: ['firefox'],
  main() {
    const firefox = globalThis as unknown as { exportFunction?: FirefoxPageAccess['exportFunction'] };
    const page = (window as unknown as { wrappedJSObject?: Window }).wrappedJSObject;
    if (window.top !== window || !page || !firefox.exportFunction) return;
    installDialogTapFirefox(window, { page, exportFunction: firefox.exportFunction });
  },
});
