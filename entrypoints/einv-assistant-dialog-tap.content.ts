import { defineContentScript } from 'wxt/utils/define-content-script';
import { installDialogTap } from '@/utils/dialog-tap/install';
import { matchPatterns, PORTAL_SITES } from '@/utils/flows/sites';

/**
 * In the page's main world, before its scripts: reports the text of `alert`/`confirm` dialogs to
 * the portal content script (utils/dialog-tap/). Named so that the global WXT declares for a
 * main-world script (`var einvAssistantDialogTap`) can clash with nothing a portal uses.
 * Firefox MV2 has no main-world content scripts: einv-assistant-dialog-tap-firefox.content.ts.
 */
export default defineContentScript({
  // Only where credentials are made and the portal answers in dialogs: not on GSTZen.
  matches: matchPatterns(PORTAL_SITES),
  world: 'MAIN',
  runAt: 'document_start',
  exclude: ['firefox'],
  main() {
    if (window.top === window) installDialogTap(window);
  },
});
