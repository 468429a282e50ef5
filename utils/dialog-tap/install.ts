import { DIALOG_CHANNEL, DIALOG_REPLAY_EVENT, MAX_DIALOG_TEXT, type DialogShownMessage } from './protocol';

/** Dialogs kept for a late listener (the portal's alert can come before the isolated script runs). */
const KEPT = 20;
const KINDS = ['alert', 'confirm'] as const;
type DialogKind = (typeof KINDS)[number];

/**
 * Posts each dialog's text to the isolated content script, and all of them again when it asks
 * (a listener that started after an alert shown while the page loaded).
 */
function dialogReporter(win: Window) {
  // Taken now, before the page's scripts can replace them.
  const post = win.postMessage.bind(win);
  const origin = win.location.origin;
  const shown: DialogShownMessage[] = [];
  let seq = 0;
  // Anyone may ask (the page too): a replay only says again what the page's dialogs said.
  win.addEventListener(DIALOG_REPLAY_EVENT, () => {
    for (const entry of shown) post(entry, origin);
  });
  /** Reports the dialog; returns its text (converted once), or undefined when it is not text. */
  return (kind: DialogKind, message: unknown): string | undefined => {
    let whole: string;
    try {
      whole = typeof message === 'string' ? message : String(message);
    } catch {
      return undefined; // Not text: not reported; the dialog shows (or throws) as it would have.
    }
    const entry: DialogShownMessage = {
      channel: DIALOG_CHANNEL,
      type: 'shown',
      seq: ++seq,
      kind,
      text: whole.slice(0, MAX_DIALOG_TEXT),
    };
    shown.push(entry);
    if (shown.length > KEPT) shown.shift();
    post(entry, origin);
    return whole;
  };
}

/** The page's arguments, with the message as the text already made of it (a toString runs once). */
function withText(args: unknown[], text: string | undefined): unknown[] {
  return args.length === 0 || text === undefined ? args : [text, ...args.slice(1)];
}

// Taken when this module loads, before the page's scripts: a page that replaces
// Function.prototype.apply cannot change how its own dialogs are called through ours.
const apply = Reflect.apply;

/**
 * Runs in the page's main world at document_start, before the page's scripts: wraps `alert` and
 * `confirm` so their text is posted to the isolated content script, then shows the dialog as
 * before. The production portal names the new API user only in an alert
 * (docs/gstzen-guide.md#production-registration, step 10). Whatever happens here, the page's own
 * dialog still shows and returns what it would have.
 */
export function installDialogTap(win: Window): void {
  const report = dialogReporter(win);
  for (const kind of KINDS) {
    // Called with the window as `this` below, as the page's own call would.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = win[kind] as (...args: unknown[]) => unknown;
    if (typeof original !== 'function') continue;
    const wrapped = (...args: unknown[]) => apply(original, win, withText(args, report(kind, args[0] ?? '')));
    Object.defineProperty(win, kind, { value: wrapped, writable: true, configurable: true, enumerable: true });
  }
}

/** Firefox's way into the page's world from a content script (MDN: "Sharing objects with page scripts"). */
export interface FirefoxPageAccess {
  /** The page's own window, behind the content script's X-ray view. */
  page: Window;
  exportFunction: (fn: (...args: unknown[]) => unknown, target: object, options: { defineAs: string }) => unknown;
}

/**
 * The same tap for Firefox MV2, which has no main-world content scripts: from the isolated
 * content script at document_start, the page's `alert`/`confirm` are replaced through
 * `exportFunction`, before the page's scripts run.
 */
export function installDialogTapFirefox(win: Window, { page, exportFunction }: FirefoxPageAccess): void {
  const report = dialogReporter(win);
  for (const kind of KINDS) {
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = page[kind] as (...args: unknown[]) => unknown;
    if (typeof original !== 'function') continue;
    exportFunction((...args: unknown[]) => apply(original, page, withText(args, report(kind, args[0] ?? ''))), page, {
      defineAs: kind,
    });
  }
}
