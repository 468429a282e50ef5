import { browser } from 'wxt/browser';
import { browserLanguage, type Language } from './languages';

/** The language this browser speaks to the user (its UI language, then its preferred languages). */
export function browserLanguageHere(): Language {
  let uiLanguage: string | undefined;
  try {
    uiLanguage = browser.i18n.getUILanguage();
  } catch {
    // No i18n API (a unit test's page): the preferred languages decide.
  }
  return browserLanguage(uiLanguage, typeof navigator === 'undefined' ? [] : navigator.languages);
}
