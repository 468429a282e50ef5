import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearClipboardIfMatches } from '@/utils/clipboard/dom-clipboard';
import { fingerprint } from '@/utils/clipboard/fingerprint';
import {
  CLIPBOARD_ALARM,
  clearClipboardFromBackground,
  pendingClearItem,
  registerClipboardClearing,
  runScheduledClear,
  scheduleClipboardClear,
} from '@/utils/clipboard/scheduled-clear';

const T0 = 1_800_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
});

/** A document whose clipboard is a variable (Node has no DOM). */
function fakeDocument(initial: string) {
  const state = { text: initial };
  const clipboard = {
    readText: vi.fn(async () => state.text),
    writeText: vi.fn(async (text: string) => {
      state.text = text;
    }),
  };
  const doc = { defaultView: { navigator: { clipboard } } } as unknown as Document;
  return { doc, state, clipboard };
}

describe('fingerprint', () => {
  it('is the SHA-256 hex of the text', async () => {
    expect(await fingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('clearClipboardIfMatches', () => {
  it('empties the clipboard when it still holds what we copied', async () => {
    const { doc, state } = fakeDocument('Pa55word!');
    expect(await clearClipboardIfMatches(await fingerprint('Pa55word!'), doc)).toBe(true);
    expect(state.text).toBe('');
  });

  it('leaves anything else the user copied since', async () => {
    const { doc, state, clipboard } = fakeDocument('something else');
    expect(await clearClipboardIfMatches(await fingerprint('Pa55word!'), doc)).toBe(false);
    expect(state.text).toBe('something else');
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });
});

describe('scheduled clear', () => {
  it('keeps only the fingerprint in storage.session and sets an alarm', async () => {
    const fp = await fingerprint('Pa55word!');
    await scheduleClipboardClear(fp, 30_000, T0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      clipboardClear: { fingerprint: fp, clearAt: T0 + 30_000 },
    });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('Pa55word');
    expect(await fakeBrowser.alarms.get(CLIPBOARD_ALARM)).toMatchObject({ scheduledTime: T0 + 30_000 });
  });

  it('the alarm clears with the stored fingerprint, once', async () => {
    const clear = vi.fn(async () => true);
    await scheduleClipboardClear('a'.repeat(64), 30_000, T0);
    expect(await runScheduledClear(clear, T0 + 30_000)).toBe(true);
    expect(clear).toHaveBeenCalledWith('a'.repeat(64));
    expect(await pendingClearItem.getValue()).toBeNull();
    expect(await runScheduledClear(clear, T0 + 31_000)).toBe(false);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('a newer copy replaces the pending clear; an early alarm waits for it', async () => {
    const clear = vi.fn(async () => true);
    await scheduleClipboardClear('a'.repeat(64), 30_000, T0);
    await scheduleClipboardClear('b'.repeat(64), 30_000, T0 + 20_000);
    expect(await runScheduledClear(clear, T0 + 30_000)).toBe(false);
    expect(clear).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(CLIPBOARD_ALARM)).toMatchObject({ scheduledTime: T0 + 50_000 });
    expect(await runScheduledClear(clear, T0 + 50_000)).toBe(true);
    expect(clear).toHaveBeenCalledWith('b'.repeat(64));
  });

  it('drops an invalid stored value', async () => {
    const clear = vi.fn(async () => true);
    await fakeBrowser.storage.session.set({ clipboardClear: { fingerprint: 'plain text', clearAt: 1 } });
    expect(await runScheduledClear(clear, T0)).toBe(false);
    expect(clear).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get('clipboardClear')).toEqual({});
  });

  it('registers an onAlarm listener that runs only for its alarm', async () => {
    const clear = vi.fn(async () => true);
    registerClipboardClearing(clear);
    await pendingClearItem.setValue({ fingerprint: 'c'.repeat(64), clearAt: Date.now() - 1 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    expect(clear).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: CLIPBOARD_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(clear).toHaveBeenCalledWith('c'.repeat(64)));
  });
});

describe('clearing from the background', () => {
  const browser = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };

  afterEach(() => {
    delete browser.offscreen;
    delete browser.runtime.getContexts;
    delete browser.runtime.sendMessage;
  });

  it('Chrome: opens an offscreen document (reason CLIPBOARD), asks it with the fingerprint, closes it', async () => {
    const offscreen = {
      createDocument: vi.fn(async () => undefined),
      closeDocument: vi.fn(async () => undefined),
      hasDocument: vi.fn(async () => false),
    };
    browser.offscreen = offscreen;
    browser.runtime.getContexts = vi.fn(async () => []);
    browser.runtime.sendMessage = vi.fn(async () => ({ cleared: true }));

    expect(await clearClipboardFromBackground('d'.repeat(64))).toBe(true);
    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://test-extension-id/offscreen.html', reasons: ['CLIPBOARD'] }),
    );
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({
      target: 'offscreen',
      type: 'clipboard.clear-if-matches',
      fingerprint: 'd'.repeat(64),
    });
    expect(offscreen.closeDocument).toHaveBeenCalled();
  });

  it('Chrome: reuses an offscreen document that is already open', async () => {
    const offscreen = { createDocument: vi.fn(), closeDocument: vi.fn(async () => undefined) };
    browser.offscreen = offscreen;
    browser.runtime.getContexts = vi.fn(async () => [{ contextType: 'OFFSCREEN_DOCUMENT' }]);
    browser.runtime.sendMessage = vi.fn(async () => ({ cleared: false }));
    expect(await clearClipboardFromBackground('d'.repeat(64))).toBe(false);
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('without offscreen and without a DOM (neither Chrome nor a background page) it does nothing', async () => {
    expect(await clearClipboardFromBackground('d'.repeat(64))).toBe(false);
  });
});
