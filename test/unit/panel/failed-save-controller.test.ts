import { describe, expect, it, vi } from 'vitest';
import { FailedSaveController } from '@/entrypoints/portal.content/failed-save-controller';
import type { FailedSave } from '@/utils/vault/failed-saves';
import { FAILED_SAVE_RECORD as RECORD } from '../failed-save-record';

function controllerAnswering(...answers: FailedSave[][]) {
  const send = vi.fn();
  for (const failed of answers) send.mockResolvedValueOnce({ failed });
  const controller = new FailedSaveController({ id: 'sandbox' }, new AbortController().signal, send as never);
  const drawn = vi.fn();
  controller.subscribe(drawn);
  return { controller, drawn, send };
}

/** Presses not kept, shown on every page of their portal: the panel draws again only for a change. */
describe('FailedSaveController.start', () => {
  it('does not draw the panel again when there are none (nearly every page)', async () => {
    const { controller, drawn, send } = controllerAnswering([]);
    await controller.start();
    expect(send).toHaveBeenCalledWith({ type: 'capture.failed-saves', site: 'sandbox' });
    expect(drawn).not.toHaveBeenCalled();
    expect(controller.getState().failed).toEqual([]);
  });

  it('shows the ones the background keeps, and clears them when they are gone', async () => {
    const { controller, drawn } = controllerAnswering([RECORD], []);
    await controller.start();
    expect(controller.getState().failed).toEqual([RECORD]);
    expect(drawn).toHaveBeenCalledTimes(1);
    await controller.start();
    expect(controller.getState().failed).toEqual([]);
    expect(drawn).toHaveBeenCalledTimes(2);
  });
});
