import en from '@/public/_locales/en/messages.json';
import hi from '@/public/_locales/hi/messages.json';
import { type Language, LOCALES } from './languages';

/**
 * Every string the panel, the popup and the checks show comes from here (README, "Languages").
 * The catalogs are the extension's own `_locales` files; the code reads them itself instead of
 * calling `browser.i18n.getMessage`, because that follows only the browser's UI language and the
 * popup lets the user choose another. Placeholders are `{name}` (the browser's `$name$` syntax
 * needs a declaration per placeholder and is never resolved here; a `$` is not allowed in a
 * message: test/unit/i18n/catalogs.test.ts).
 */
export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number>>;

interface CatalogEntry {
  message: string;
}
type Catalog = Partial<Record<MessageKey, CatalogEntry>>;

const CATALOGS: Record<Language, Catalog> = { en, hi };

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
 * The message `key` in the current language (English when Hindi lacks it), with each `{name}`
 * replaced by `values[name]`. A placeholder without a value stays as written, so a slip shows in
 * the panel instead of throwing on the user's page.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  const message = entry?.message ?? key;
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
