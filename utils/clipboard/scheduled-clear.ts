import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { clearClipboardIfMatches } from './dom-clipboard';
import { OFFSCREEN_PATH, offscreenResponseSchema, type OffscreenRequest } from './offscreen-protocol';

/**
 * The background's half of clipboard clearing. The popup clears the clipboard itself while it is
 * open; if it closes first, this finishes the job: the fingerprint waits in storage.session (the
 * service worker may be stopped meanwhile) and an alarm wakes the background when it is time.
 *
 * Only one clear is pending at a time: a newer copy replaces the clipboard, so the older
 * fingerprint could no longer match anyway.
 */
export const CLIPBOARD_ALARM = 'clipboard-clear';

const pendingClearSchema = z.object({
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  clearAt: z.number().check(z.int(), z.nonnegative()),
});
export type PendingClear = z.infer<typeof pendingClearSchema>;

export const pendingClearItem = storage.defineItem<PendingClear | null>('session:clipboardClear', {
  fallback: null,
});

/** Compares the clipboard with a fingerprint and empties it if equal; true when it cleared. */
export type ClipboardClearer = (fingerprint: string) => Promise<boolean>;

export async function scheduleClipboardClear(fingerprint: string, delayMs: number, now = Date.now()): Promise<void> {
  const clearAt = now + delayMs;
  await pendingClearItem.setValue({ fingerprint, clearAt });
  // Chrome rounds alarms up to at least 30 s; the popup covers shorter delays while it is open.
  await browser.alarms.create(CLIPBOARD_ALARM, { when: clearAt });
}

/** What the alarm runs. Returns whether the clipboard was cleared. */
export async function runScheduledClear(clear: ClipboardClearer, now = Date.now()): Promise<boolean> {
  const pending = pendingClearSchema.safeParse(await pendingClearItem.getValue());
  if (!pending.success) {
    await pendingClearItem.removeValue();
    return false;
  }
  if (pending.data.clearAt > now + 1000) {
    // An older alarm fired after a newer copy was scheduled: wait for the newer time.
    await browser.alarms.create(CLIPBOARD_ALARM, { when: pending.data.clearAt });
    return false;
  }
  await pendingClearItem.removeValue();
  return clear(pending.data.fingerprint);
}

/** Registers the alarm listener; call synchronously when the background starts. */
export function registerClipboardClearing(clear: ClipboardClearer = clearClipboardFromBackground): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CLIPBOARD_ALARM) return;
    void runScheduledClear(clear).catch(() => undefined);
  });
}

/**
 * Chrome MV3: a service worker has no DOM and no clipboard, so an offscreen document (reason
 * CLIPBOARD) does the reading and writing. Firefox MV2: the background page has a DOM and does it
 * itself.
 */
export async function clearClipboardFromBackground(fingerprint: string): Promise<boolean> {
  if (typeof browser.offscreen?.createDocument === 'function') return clearViaOffscreen(fingerprint);
  if (typeof document !== 'undefined') return clearClipboardIfMatches(fingerprint, document);
  return false;
}

async function clearViaOffscreen(fingerprint: string): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  if (!(await hasOffscreenDocument(url))) {
    try {
      await browser.offscreen.createDocument({
        url,
        reasons: ['CLIPBOARD'],
        justification: 'Empty the clipboard if it still holds a password the user copied 30 seconds ago.',
      });
    } catch {
      // Created meanwhile by another call ("only a single offscreen document"): use that one.
      if (!(await hasOffscreenDocument(url))) return false;
    }
  }
  try {
    const request: OffscreenRequest = { target: 'offscreen', type: 'clipboard.clear-if-matches', fingerprint };
    const answer = offscreenResponseSchema.safeParse(await browser.runtime.sendMessage(request));
    return answer.success && answer.data.cleared;
  } finally {
    await browser.offscreen.closeDocument().catch(() => undefined);
  }
}

async function hasOffscreenDocument(url: string): Promise<boolean> {
  if (typeof browser.runtime.getContexts === 'function') {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [url],
    });
    return contexts.length > 0;
  }
  return typeof browser.offscreen.hasDocument === 'function' ? browser.offscreen.hasDocument() : false;
}
