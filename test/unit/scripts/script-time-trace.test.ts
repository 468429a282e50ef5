import { describe, expect, it } from 'vitest';
import { scriptTimeInTrace } from '../../../scripts/lib/script-time.mjs';

/**
 * Which of a trace's main-thread events the bench counts as the content script's. Times in
 * milliseconds here (the trace's are microseconds); every trace starts with the script's first
 * evaluation, 1 ms in a task of its own.
 */
const OURS = 'chrome-extension://abcdefghijklmnop/content-scripts/portal.js';
const PAGE = 'https://einv-apisandbox.nic.in/einvapiclient/Scripts/login.js';
const FRAME = 'F1';

type Event = Parameters<typeof scriptTimeInTrace>[0] extends infer T
  ? T extends readonly (infer E)[]
    ? E
    : never
  : never;

const complete = (name: string, from: number, to: number, args: Event['args'] = {}): Event => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: from * 1000,
  dur: (to - from) * 1000,
  args,
});
const instant = (name: string, at: number, data: Record<string, unknown>): Event => ({
  name,
  ph: 'I',
  pid: 1,
  tid: 1,
  ts: at * 1000,
  args: { data: { frame: FRAME, ...data } },
});
const task = (from: number, to: number) => complete('RunTask', from, to);
const call = (from: number, to: number, url = OURS) => complete('FunctionCall', from, to, { data: { url } });
const microtasks = (from: number, to: number) => complete('RunMicrotasks', from, to);
const start = [task(0, 2), complete('EvaluateScript', 0, 1, { data: { url: OURS } })];
const msOf = (...events: Event[]) => scriptTimeInTrace([...start, ...events], 'test page').totalMs;

describe('scriptTimeInTrace', () => {
  it('counts the script’s own evaluation and calls', () => {
    expect(msOf()).toBeCloseTo(1);
    expect(msOf(task(10, 20), call(10, 13))).toBeCloseTo(4);
  });

  it('counts the checkpoint after the script’s callback, not after the page’s', () => {
    expect(msOf(task(10, 20), call(10, 12), microtasks(12, 18))).toBeCloseTo(1 + 2 + 6);
    expect(msOf(task(10, 20), call(10, 12, PAGE), microtasks(12, 18))).toBeCloseTo(1);
  });

  it('takes another script’s callback out of a checkpoint it counts', () => {
    expect(msOf(task(10, 20), call(10, 12), microtasks(12, 18), call(14, 16, PAGE))).toBeCloseTo(1 + 2 + 4);
  });

  it('counts the checkpoint of a task that delivers an answer on an extension message port', () => {
    const delivery = (tag: string) =>
      complete('Receive mojo message', 10, 11, { chrome_mojo_event_info: { mojo_interface_tag: tag } });
    expect(msOf(task(10, 20), delivery('extensions.mojom.MessagePort'), microtasks(11, 15))).toBeCloseTo(1 + 4);
    // Any other message (the page's own traffic) is not the script's.
    expect(msOf(task(10, 20), delivery('blink.mojom.WidgetHost'), microtasks(11, 15))).toBeCloseTo(1);
  });

  it('counts what a timer the script set runs, even when its callback is not the script’s function', () => {
    // setTimeout(resolve): the call has no URL; the continuations it releases are the script's.
    const scheduled = [task(10, 13), call(10, 12), instant('TimerInstall', 11, { timerId: 7 })];
    const fired = [
      task(20, 40),
      complete('TimerFire', 20, 35, { data: { frame: FRAME, timerId: 7 } }),
      call(20, 21, ''),
      microtasks(21, 30),
    ];
    expect(msOf(...scheduled, ...fired)).toBeCloseTo(1 + 2 + 1 + 9);
  });

  it('does not count a timer the page set', () => {
    const pageScheduled = [task(10, 13), call(10, 12, PAGE), instant('TimerInstall', 11, { timerId: 8 })];
    const fired = [
      task(20, 40),
      complete('TimerFire', 20, 35, { data: { frame: FRAME, timerId: 8 } }),
      call(20, 21, ''),
      microtasks(21, 30),
    ];
    expect(msOf(...pageScheduled, ...fired)).toBeCloseTo(1);
  });

  it('follows an animation frame and a timer set from inside a scheduled callback', () => {
    const events = [
      task(10, 13),
      call(10, 12),
      instant('RequestAnimationFrame', 11, { id: 1 }),
      task(20, 30),
      complete('FireAnimationFrame', 20, 29, { data: { frame: FRAME, id: 1 } }),
      call(20, 22, ''),
      instant('TimerInstall', 21, { timerId: 9 }),
      task(40, 50),
      complete('TimerFire', 40, 48, { data: { frame: FRAME, timerId: 9 } }),
      call(40, 41, ''),
      microtasks(41, 45),
    ];
    // The frame's run beyond its call (the browser's own work around it) is not counted.
    expect(msOf(...events)).toBeCloseTo(1 + 2 + 2 + 1 + 4);
  });
});
