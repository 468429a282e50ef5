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

  /** Whether `inSlice` runs its part in the caller's task (before any timer) at the clock's time `at`. */
  function runsAtOnce(inSlice: ReturnType<typeof taskSlices>['inSlice'], at: number): boolean {
    clock = at;
    let ran = false;
    void inSlice(() => (ran = true));
    return ran;
  }

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
    expect(runsAtOnce(inSlice, 50)).toBe(true);
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
    expect(runsAtOnce(inSlice, 110)).toBe(true);
  });

  it('counts from taskStarted: an event handler is a task of its own', () => {
    const { inSlice, taskStarted } = taskSlices(20, now);
    // Long after the script's first run, DOMContentLoaded came: a new task.
    expect(runsAtOnce(inSlice, 100)).toBe(false);
    taskStarted();
    expect(runsAtOnce(inSlice, 105)).toBe(true);
  });
});
