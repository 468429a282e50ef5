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
/** A call (of the script unless `url` says whose) at 10–12 ms that asks for timer `timerId` at 11. */
const requestsTimer = (timerId: number, url = OURS) => [
  task(10, 13),
  call(10, 12, url),
  instant('TimerInstall', 11, { timerId }),
];
/** Timer `timerId` runs at `at`: a 1 ms call (no URL unless given), then a checkpoint until `until`. */
const timerRuns = (at: number, timerId: number, until: number, url = '', frame = FRAME) => [
  task(at, at + 20),
  complete('TimerFire', at, at + 19, { data: { frame, timerId } }),
  call(at, at + 1, url),
  microtasks(at + 1, until),
];

describe('scriptTimeInTrace', () => {
  it('counts the script’s own evaluation and calls', () => {
    expect(msOf()).toBeCloseTo(1);
    expect(msOf(task(10, 20), call(10, 13))).toBeCloseTo(4);
  });

  it('counts the checkpoint after the script’s callback, not after the page’s', () => {
    expect(msOf(task(10, 20), call(10, 12), microtasks(12, 18))).toBeCloseTo(1 + 2 + 6);
    expect(msOf(task(10, 20), call(10, 12, PAGE), microtasks(12, 18))).toBeCloseTo(1);
  });

  it('does not count a checkpoint after the script’s first evaluation, nor one in a later task', () => {
    // The evaluation's own checkpoint is inside it; a later task's checkpoint with no call
    // before it in that task follows nothing of the script's.
    expect(msOf(microtasks(1, 1.5))).toBeCloseTo(1);
    expect(msOf(task(10, 13), call(10, 12), task(20, 30), microtasks(20, 25))).toBeCloseTo(1 + 2);
  });

  it('takes another script’s callback out of a checkpoint it counts', () => {
    expect(msOf(task(10, 20), call(10, 12), microtasks(12, 18), call(14, 16, PAGE))).toBeCloseTo(1 + 2 + 4);
  });

  describe('a task that delivers an answer on an extension message port', () => {
    const delivery = (tag = 'extensions.mojom.MessagePort', at = 10) =>
      complete('Receive mojo message', at, at + 1, { chrome_mojo_event_info: { mojo_interface_tag: tag } });

    it('counts the checkpoint after the delivery', () => {
      expect(msOf(task(10, 20), delivery(), microtasks(11, 15))).toBeCloseTo(1 + 4);
    });

    it('does not count the page’s own messages', () => {
      expect(msOf(task(10, 20), delivery('blink.mojom.WidgetHost'), microtasks(11, 15))).toBeCloseTo(1);
    });

    it('counts neither a checkpoint before the delivery nor one in a later task', () => {
      expect(
        msOf(task(10, 20), microtasks(10, 12), delivery(undefined, 12), task(30, 40), microtasks(30, 35)),
      ).toBeCloseTo(1);
    });

    it('takes another script’s callback out of the checkpoint', () => {
      expect(msOf(task(10, 20), delivery(), microtasks(11, 17), call(12, 14, PAGE))).toBeCloseTo(1 + 4);
    });

    it('counts nothing for a delivery outside any task', () => {
      // Nor for a checkpoint outside any task either.
      expect(msOf(delivery(undefined, 50), microtasks(60, 65))).toBeCloseTo(1);
    });
  });

  it('counts what a timer the script set runs, even when its callback is not the script’s function', () => {
    // setTimeout(resolve): the call has no URL; the continuations it releases are the script's.
    expect(msOf(...requestsTimer(7), ...timerRuns(20, 7, 30))).toBeCloseTo(1 + 2 + 1 + 9);
  });

  it('takes a page’s observer out of the checkpoint of a timer the script set', () => {
    const observer = call(23, 27, PAGE);
    expect(msOf(...requestsTimer(7), ...timerRuns(20, 7, 29, OURS), observer)).toBeCloseTo(1 + 2 + 1 + 4);
    // The same with a callback without a URL.
    expect(msOf(...requestsTimer(7), ...timerRuns(20, 7, 29), observer)).toBeCloseTo(1 + 2 + 1 + 4);
  });

  it('does not count a timer a page’s observer set in the checkpoint of a timer the script set', () => {
    const observerRequests = [call(22, 24, PAGE), instant('TimerInstall', 23, { timerId: 9 })];
    const pageRun = timerRuns(50, 9, 56, PAGE);
    // The script's run less the page's observer; not the page's timer.
    expect(msOf(...requestsTimer(7), ...timerRuns(20, 7, 27), ...observerRequests, ...pageRun)).toBeCloseTo(
      1 + 2 + 1 + 4,
    );
  });

  it('counts nothing of the last document, not even a timer whose id comes back in this one', () => {
    // Requested by the script on the last page (before this document's first run of it), and
    // never run there: the trace starts before the navigation.
    const lastDocument = [
      task(-10, -5),
      complete('EvaluateScript', -10, -9.5, { data: { url: OURS } }),
      call(-9, -8),
      instant('TimerInstall', -8.5, { timerId: 4 }),
      microtasks(-8, -6),
    ];
    const fired = timerRuns(20, 4, 27);
    // Nor the last document's call itself, nor its answers: only this document's first run.
    const lastAnswer = [
      task(-4, -2),
      complete('Receive mojo message', -4, -3.5, {
        chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.MessagePort' },
      }),
      microtasks(-3.5, -2.5),
    ];
    expect(scriptTimeInTrace([...lastDocument, ...lastAnswer, ...start, ...fired], 'test page').totalMs).toBeCloseTo(1);
  });

  it('forgets a request once run or cancelled, and keeps a repeating timer', () => {
    const fire = (at: number, timerId: number, url = '') => timerRuns(at, timerId, at + 3, url);
    const requests = [
      task(10, 13),
      call(10, 12),
      instant('TimerInstall', 10.5, { timerId: 1, singleShot: true }),
      instant('TimerInstall', 11, { timerId: 2, singleShot: false }),
      instant('TimerInstall', 11.5, { timerId: 3 }),
      instant('TimerRemove', 11.8, { timerId: 3 }),
    ];
    // 3 was cancelled before it ran; 1 runs once (a later run of the same id, the page's own
    // callback, is not the script's); 2 repeats.
    const runs = [...fire(20, 3), ...fire(40, 1), ...fire(60, 2), ...fire(80, 2), ...fire(100, 1, PAGE)];
    expect(msOf(...requests, ...runs)).toBeCloseTo(1 + 2 + 3 + 3 + 3);
  });

  it('does not count a timer of another frame on the same thread with the same id', () => {
    expect(msOf(...requestsTimer(7), ...timerRuns(20, 7, 30, '', 'F2'))).toBeCloseTo(1 + 2);
  });

  it('measures the later document when the trace holds two, from its first content script', () => {
    const dialogTap = 'chrome-extension://abcdefghijklmnop/content-scripts/einv-assistant-dialog-tap.js';
    const earlier = [task(-20, -10), complete('EvaluateScript', -20, -19, { data: { url: OURS } }), call(-15, -11)];
    const later = [task(-1, 0.5), complete('EvaluateScript', -1, -0.5, { data: { url: dialogTap } })];
    // The tap's evaluation in this document counts; nothing of the earlier one does. (Listed out
    // of time order, as a trace may be.)
    expect(msOf(...later, ...earlier)).toBeCloseTo(0.5 + 1);
  });

  it('takes only complete events as runs', () => {
    // A run written as a begin event (no duration) is not one; the request waits for its run.
    const begin = { ...complete('TimerFire', 20, 20, { data: { frame: FRAME, timerId: 7 } }), ph: 'B' };
    expect(msOf(...requestsTimer(7), begin, ...timerRuns(40, 7, 45))).toBeCloseTo(1 + 2 + 1 + 4);
  });

  it('does not count a timer the page set', () => {
    expect(msOf(...requestsTimer(8, PAGE), ...timerRuns(20, 8, 30))).toBeCloseTo(1);
  });

  it('follows an animation frame and a timer set from inside a scheduled callback', () => {
    const events = [
      task(10, 13),
      call(10, 12),
      instant('RequestAnimationFrame', 11, { id: 1 }),
      task(20, 30),
      // At the run's very start, and listed first: the run is taken before a request of the
      // same moment.
      instant('TimerInstall', 20, { timerId: 9 }),
      complete('FireAnimationFrame', 20, 29, { data: { frame: FRAME, id: 1 } }),
      call(20, 22, ''),
      task(40, 50),
      complete('TimerFire', 40, 48, { data: { frame: FRAME, timerId: 9 } }),
      call(40, 41, ''),
      microtasks(41, 45),
    ];
    // The frame's run beyond its call (the browser's own work around it) is not counted.
    expect(msOf(...events)).toBeCloseTo(1 + 2 + 2 + 1 + 4);
  });
});
