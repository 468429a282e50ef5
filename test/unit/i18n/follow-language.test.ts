// @vitest-environment happy-dom
// The content script's side of the language: the browser's catalog at once, the user's choice from
// the background (with its words when the browser's are not those), later changes from the
// extension only, and the last choice winning a race.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledMessages, registerBundledCatalogs } from '@/utils/i18n/bundled-catalogs';
import { followLanguageChoice } from '@/utils/i18n/language-broadcast';
import type { Language, LanguageChoice } from '@/utils/i18n/languages';
import { currentLanguage, setLanguage, t, unregisterCatalog } from '@/utils/i18n/t';

const hi = bundledMessages('hi');
const en = bundledMessages('en');

/** A background that answers language.get with `choice` and language.catalog with the words, each after `delays[language]` ms. */
function background(choice: LanguageChoice, delays: Partial<Record<Language, number>> = {}) {
  return vi.fn(async (request: { type: string; language?: Language }) => {
    if (request.type === 'language.get') return { choice };
    const language = request.language!;
    await new Promise((resolve) => setTimeout(resolve, delays[language] ?? 0));
    return { messages: language === 'hi' ? hi : en };
  });
}

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const fromBackground = { id: browser.runtime.id } as Sender;
const fromTab = { id: browser.runtime.id, tab: { id: 3 } } as unknown as Sender;

/** Delivers a runtime message to the content script's listeners, as the browser does. */
async function tell(message: unknown, sender: Sender): Promise<void> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  // The listener answers nothing (it only listens).
  expect(answers.every((answer) => answer === undefined)).toBe(true);
}

beforeEach(() => {
  fakeBrowser.reset();
  // A content script in a Hindi browser: the browser's own catalog is Hindi, nothing is bundled.
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('hi');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => hi[key] ?? '');
  unregisterCatalog('en');
  unregisterCatalog('hi');
});

afterEach(() => {
  setLanguage('en');
  registerBundledCatalogs();
});

describe('followLanguageChoice', () => {
  it("speaks the browser's language at once, then the chosen one with the words the background sends", async () => {
    const send = background('en');
    const following = followLanguageChoice('sandbox', new AbortController().signal, send as never);
    expect(currentLanguage()).toBe('hi');
    expect(t('language_label')).toBe('भाषा');
    await following;
    expect(send).toHaveBeenCalledWith({ type: 'language.catalog', site: 'sandbox', language: 'en' });
    expect(currentLanguage()).toBe('en');
    expect(t('language_label')).toBe('Language');
  });

  it('takes a change from the extension only, never from a tab or another extension', async () => {
    const send = background('auto');
    await followLanguageChoice('sandbox', new AbortController().signal, send as never);
    const change = { type: 'language.changed', choice: 'en' };
    await tell(change, fromTab);
    await tell(change, { id: 'another-extension' });
    await tell({ type: 'language.changed', choice: 'fr' }, fromBackground);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(currentLanguage()).toBe('hi');
    await tell(change, fromBackground);
    await vi.waitFor(() => expect(currentLanguage()).toBe('en'));
  });

  it('lets the last choice win when an earlier one’s words arrive later, and stops when the page is left', async () => {
    const send = background('en', { en: 50 });
    const page = new AbortController();
    const following = followLanguageChoice('sandbox', page.signal, send as never);
    // The user switches back to Hindi while English's words are on their way.
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ language: 'en' })));
    await tell({ type: 'language.changed', choice: 'hi' }, fromBackground);
    await following;
    expect(currentLanguage()).toBe('hi');
    page.abort();
    await tell({ type: 'language.changed', choice: 'en' }, fromBackground);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(currentLanguage()).toBe('hi');
  });
});
