import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskSlices } from '@/entrypoints/portal.content/task-slices';

/** The content script's start: parts share a task while it is short, else each waits its turn. */
describe('taskSlices', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('runs a part at once while the task has used less than the slice', async () => {
    const { inSlice } = taskSlices(20, now);
    clock = 5;
    const ran: string[] = [];
    const result = inSlice(() => {
      ran.push('read');
      return 'snapshot';
    });
    // Before any timer: the same task.
    expect(ran).toEqual(['read']);
    await expect(result).resolves.toBe('snapshot');
  });

  it('puts a part in a task of its own once the slice is used up, and counts the new task from its start', async () => {
    const { inSlice } = taskSlices(20, now);
    clock = 25;
    const ran: string[] = [];
    const read = inSlice(() => ran.push('read'));
    expect(ran).toEqual([]);
    clock = 40; // the page's tasks ran meanwhile
    await vi.runAllTimersAsync();
    await read;
    expect(ran).toEqual(['read']);
    // 10 ms into the new task: the next part follows at once.
    clock = 50;
    void inSlice(() => ran.push('mount'));
    expect(ran).toEqual(['read', 'mount']);
  });

  it('passes on what a part throws, in either case', async () => {
    const { inSlice } = taskSlices(20, now);
    await expect(
      inSlice(() => {
        throw new Error('at once');
      }),
    ).rejects.toThrow('at once');
    clock = 30;
    const late = inSlice(() => {
      throw new Error('later');
    });
    const seen = expect(late).rejects.toThrow('later');
    await vi.runAllTimersAsync();
    await seen;
  });

  it('inNextTask always waits for a timer, and starts a new task there', async () => {
    const { inSlice, inNextTask } = taskSlices(20, now);
    const ran: string[] = [];
    const read = inNextTask(() => ran.push('read'));
    await Promise.resolve();
    expect(ran).toEqual([]);
    clock = 100;
    await vi.runAllTimersAsync();
    await read;
    expect(ran).toEqual(['read']);
    clock = 110;
    void inSlice(() => ran.push('mount'));
    expect(ran).toEqual(['read', 'mount']);
  });
});
