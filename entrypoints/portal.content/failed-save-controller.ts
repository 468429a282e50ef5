import type { Flow } from '@/utils/engine/flow';
import { sendRequest } from '@/utils/messaging';
import type { FailedSave } from '@/utils/vault/failed-saves';
import { Store } from './store';

type Send = typeof sendRequest;

export interface FailedSaveState {
  /** Earlier presses on this portal whose credentials could not be kept, newest first. */
  failed: FailedSave[];
}

/**
 * Presses whose credentials the assistant could not keep, shown on every page of their portal
 * until the user says they dealt with them: the page that first said so is usually replaced by
 * the portal's answer a moment later (issue 8, item 4). The background keeps them; never a password.
 */
export class FailedSaveController extends Store<FailedSaveState> {
  constructor(
    private readonly flow: Pick<Flow, 'id'>,
    private readonly signal: AbortSignal,
    private readonly send: Send = sendRequest,
  ) {
    super({ failed: [] });
  }

  async start(): Promise<void> {
    try {
      const { failed } = await this.send({ type: 'capture.failed-saves', site: this.flow.id });
      // None, as on nearly every page: nothing to draw again.
      if (!this.signal.aborted && (failed.length > 0 || this.getState().failed.length > 0)) this.set({ failed });
    } catch {
      // No answer: the popup and the toolbar badge still show them.
    }
  }

  /** "I have dealt with it". Only the user's own click counts: a page script's does nothing. */
  acknowledge = async (id: string, event: { isTrusted: boolean }): Promise<void> => {
    if (!event.isTrusted || this.signal.aborted) return;
    const before = this.getState().failed;
    this.set({ failed: before.filter((f) => f.id !== id) });
    try {
      const { acknowledged } = await this.send({ type: 'capture.acknowledge-failed', site: this.flow.id, id });
      if (!acknowledged && !this.signal.aborted) this.set({ failed: before });
    } catch {
      if (!this.signal.aborted) this.set({ failed: before });
    }
  };
}
