// The toolbar badge's tooltip is written when the badge is set: after a switch of language, the
// background writes it again, in the new language, while a failed save waits for the user.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { speakChosenLanguage } from '@/utils/i18n/background-language';
import { writeLanguageChoice } from '@/utils/i18n/language-setting';
import { setLanguage } from '@/utils/i18n/t';
import { failedSaves } from '@/utils/vault/failed-saves';

const api = browser as unknown as Record<string, unknown>;
const saved = { action: api.action };
let button: {
  setBadgeText: ReturnType<typeof vi.fn>;
  setBadgeBackgroundColor: ReturnType<typeof vi.fn>;
  setTitle: ReturnType<typeof vi.fn>;
};
let stop: (() => void) | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
  button = {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
  };
  Object.assign(api, { action: button });
});

afterEach(() => {
  stop?.();
  stop = null;
  Object.assign(api, saved);
  setLanguage('en');
});

const lastTitle = () => (button.setTitle.mock.lastCall?.[0] as { title: string } | undefined)?.title;
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the badge's tooltip after a switch of language", () => {
  it('is written again in Hindi while a failed save waits', async () => {
    await failedSaves.record({ env: 'sandbox', gstin: '', username: 'acme01', at: 1, reason: 'full' });
    await writeLanguageChoice('en');
    stop = await speakChosenLanguage();
    await writeLanguageChoice('hi');
    await settled();
    expect(lastTitle()).toMatch(/[\u0900-\u097F]/);
    expect(lastTitle()).toContain('क्रेडेंशियल');
    await writeLanguageChoice('en');
    await settled();
    expect(lastTitle()).toMatch(/credentials could not be kept/);
  });

  it('is left alone when no failed save waits (the browser names the extension itself)', async () => {
    await writeLanguageChoice('en');
    stop = await speakChosenLanguage();
    await writeLanguageChoice('hi');
    await settled();
    expect(button.setTitle).not.toHaveBeenCalled();
  });
});
