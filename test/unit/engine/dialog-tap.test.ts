import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installDialogTap } from '@/utils/dialog-tap/install';
import { listenForDialogs } from '@/utils/dialog-tap/listen';
import { DIALOG_CHANNEL } from '@/utils/dialog-tap/protocol';
import type { DialogEntry } from '@/utils/engine/dialogs';

/** A message event made in the test's page, as its own window would make it. */
let messageEvent: (init: MessageEventInit) => MessageEvent;

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the dialog tap', () => {
  let controller: AbortController;
  let seen: DialogEntry[];
  /** A fresh page per test: the tap stays installed for a page's lifetime. */
  let window: Window;
  let happy: HappyWindow;
  const nativeAlert = vi.fn();
  const nativeConfirm = vi.fn(() => true);

  beforeEach(() => {
    controller = new AbortController();
    seen = [];
    nativeAlert.mockClear();
    happy = new HappyWindow({ url: 'https://einvoice1.gst.gov.in/APIUserAccount/CreateUserdata' });
    window = happy as unknown as Window;
    const PageMessageEvent = (happy as unknown as typeof globalThis).MessageEvent;
    messageEvent = (init) => new PageMessageEvent('message', init);
    // happy-dom's postMessage leaves event.source unset; a browser's names the posting window.
    Object.defineProperty(window, 'postMessage', {
      configurable: true,
      writable: true,
      value: (data: unknown) =>
        setTimeout(() => window.dispatchEvent(messageEvent({ data, origin: window.location.origin, source: window }))),
    });
    // happy-dom's own alert/confirm stand in for the browser's.
    Object.defineProperty(window, 'alert', { value: nativeAlert, writable: true, configurable: true });
    Object.defineProperty(window, 'confirm', { value: nativeConfirm, writable: true, configurable: true });
    installDialogTap(window);
  });
  afterEach(async () => {
    controller.abort();
    await happy.happyDOM.close();
  });

  it('still shows the dialog, with its own result, and reports its text', async () => {
    listenForDialogs(window, controller.signal, (entry) => seen.push(entry));
    window.alert('Api user API_acme01 has been created successfully');
    expect(window.confirm('Sure?')).toBe(true);
    expect(nativeAlert).toHaveBeenCalledWith('Api user API_acme01 has been created successfully');
    await settle();
    expect(seen.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'alert', text: 'Api user API_acme01 has been created successfully' },
      { kind: 'confirm', text: 'Sure?' },
    ]);
  });

  it('hands over dialogs shown before the listener started (an alert on page load)', async () => {
    window.alert('shown while the page loaded');
    await settle();
    listenForDialogs(window, controller.signal, (entry) => seen.push(entry));
    await settle();
    expect(seen.map((e) => e.text)).toEqual(['shown while the page loaded']);
  });

  it("is not blinded by the page posting the tap's numbers first", async () => {
    listenForDialogs(window, controller.signal, (entry) => seen.push(entry));
    for (let seq = 1; seq <= 3; seq++) {
      window.postMessage({ channel: DIALOG_CHANNEL, type: 'shown', seq, kind: 'alert', text: `fake ${seq}` }, '*');
    }
    await settle();
    window.alert('Api user API_acme01 has been created successfully');
    await settle();
    expect(seen.map((e) => e.text)).toContain('Api user API_acme01 has been created successfully');
  });

  it('ignores messages of another shape, or from another window', async () => {
    listenForDialogs(window, controller.signal, (entry) => seen.push(entry));
    window.postMessage({ channel: DIALOG_CHANNEL, type: 'shown', seq: 'x', kind: 'alert', text: 'odd' }, '*');
    window.dispatchEvent(
      messageEvent({
        data: { channel: DIALOG_CHANNEL, type: 'shown', seq: 96, kind: 'alert', text: 'from another origin' },
        origin: 'https://elsewhere.example',
        source: window,
      }),
    );
    window.postMessage({ channel: 'other', type: 'shown', seq: 99, kind: 'alert', text: 'other channel' }, '*');
    window.postMessage(
      { channel: DIALOG_CHANNEL, type: 'shown', seq: 98, kind: 'prompt', text: 'not a dialog we read' },
      '*',
    );
    window.dispatchEvent(
      messageEvent({
        data: { channel: DIALOG_CHANNEL, type: 'shown', seq: 97, kind: 'alert', text: 'from no window' },
        origin: window.location.origin,
        source: null,
      }),
    );
    await settle();
    expect(seen).toEqual([]);
  });

  it('reports a text that is not a string as the page would show it, and never breaks the dialog', async () => {
    listenForDialogs(window, controller.signal, (entry) => seen.push(entry));
    window.alert(42);
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    window.alert(hostile);
    expect(nativeAlert).toHaveBeenCalledTimes(2);
    await settle();
    expect(seen.map((e) => e.text)).toEqual(['42']);
  });
});
