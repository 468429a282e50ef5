// How much main-thread time the portal content script costs a page load, from a Chromium trace:
// the measurement `npm run bench` (scripts/bench.mjs, whose header explains the rule) and
// `npm run bench:compare` (scripts/bench-compare.mjs) share.

import { SANDBOX_URL } from './session.mjs';

/**
 * The portal pages the content script runs on, measured in this order in one tab: home first (a
 * new tab: a fresh renderer, "cold"), then Login and Registration ("warm").
 */
export const BENCH_PAGES = [
  { name: 'home', url: `${SANDBOX_URL}/` },
  { name: 'Login', url: `${SANDBOX_URL}/einvapiclient/Login.aspx` },
  { name: 'Registration', url: `${SANDBOX_URL}/einvapiclient/EncDesc/Registration.aspx` },
];

/** How long a traced load goes on after the panel shows its step (the script keeps watching the page). */
export const PANEL_SETTLE_MS = 500;
export const PANEL_TIMEOUT_MS = 10_000;
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  // The scheduler's view of each task ("Receive mojo message" with its interface): which tasks
  // deliver the background's answers to the script.
  'toplevel',
];
/** Trace events that carry the URL of the script they run (see bench.mjs's header). */
export const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule']);

/** @typedef {Window & { __einvBench?: { panelAt: number | null } }} BenchWindow  after recordPanelTime */

/**
 * Main-world script for evaluateOnNewDocument: records when the panel first shows a step.
 * Runs before the page's own scripts; `window.__einvBench.panelAt` is a performance.now() time.
 */
export function recordPanelTime() {
  /** @type {{ panelAt: number | null }} */
  const record = { panelAt: null };
  Object.defineProperty(window, '__einvBench', { value: record });
  const hasStep = () => document.querySelector('einv-assistant[data-step]') !== null;
  const observer = new MutationObserver(() => {
    if (record.panelAt === null && hasStep()) {
      record.panelAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, attributes: true, subtree: true, attributeFilter: ['data-step'] });
}

/**
 * Loads `url` with tracing on: main-thread milliseconds spent running the content script, and its
 * most of that in one task.
 * @param {import('puppeteer').Page} page  with recordPanelTime added
 * @param {string} url
 */
export async function contentScriptMainThread(page, url) {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  let trace;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForPanel(page, url);
    await new Promise((resolve) => setTimeout(resolve, PANEL_SETTLE_MS));
  } finally {
    trace = await page.tracing.stop();
  }
  if (!trace) throw new Error(`Chromium returned no trace for ${url}.`);
  return scriptTimeInTrace(JSON.parse(Buffer.from(trace).toString('utf8')), url);
}

/**
 * @param {import('puppeteer').Page} page
 * @param {string} url
 */
export async function waitForPanel(page, url) {
  try {
    await page.waitForFunction(() => /** @type {BenchWindow} */ (window).__einvBench?.panelAt != null, {
      timeout: PANEL_TIMEOUT_MS,
      polling: 20,
    });
  } catch {
    throw new Error(
      `No panel with a data-step on ${url} within ${PANEL_TIMEOUT_MS} ms: did the content script inject?`,
    );
  }
}

/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: { data?: { url?: string, frame?: string, timerId?: number, id?: number }, fileName?: string, chrome_mojo_event_info?: { mojo_interface_tag?: string } } }} TraceEvent
 */

/**
 * Main-thread milliseconds attributed to the content script in a trace (the rule: bench.mjs's header), and
 * the most of them in one task (a long task if 50 ms or more).
 * @param {{ traceEvents: TraceEvent[] } | TraceEvent[]} trace
 * @param {string} pageUrl  for error messages
 */
