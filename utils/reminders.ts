import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * The flows' reminders (Flow.reminder) the user ticked off: shown until then, never again after.
 * Not secret (reminder ids only). Read through a schema: storage is outside the code's control.
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

export async function tickReminder(id: string): Promise<void> {
  const ticked = await readTickedReminders();
  if (!ticked.includes(id)) await tickedRemindersItem.setValue([...ticked, id]);
}
