import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * The flows' reminders (Flow.reminder) the user ticked off: shown until then, never again after.
 * Not secret (reminder ids only). Read through a schema: storage is outside the code's control.
 *
 * Background only: the panel asks through the reminder.read and reminder.tick messages, since
 * content scripts do not reach extension storage (limited to trusted contexts in Chrome).
 */
export const tickedRemindersItem = storage.defineItem<string[]>('local:ticked-reminders', {
  fallback: [],
  version: 1,
});

const tickedSchema = z.array(z.string().check(z.maxLength(100)));

/** The ids ticked so far; anything else stored there counts as none. */
export async function readTickedReminders(): Promise<string[]> {
  const parsed = tickedSchema.safeParse(await tickedRemindersItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** At most this many ids are remembered (the flows have one reminder each; a page cannot grow it). */
export const MAX_TICKED_REMINDERS = 50;

export async function tickReminder(id: string): Promise<void> {
  const ticked = await readTickedReminders();
  if (!ticked.includes(id)) await tickedRemindersItem.setValue([...ticked, id].slice(-MAX_TICKED_REMINDERS));
}