export function scriptTimeInTrace(trace, pageUrl) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  /** @param {TraceEvent} e */
  const scriptUrl = (e) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const isContentScript = (/** @type {string} */ url) =>
    url.startsWith('chrome-extension://') && url.includes('/content-scripts/');

  // The extension's content scripts (the portal's guide and the main-world dialog tap) are each
  // evaluated once per document, on the page's renderer main thread. This document's first
  // evaluation: the earliest after the last document's evaluation of the script evaluated last (a
  // trace that held two documents measures the later).
  const evaluations = events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isContentScript(scriptUrl(e)))
    .sort((a, b) => a.ts - b.ts);
  const latest = evaluations[evaluations.length - 1];
  if (!latest) throw new Error(`The trace of ${pageUrl} shows no content script being evaluated.`);
  const sameThread = evaluations.filter((e) => e.pid === latest.pid && e.tid === latest.tid);
  const lastDocumentEnd =
    sameThread.filter((e) => e !== latest && scriptUrl(e) === scriptUrl(latest)).pop()?.ts ?? -Infinity;
  const first = /** @type {TraceEvent} */ (sameThread.find((e) => e.ts > lastDocumentEnd));

  // Only this document's: the trace starts before the navigation, while the last page's copy of
  // the script may still be at work (a cold tab's, say).
  const counted = events
    .filter(
      (e) =>
        e.pid === first.pid &&
        e.tid === first.tid &&
        e.ph === 'X' &&
        e.ts >= first.ts &&
        SCRIPT_EVENTS.has(e.name) &&
        isContentScript(scriptUrl(e)),
    )
    .sort((a, b) => a.ts - b.ts);

  // Promise continuations run after the callback that resolved them, in the task's microtask
  // checkpoint (RunMicrotasks, no URL). Counted too when the checkpoint follows a callback of the
  // content script (a timer, an event: FunctionCall): the last outermost script call before it in
  // its task is the content script's (in a task shared with the page, DOMContentLoaded's
  // listeners, the page's callbacks have theirs; a page's listener run inside the script's own
  // call does not count as last). Another script's callback run inside the checkpoint (a page's
  // MutationObserver, or this bench's own, called for the panel's DOM changes) is taken out.
  // Not after EvaluateScript: the script's own checkpoint is inside it.
  const onThread = (/** @type {TraceEvent} */ e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X';
  const inThisDocument = (/** @type {TraceEvent} */ e) => onThread(e) && e.ts >= first.ts;
  // The task that holds an event: looked for from the last to start at or before it, back (a
  // task nested in another, as a modal dialog's, is found before the one around it).
  const tasks = events.filter((e) => onThread(e) && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const taskOf = (/** @type {TraceEvent} */ e) => {
    for (let i = countBefore(tasks, e.ts, (t) => t.ts, true) - 1; i >= 0; i--) {
      if (e.ts + (e.dur ?? 0) <= tasks[i].ts + (tasks[i].dur ?? 0)) return tasks[i];
    }
    return undefined;
  };
  const otherScripts = events
    .filter((e) => onThread(e) && SCRIPT_EVENTS.has(e.name) && !isContentScript(scriptUrl(e)))
    .sort((a, b) => a.ts - b.ts);
  const allCalls = events
    .filter((e) => onThread(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript'))
    .sort((a, b) => a.ts - b.ts);
  /** @type {TraceEvent[]} */
  const scriptCalls = [];
  for (const c of allCalls) {
    const outer = scriptCalls[scriptCalls.length - 1];
    if (outer && c.ts >= outer.ts && c.ts + (c.dur ?? 0) <= outer.ts + (outer.dur ?? 0)) continue;
    scriptCalls.push(c);
  }
  const followsOurCallback = (/** @type {TraceEvent} */ m) => {
    // Outermost calls do not overlap, so their ends are in order too.
    const last = scriptCalls[countBefore(scriptCalls, m.ts, (c) => c.ts + (c.dur ?? 0), true) - 1];
    const task = taskOf(m);
    return (
      task !== undefined &&
      last !== undefined &&
      last.name === 'FunctionCall' &&
      isContentScript(scriptUrl(last)) &&
      taskOf(last) === task
    );
  };
  const microtasks = events
    .filter((e) => inThisDocument(e) && e.name === 'RunMicrotasks' && followsOurCallback(e))
    .flatMap((e) => withoutOthers(e, otherScripts));

  // The background's answers: a task that delivers a message on an extension message port runs
  // the script's continuations of `sendMessage` in its checkpoint, which follows no callback of the
  // script (the browser's bindings deliver the answer). The bench's browser has this one extension
  // and no page that talks to it (no externally_connectable), so such a port is the script's. The
  // checkpoints after the delivery in its task are counted, less other scripts' callbacks; the
  // delivery itself, the bindings' work, not.
  const checkpoints = events.filter((e) => onThread(e) && e.name === 'RunMicrotasks').sort((a, b) => a.ts - b.ts);
  const answers = events
    .filter((e) => inThisDocument(e) && isExtensionMessageDelivery(e))
    .flatMap((delivery) => {
      const task = taskOf(delivery);
      if (task === undefined) return [];
      const taskEnd = task.ts + (task.dur ?? 0);
      /** @type {TraceEvent[]} */
      const parts = [];
      for (let i = countBefore(checkpoints, delivery.ts, (c) => c.ts); checkpoints[i]?.ts < taskEnd; i++) {
        parts.push(...withoutOthers(checkpoints[i], otherScripts));
      }
      return parts;
    });

  const all = withScheduledCallbacks([...counted, ...microtasks, ...answers], events, first, otherScripts);

  const totalUs = coveredMicroseconds(all);
  // The content script's work per task (its events and that task's microtasks): a long task when
  // 50 ms or more.
  /** @type {Map<TraceEvent | undefined, number>} */
  const perTask = new Map();
  let lastEnd = -Infinity;
  for (const e of all) {
    const end = e.ts + (e.dur ?? 0);
    const own = Math.max(0, end - Math.max(e.ts, lastEnd));
    lastEnd = Math.max(lastEnd, end);
    const task = taskOf(e);
    perTask.set(task, (perTask.get(task) ?? 0) + own);
  }
  const longestUs = Math.max(0, ...perTask.values());
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000 };
}

/** @param {TraceEvent} e */
function isExtensionMessageDelivery(e) {
  return (
    e.name === 'Receive mojo message' &&
    e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.MessagePort'
  );
}

/** Scheduling events (instants), the events that run what they scheduled, and their id's field. */
const SCHEDULED = /** @type {const} */ ([
  { install: 'TimerInstall', cancel: 'TimerRemove', fire: 'TimerFire', id: 'timerId' },
  { install: 'RequestAnimationFrame', cancel: 'CancelAnimationFrame', fire: 'FireAnimationFrame', id: 'id' },
  { install: 'RequestIdleCallback', cancel: 'CancelIdleCallback', fire: 'FireIdleCallback', id: 'id' },
]);

/**
 * `ours` (the script's counted events) and the callbacks of the timers, animation frames and idle
 * callbacks the script asked for, whatever the callback: one that is not the script's own function
 * (`setTimeout(resolve)`) carries no URL, and the continuations it releases would otherwise count
 * for nobody. A request is the script's when made in its counted time in this document. (A page's
 * listener the script's own call ran, a click it dispatched, leaves no event of its own, so a
 * timer it set would count as the script's; see bench.mjs's header. A page's observer in the
 * script's checkpoint has its own event and is taken out of the counted time.) Of a run of
 * such a request, its calls without a URL and its checkpoints count (`runOf`), not the rest of the
 * run (the browser's own work around the callback). What such a run requests is the script's in
 * turn. A request is forgotten once run (unless a repeating timer) or cancelled. Sorted by start.
 * @param {TraceEvent[]} ours
 * @param {TraceEvent[]} events
 * @param {{ pid: number, tid: number }} mainThread  the page's renderer main thread
 * @param {TraceEvent[]} otherScripts  other scripts' calls on that thread, sorted by start
 * @returns {TraceEvent[]}
 */
function withScheduledCallbacks(ours, events, { pid, tid }, otherScripts) {
  /** @typedef {{ key: string, role: 'install' | 'cancel' | 'fire', event: TraceEvent }} Scheduling */
  /** @type {Scheduling[]} */
  const schedulings = [];
  /** @type {TraceEvent[]} */
  const runParts = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'RunMicrotasks')) runParts.push(e);
    for (const kind of SCHEDULED) {
      const role =
        e.name === kind.fire ? 'fire' : e.name === kind.install ? 'install' : e.name === kind.cancel ? 'cancel' : null;
      if (!role || (role === 'fire' && e.ph !== 'X')) continue;
      const data = e.args?.data ?? {};
      schedulings.push({ key: `${kind.install}:${data.frame ?? ''}:${data[kind.id] ?? ''}`, role, event: e });
    }
  }
  runParts.sort((a, b) => a.ts - b.ts);
  // In time order; at the same moment a run first (a request at its start is made inside it).
  schedulings.sort((a, b) => a.event.ts - b.event.ts || Number(b.role === 'fire') - Number(a.role === 'fire'));

  // Whether the script's counted time covers a moment: its events, sorted, with the latest end so
  // far; and the parts of the runs taken on the way (requests come in time order, so the parts of
  // runs over before a request are not needed again).
  const sorted = [...ours].sort((a, b) => a.ts - b.ts);
  /** @type {number[]} */
  const endSoFar = [];
  for (const e of sorted) endSoFar.push(Math.max(endSoFar[endSoFar.length - 1] ?? -Infinity, e.ts + (e.dur ?? 0)));
  /** @type {TraceEvent[]} */
  let runsGoingOn = [];
  const coveredByScript = (/** @type {number} */ ts) => {
    const i = countBefore(sorted, ts, (e) => e.ts, true) - 1;
    if (i >= 0 && endSoFar[i] > ts) return true;
    runsGoingOn = runsGoingOn.filter((e) => e.ts + (e.dur ?? 0) > ts);
    return runsGoingOn.some((e) => e.ts <= ts);
  };
  /** @type {TraceEvent[]} */
  const runs = [];
  /** @type {Map<string, boolean>} the script's requests not yet run, and whether each repeats */
  const requested = new Map();
  for (const { key, role, event } of schedulings) {
    if (role === 'cancel') {
      requested.delete(key);
    } else if (role === 'install') {
      if (coveredByScript(event.ts)) {
        requested.set(key, /** @type {{ singleShot?: boolean }} */ (event.args?.data ?? {}).singleShot === false);
      }
    } else if (requested.has(key)) {
      if (!requested.get(key)) requested.delete(key);
      const parts = runOf(event, runParts, otherScripts);
      runs.push(...parts);
      runsGoingOn.push(...parts);
    }
  }
  return [...sorted, ...runs].sort((a, b) => a.ts - b.ts);
}

