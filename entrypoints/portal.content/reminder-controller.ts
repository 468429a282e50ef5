import type { Flow, Reminder } from '@/utils/engine/flow';
import { readTickedReminders, tickReminder } from '@/utils/reminders';
import { Store } from './store';

export interface ReminderState {
  /** The flow's reminder while it is not ticked off (null while the tick is being read). */
  reminder: Reminder | null;
}

/**
 * A flow's reminder (something to do elsewhere first) for one page visit: shown above the step
 * until the user ticks it off, which is remembered for good.
 */
export class ReminderController extends Store<ReminderState> {
  constructor(
    private readonly flow: Pick<Flow, 'reminder'>,
    private readonly signal: AbortSignal,
  ) {
    super({ reminder: null });
  }

  /** Shows the reminder unless it was ticked off before. */
  async start(): Promise<void> {
    const { reminder } = this.flow;
    if (!reminder) return;
    let ticked: string[] = [];
    try {
      ticked = await readTickedReminders();
    } catch {
      // Storage unreadable: show it; a reminder shown once too often does no harm.
    }
    if (!this.signal.aborted && !ticked.includes(reminder.id)) this.set({ reminder });
  }

  /** The tick box. Only the user's own change counts: a page script's does nothing. */
  tick = async (event: { isTrusted: boolean }): Promise<void> => {
    const { reminder } = this.getState();
    if (!event.isTrusted || !reminder || this.signal.aborted) return;
    this.set({ reminder: null });
    try {
      await tickReminder(reminder.id);
    } catch {
      // Not remembered: it shows again on the next page, where it can be ticked again.
    }
  };
}
