/**
 * The languages the assistant speaks (public/_locales/<language>/messages.json). English is the
 * default (`default_locale` in wxt.config.ts) and the fallback for a message Hindi lacks.
 */
export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the user chose in the popup: a language, or whatever the browser speaks. */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language in its own words, so a reader of either finds theirs in the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी' };

/** Dates and times are written the Indian way in both (docs/i18n.md). */
export const LOCALES: Record<Language, 'en-IN' | 'hi-IN'> = { en: 'en-IN', hi: 'hi-IN' };

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language of a BCP 47 tag we speak ("hi-IN" → "hi"), or null. Browsers name their UI
 * language as "en-US", "hi" or "en_GB" (Firefox), so only the primary subtag counts.
 */
export function languageOfTag(tag: string | undefined | null): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

/**
 * The browser's language for the assistant: the browser's UI language when we speak it, else the
 * first of the user's preferred languages we speak, else English. (The browser's own i18n, which
 * names the extension in its lists, looks at the UI language only: with a Marathi UI and Hindi
 * preferred, the panel speaks Hindi and the extension's name stays English.)
 */
export function browserLanguage(uiLanguage: string | undefined, preferred: readonly string[] = []): Language {
  const fromUi = languageOfTag(uiLanguage);
  if (fromUi) return fromUi;
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
}

/** The language to speak: the user's choice, or the browser's. */
export function resolveLanguage(choice: LanguageChoice, browser: Language): Language {
  return choice === 'auto' ? browser : choice;
}