/**
 * What counts of the run of a callback the script requested: its calls without a URL (`resolve`;
 * the script's own are counted already, a page's observer is not the script's) and its
 * checkpoints, each less the other scripts' calls inside it (nested parts overlap: each moment is
 * counted once in the end).
 * @param {TraceEvent} run  a TimerFire, FireAnimationFrame or FireIdleCallback
 * @param {TraceEvent[]} runParts  FunctionCall and RunMicrotasks of the thread, sorted by start
 * @param {TraceEvent[]} otherScripts  sorted by start
 */
function runOf(run, runParts, otherScripts) {
  const end = run.ts + (run.dur ?? 0);
  /** @type {TraceEvent[]} */
  const counted = [];
  for (let i = countBefore(runParts, run.ts, (p) => p.ts); runParts[i]?.ts < end; i++) {
    const part = runParts[i];
    if (part.name === 'FunctionCall' && part.args?.data?.url) continue;
    counted.push(...withoutOthers(part, otherScripts));
  }
  return counted;
}

/**
 * How many of `sorted` come before `ts`: `at(item) < ts`, or `<= ts` with `orAt` (binary search).
 * @template T
 * @param {T[]} sorted  in the order of `at`
 * @param {number} ts
 * @param {(item: T) => number} at
 * @param {boolean} [orAt]
 */
