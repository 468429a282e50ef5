import type { Flow, Reminder } from '@/utils/engine/flow';
import { sendRequest } from '@/utils/messaging';
import { Store } from './store';

type Send = typeof sendRequest;

export interface ReminderState {
  /** The flow's reminder while it is not ticked off (null while the tick is being read). */
  reminder: Reminder | null;
}

/**
 * A flow's reminder (something to do elsewhere first) for one page visit: shown above the step
 * until the user ticks it off, which is remembered for good (by the background: content scripts
 * do not reach extension storage).
 */
export class ReminderController extends Store<ReminderState> {
  constructor(
    private readonly flow: Pick<Flow, 'id' | 'reminder'>,
    private readonly signal: AbortSignal,
    private readonly send: Send = sendRequest,
  ) {
    super({ reminder: null });
  }

  /** Shows the reminder unless it was ticked off before. */
  async start(): Promise<void> {
    const { reminder } = this.flow;
    if (!reminder) return;
    let ticked = false;
    try {
      ({ ticked } = await this.send({ type: 'reminder.read', site: this.flow.id, id: reminder.id }));
    } catch {
      // No answer: show it; a reminder shown once too often does no harm.
    }
    if (!this.signal.aborted && !ticked) this.set({ reminder });
  }

  /** The tick box. Only the user's own change counts: a page script's does nothing. */
  tick = async (event: { isTrusted: boolean }): Promise<void> => {
    const { reminder } = this.getState();
    if (!event.isTrusted || !reminder || this.signal.aborted) return;
    this.set({ reminder: null });
    try {
      await this.send({ type: 'reminder.tick', site: this.flow.id, id: reminder.id });
    } catch {
      // Not remembered: it shows again on the next page, where it can be ticked again.
    }
  };
}
