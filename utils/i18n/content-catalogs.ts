import { browser } from 'wxt/browser';
import { sendRequest } from '../messaging';
import { type Language, languageOfTag } from './languages';
import { hasCatalog, registerCatalog } from './t';

/**
 * The content script's words. It runs on every portal page, so it bundles no catalog (both would
 * be a third of its size): the browser's own i18n already holds the catalog of its UI language
 * (or English, `default_locale`, when we do not speak that), read synchronously; another language
 * the user chose comes from the background, which bundles both, once per page.
 */

/** Registers the browser's own catalog and returns its language. */
export function registerBrowserCatalog(): Language {
  let uiLanguage: string | undefined;
  try {
    uiLanguage = browser.i18n.getUILanguage();
  } catch {
    // No i18n API: the browser's getMessage falls back to English.
  }
  const native = languageOfTag(uiLanguage) ?? 'en';
  // getMessage answers '' for a key it does not know.
  registerCatalog(native, (key) => browser.i18n.getMessage(key) || undefined);
  return native;
}

/** `language`'s words from the background, unless they are here already. Throws when it does not answer. */
export async function loadCatalog(site: string, language: Language, send = sendRequest): Promise<void> {
  if (hasCatalog(language)) return;
  const { messages } = await send({ type: 'language.catalog', site, language });
  registerCatalog(language, (key) => (Object.hasOwn(messages, key) ? messages[key] : undefined));
}