function countBefore(sorted, ts, at, orAt = false) {
  let from = 0;
  for (let to = sorted.length; from < to;) {
    const mid = (from + to) >> 1;
    const value = at(sorted[mid]);
    if (value < ts || (orAt && value === ts)) from = mid + 1;
    else to = mid;
  }
  return from;
}

/**
 * The parts of `event` (a microtask checkpoint) outside the other scripts' events inside it.
 * @param {TraceEvent} event
 * @param {TraceEvent[]} others  sorted by start
 * @returns {TraceEvent[]}
 */
function withoutOthers(event, others) {
  const end = event.ts + (event.dur ?? 0);
  /** @type {TraceEvent[]} */
  const parts = [];
  let from = event.ts;
  for (let i = countBefore(others, event.ts, (o) => o.ts); others[i]?.ts < end; i++) {
    const o = others[i];
    if (o === event) continue;
    if (o.ts > from) parts.push({ ...event, ts: from, dur: o.ts - from });
    from = Math.max(from, o.ts + (o.dur ?? 0));
  }
  if (end > from) parts.push({ ...event, ts: from, dur: end - from });
  return parts;
}

/**
 * The time `events` (sorted by start) cover, each moment once: an event nested in an earlier one
 * adds nothing, one that overlaps it without being nested adds only what lies beyond.
 * @param {TraceEvent[]} events
 */
export function coveredMicroseconds(events) {
  let totalUs = 0;
  let coveredUntil = -Infinity;
  for (const e of events) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts >= coveredUntil) totalUs += e.dur ?? 0;
    else if (end > coveredUntil) totalUs += end - coveredUntil;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return totalUs;
}
