import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendRequest } from '@/utils/messaging';
import { FAILED_SAVE_RECORD as RECORD } from './failed-save-record';

/** Every answer from the background is checked before a content script uses it. */
const runtime = (fakeBrowser as unknown as { runtime: Record<string, unknown> }).runtime;
const answer = (value: unknown) => {
  runtime.sendMessage = vi.fn(async () => value);
};
afterEach(() => {
  delete runtime.sendMessage;
});

const ask = () => sendRequest({ type: 'capture.failed-saves', site: 'sandbox' });

describe('the answer to capture.failed-saves: an empty list, or records each checked', () => {
  it('takes an empty list', async () => {
    answer({ failed: [] });
    await expect(ask()).resolves.toEqual({ failed: [] });
  });

  it('takes well-formed records', async () => {
    answer({ failed: [RECORD] });
    await expect(ask()).resolves.toEqual({ failed: [RECORD] });
  });

  it.each([
    ['no id', { ...RECORD, id: '' }],
    ['an unknown environment', { ...RECORD, env: 'staging' }],
    ['a reason too long', { ...RECORD, reason: 'x'.repeat(501) }],
    ['an unknown reason code', { ...RECORD, reasonCode: 'other' }],
    ['a time that is not a whole number', { ...RECORD, at: 1.5 }],
  ])('refuses a record with %s', async (_, record) => {
    answer({ failed: [RECORD, record] });
    await expect(ask()).rejects.toThrow('Unexpected answer from the extension to capture.failed-saves.');
  });

  it('passes on a refusal as its reason', async () => {
    answer({ error: 'This page may not ask that.' });
    await expect(ask()).rejects.toThrow('This page may not ask that.');
  });
});
