import { z } from 'zod/mini';
import type { DialogEntry } from '../engine/dialogs';
import { DIALOG_CHANNEL, DIALOG_REPLAY_EVENT, MAX_DIALOG_TEXT } from './protocol';

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
  // Built on the first report: most pages show no dialog.
  let shownSchema: ReturnType<typeof buildShownSchema> | null = null;
  win.addEventListener(
    'message',
    (event: MessageEvent<unknown>) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      // Other messages of this window (the page's own) are not the tap's report: dropped before
      // the schema is built and run.
      const data = event.data as { channel?: unknown; type?: unknown } | null;
      if (typeof data !== 'object' || data === null || data.channel !== DIALOG_CHANNEL || data.type !== 'shown') return;
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
  // The window's own Event: an event made by another window's constructor is refused.
  const PageEvent = (win as unknown as typeof globalThis).Event;
  win.dispatchEvent(new PageEvent(DIALOG_REPLAY_EVENT));
}
