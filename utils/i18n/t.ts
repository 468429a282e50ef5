import { type Language, LOCALES } from './languages';

/**
 * Every string the panel, the popup and the checks show comes from here (README, "Languages").
 * The words are the extension's own `_locales` catalogs, reached through a lookup per language
 * (`registerCatalog`): the popup and the background bundle both catalogs (bundled-catalogs.ts);
 * the content script, which runs on every portal page, bundles none and asks the browser's own
 * i18n for its UI language and the background for another one (content-catalogs.ts).
 * Placeholders are `{name}` (the browsers' `$name$` syntax needs a declaration per placeholder;
 * a `$` is not allowed in a message: test/unit/i18n/catalogs.test.ts).
 */
export type MessageKey = keyof typeof import('@/public/_locales/en/messages.json');
export type MessageValues = Readonly<Record<string, string | number>>;

/** A language's words: the message of a key, or undefined when it has none. */
export type CatalogLookup = (key: MessageKey) => string | undefined;

const catalogs: Partial<Record<Language, CatalogLookup>> = {};

/** Makes `language`'s words available (the one `t` speaks is still chosen by setLanguage). */
export function registerCatalog(language: Language, lookup: CatalogLookup): void {
  catalogs[language] = lookup;
}

/** Drops `language`'s words (a test starting as a content script does, with none bundled). */
export function unregisterCatalog(language: Language): void {
  delete catalogs[language];
}

/** Whether `language`'s words are here yet. */
export function hasCatalog(language: Language): boolean {
  return catalogs[language] !== undefined;
}

let current: Language = 'en';
const listeners = new Set<() => void>();

/** The language `t` speaks now. */
export function currentLanguage(): Language {
  return current;
}

/** `en-IN` or `hi-IN`: dates and numbers are written the Indian way in both. */
export function currentLocale(): 'en-IN' | 'hi-IN' {
  return LOCALES[current];
}

/** Switches every later `t`; the panel and the popup listen (useLanguage) and draw again. */
export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  for (const listener of [...listeners]) listener();
}

/** Called after each switch; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Splits a message at its `{name}` placeholders: texts at even indexes, names at odd ones. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/;
/** Each message's split, made once: the checks fill messages thousands of times (test/unit/rules/fuzz.test.ts). */
const SPLIT = new Map<string, readonly string[]>();

/**
 * The message `key` in the current language (English when it lacks it), with each `{name}`
 * replaced by `values[name]`. A placeholder without a value stays as written, so a slip shows in
 * the panel instead of throwing on the user's page.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const message = catalogs[current]?.(key) || catalogs.en?.(key) || key;
  if (!values) return message;
  let parts = SPLIT.get(message);
  if (parts === undefined) {
    parts = message.split(PLACEHOLDER);
    SPLIT.set(message, parts);
  }
  let filled = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    filled += (Object.hasOwn(values, name) ? String(values[name]) : `{${name}}`) + (parts[i + 1] ?? '');
  }
  return filled;
}

/** "a", "a and b", "a, b and c" in the current language. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return t('list_and', { first: items.slice(0, -1).join(t('list_comma')), last: items[items.length - 1] ?? '' });
}
