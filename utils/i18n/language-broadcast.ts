import { z } from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { sendRequest } from '../messaging';
import { browserLanguageHere } from './browser-language';
import { loadCatalog, registerBrowserCatalog } from './content-catalogs';
import { type Language, LANGUAGE_CHOICES, type LanguageChoice, resolveLanguage } from './languages';
import { setLanguage } from './t';

/**
 * How a change of the popup's language switch reaches the panels already open: the background
 * tells every tab (`language.changed`); a tab without the panel has no listener, which is fine.
 * The only message the background sends to content scripts: it carries nothing but the choice.
 */
const LANGUAGE_CHANGED = 'language.changed';

let languageChangedSchema: z.ZodMiniType<{ type: typeof LANGUAGE_CHANGED; choice: LanguageChoice }> | undefined;
function parseLanguageChanged(message: unknown): LanguageChoice | null {
  languageChangedSchema ??= z.object({ type: z.literal(LANGUAGE_CHANGED), choice: z.enum(LANGUAGE_CHOICES) });
  const parsed = languageChangedSchema.safeParse(message);
  return parsed.success ? parsed.data.choice : null;
}

/** Background: tells every open tab's panel the new choice. Never throws. */
export async function broadcastLanguageChoice(choice: LanguageChoice): Promise<void> {
  let tabs: Browser.tabs.Tab[] = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.tabs.sendMessage(tab.id, { type: LANGUAGE_CHANGED, choice });
      } catch {
        // No panel in that tab (another site, or a page still loading): nothing to tell.
      }
    }),
  );
}

/**
 * Content script: speaks the browser's language at once, then the user's choice as soon as the
 * background says it (the panel is not held back for the answer: it draws again), and every later
 * change. A language whose words are not here yet is spoken once the background sent them
 * (content-catalogs.ts). Only the extension itself is listened to: a message from a page never
 * reaches runtime.onMessage, and one from a tab (another content script) is ignored.
 */
export function followLanguageChoice(site: string, signal: AbortSignal, send = sendRequest): Promise<void> {
  const native = registerBrowserCatalog();
  setLanguage(native);
  const browserLanguage = browserLanguageHere();
  let wanted: Language = native;
  const apply = async (choice: LanguageChoice) => {
    const language = resolveLanguage(choice, browserLanguage);
    wanted = language;
    try {
      await loadCatalog(site, language, send);
    } catch {
      return; // No words for it: the panel stays in the language it speaks.
    }
    // A later choice may have come while these words were on their way.
    if (!signal.aborted && wanted === language) setLanguage(language);
  };
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const choice = parseLanguageChanged(message);
    if (choice) void apply(choice);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  // A page restored by Back (the back-forward cache) missed the changes made while it was away.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      send({ type: 'language.get', site }).then(
        ({ choice }) => apply(choice),
        () => undefined,
      );
    },
    { signal },
  );
  return send({ type: 'language.get', site }).then(
    ({ choice }) => apply(choice),
    () => apply('auto'),
  );
}
