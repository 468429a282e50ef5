import { z } from 'zod/mini';
import type { DialogEntry } from '../engine/dialogs';
import { DIALOG_CHANNEL, MAX_DIALOG_TEXT, type DialogReplayRequest } from './protocol';

const buildShownSchema = () =>
  z.object({
    channel: z.literal(DIALOG_CHANNEL),
    type: z.literal('shown'),
    seq: z.number().check(z.int(), z.positive()),
    kind: z.enum(['alert', 'confirm']),
    text: z.string().check(z.maxLength(MAX_DIALOG_TEXT)),
  });

/**
 * The isolated side of the dialog tap: reports each dialog the page showed in this visit, timed
 * when it arrives here (an alert blocks the page, so that is after it was shown). Only messages
 * this very window posted to its own origin, in the tap's shape, are read; they are text the page
 * could have posted itself, and are treated as such (see protocol.ts). A replay's repeats are
 * dropped by number and words together: a page that posts the tap's numbers first hides no real
 * dialog, only the very same words.
 */
export function listenForDialogs(
  win: Window,
  signal: AbortSignal,
  onDialog: (entry: Omit<DialogEntry, 'n'>) => void,
): void {
  const seen = new Set<string>();
  // Built on the first message this window posts itself: most pages never post one.
  let shownSchema: ReturnType<typeof buildShownSchema> | null = null;
  win.addEventListener(
    'message',
    (event: MessageEvent<unknown>) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      shownSchema ??= buildShownSchema();
      const parsed = shownSchema.safeParse(event.data);
      if (!parsed.success) return;
      const key = `${parsed.data.seq}\u0000${parsed.data.text}`;
      if (seen.has(key)) return;
      seen.add(key);
      onDialog({ kind: parsed.data.kind, text: parsed.data.text, at: Date.now() });
    },
    { signal },
  );
  const replay: DialogReplayRequest = { channel: DIALOG_CHANNEL, type: 'replay' };
  win.postMessage(replay, win.location.origin);
}
