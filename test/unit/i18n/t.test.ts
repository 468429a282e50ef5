import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLanguage, languageOfTag, resolveLanguage } from '@/utils/i18n/languages';
import { currentLocale, listInWords, onLanguageChange, setLanguage, t } from '@/utils/i18n/t';
import { indiaTime } from '@/utils/india-time';

afterEach(() => setLanguage('en'));

describe('t', () => {
  it('fills each placeholder and speaks the language set', () => {
    expect(t('time_in_india', { time: '1 Jan' })).toBe('1 Jan IST');
    setLanguage('hi');
    expect(t('time_in_india', { time: '1 Jan' })).toBe('1 Jan (भारतीय समय)');
    expect(currentLocale()).toBe('hi-IN');
  });

  it('leaves a placeholder with no value as written, rather than throw on a page', () => {
    expect(t('time_in_india')).toBe('{time} IST');
    expect(t('time_in_india', { other: 'x' })).toBe('{time} IST');
  });

  it('tells its listeners of a switch, once per change', () => {
    const listener = vi.fn();
    const stop = onLanguageChange(listener);
    setLanguage('hi');
    setLanguage('hi');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    setLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lists in words in either language', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    setLanguage('hi');
    expect(listInWords(['a', 'b'])).toBe('a और b');
  });

  it("writes times on India's clock in en-IN and hi-IN", () => {
    const at = Date.UTC(2026, 5, 12, 9, 34);
    expect(indiaTime(at)).toBe('12 Jun 2026, 3:04 pm IST');
    setLanguage('hi');
    expect(indiaTime(at)).toBe('12 जून 2026, 15:04 (भारतीय समय)');
  });
});

describe('the language spoken', () => {
  it("follows the browser's UI language, then its preferred languages, else English", () => {
    expect(languageOfTag('hi-IN')).toBe('hi');
    expect(languageOfTag('en_GB')).toBe('en');
    expect(languageOfTag('ta')).toBeNull();
    expect(browserLanguage('hi')).toBe('hi');
    expect(browserLanguage('ta', ['ta-IN', 'hi-IN', 'en'])).toBe('hi');
    expect(browserLanguage('en-US', ['hi'])).toBe('en');
    expect(browserLanguage(undefined, ['fr'])).toBe('en');
  });

  it("puts the user's choice before the browser's", () => {
    expect(resolveLanguage('auto', 'hi')).toBe('hi');
    expect(resolveLanguage('en', 'hi')).toBe('en');
    expect(resolveLanguage('hi', 'en')).toBe('hi');
  });
});
