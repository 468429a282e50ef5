import en from '@/public/_locales/en/messages.json';
import hi from '@/public/_locales/hi/messages.json';
import type { Language } from './languages';
import { type CatalogLookup, type MessageKey, registerCatalog } from './t';

type Catalog = Partial<Record<MessageKey, { message: string }>>;
const CATALOGS: Record<Language, Catalog> = { en, hi };

/** `language`'s messages as a plain record (the background hands one to a panel: language.catalog). */
export function bundledMessages(language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(CATALOGS[language]).map(([key, entry]) => [key, entry.message]));
}

/**
 * Both catalogs, bundled: for the popup and the background (and the unit tests), where their
 * size does not matter. The content script reaches them through content-catalogs.ts instead.
 */
export function registerBundledCatalogs(): void {
  for (const language of ['en', 'hi'] as const) {
    const catalog = CATALOGS[language];
    const lookup: CatalogLookup = (key) => catalog[key]?.message;
    registerCatalog(language, lookup);
  }
}
