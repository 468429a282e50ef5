/**
 * The channel between the main-world dialog tap (install.ts, in the page's own JavaScript world)
 * and the isolated content script (listen.ts). It carries only what a dialog said: the page can
 * post the same messages, so nothing read here may confirm anything by itself (the capture rules
 * decide: entrypoints/portal.content/capture-controller.ts).
 */
export const DIALOG_CHANNEL = 'einv-assistant:dialog-tap';

/** Texts longer than this are cut (a portal's alert is one sentence). */
export const MAX_DIALOG_TEXT = 1000;

/** Main world → isolated: a dialog was shown. `seq` counts dialogs of this page visit from 1. */
export interface DialogShownMessage {
  channel: typeof DIALOG_CHANNEL;
  type: 'shown';
  seq: number;
  kind: 'alert' | 'confirm';
  text: string;
}

/**
 * Isolated → main world: send again the dialogs shown before the isolated side listened. A DOM
 * event on the window, which both worlds see: a `postMessage` from the isolated world costs a
 * cold tab about 20 ms the first time (npm run bench), and this asks for nothing but a replay.
 */
export const DIALOG_REPLAY_EVENT = 'einv-assistant:dialog-tap-replay';
