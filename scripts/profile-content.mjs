#!/usr/bin/env node
// node scripts/profile-content.mjs [--ext DIR] [--runs N] [--top N] [--out FILE]
//
// Where the portal content script spends its main-thread time on load, by V8's sampling CPU
// profiler (CDP Profiler, 50 µs interval), on the pages `npm run bench` loads, in the same order
// (home in a new tab: cold; Login and Registration in the same tab: warm). Prints, per page and
// summed over the runs, the samples under the content script (any frame of content-scripts/*.js
// on the stack) by:
//   - self time of the leaf frame (the function, or the browser's native code it called:
//     style/layout, DOM queries, GC and compiling show up under their own names);
//   - inclusive time of each of the content script's own functions (for a readable picture,
//     build without minifying: `npx wxt build -c scripts/wxt.profile.config.ts` writes to
//     .output/profile-chrome-mv3, then pass --ext .output/profile-chrome-mv3).
// Samples miss compiling the script on a cold load (they show as "(program)"), which the bench's
// trace events count: this is for finding where the time goes, the bench for the figures.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/chromium.mjs';
import { startPracticePortal } from '../practice-portal/server.mjs';
import { EXTENSION_PATH, SANDBOX_URL } from './lib/session.mjs';

const { values: options } = parseArgs({
  options: {
    ext: { type: 'string', default: EXTENSION_PATH },
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '25' },
    /** Also print, for leaf frames whose name contains this, the content-script stacks above them. */
    callers: { type: 'string' },
    out: { type: 'string' },
  },
});
const runs = Number(options.runs);
const top = Number(options.top);

const PAGES = [
  { name: 'home', url: `${SANDBOX_URL}/` },
  { name: 'Login', url: `${SANDBOX_URL}/einvapiclient/Login.aspx` },
  { name: 'Registration', url: `${SANDBOX_URL}/einvapiclient/EncDesc/Registration.aspx` },
];

function recordPanelTime() {
  const record = { panelAt: null };
  Object.defineProperty(window, '__einvBench', { value: record });
  const observer = new MutationObserver(() => {
    if (record.panelAt === null && document.querySelector('einv-assistant[data-step]')) {
      record.panelAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, attributes: true, subtree: true, attributeFilter: ['data-step'] });
}

/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode */

const isOurs = (/** @type {string} */ url) =>
  url.startsWith('chrome-extension://') && url.includes('/content-scripts/');
const frameName = (/** @type {ProfileNode} */ n) => {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  const file = url ? url.split('/').pop() : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
};

/**
 * @param {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} profile
 * @param {{ self: Map<string, number>, inclusive: Map<string, number>, callers: Map<string, number>, total: number }} into
 */
function addProfile(profile, into) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's weight is the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const stack = [];
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) stack.push(byId.get(id));
    if (!stack.some((n) => n && isOurs(n.callFrame.url))) continue;
    into.total += us;
    const leaf = stack[0];
    into.self.set(frameName(leaf), (into.self.get(frameName(leaf)) ?? 0) + us);
    if (options.callers && frameName(leaf).includes(options.callers)) {
      const path = stack
        .filter((n) => n && isOurs(n.callFrame.url))
        .slice(0, 4)
        .map((n) => n.callFrame.functionName || '(anonymous)')
        .join(' < ');
      into.callers.set(path, (into.callers.get(path) ?? 0) + us);
    }
    const seen = new Set();
    for (const n of stack) {
      if (!n || !isOurs(n.callFrame.url)) continue;
      const name = frameName(n);
      if (seen.has(name)) continue;
      seen.add(name);
      into.inclusive.set(name, (into.inclusive.get(name) ?? 0) + us);
    }
  }
}

const portal = await startPracticePortal();
const launched = await launchWithExtension({
  extensionPath: options.ext,
  hostResolverRules: portal.hostResolverRules,
});
const results = Object.fromEntries(
  PAGES.map((p) => [p.name, { self: new Map(), inclusive: new Map(), callers: new Map(), total: 0 }]),
);
try {
  for (let run = 0; run <= runs; run++) {
    const page = await launched.browser.newPage();
    await page.evaluateOnNewDocument(recordPanelTime);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const { name, url } of PAGES) {
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.__einvBench?.panelAt != null, { timeout: 10_000, polling: 20 });
      await new Promise((r) => setTimeout(r, 500));
      const { profile } = await cdp.send('Profiler.stop');
      if (run > 0) addProfile(profile, results[name]); // run 0: warm-up
    }
    await page.close();
  }
} finally {
  await launched.close();
  await portal.close();
}

const ms = (/** @type {number} */ us) => (us / 1000 / runs).toFixed(2).padStart(7);
const report = {};
for (const { name } of PAGES) {
  const r = results[name];
  console.log(`\n=== ${name}: ${ms(r.total)} ms per load sampled under the content script (mean of ${runs})`);
  console.log('  self (leaf frame):');
  for (const [fn, us] of [...r.self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(us)}  ${fn}`);
  console.log('  inclusive (content-script functions):');
  for (const [fn, us] of [...r.inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(us)}  ${fn}`);
  if (options.callers) {
    console.log(`  stacks under "${options.callers}":`);
    for (const [stack, us] of [...r.callers].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${ms(us)}  ${stack}`);
  }
  report[name] = {
    totalMs: r.total / 1000 / runs,
    self: Object.fromEntries([...r.self].map(([k, v]) => [k, v / 1000 / runs])),
    inclusive: Object.fromEntries([...r.inclusive].map(([k, v]) => [k, v / 1000 / runs])),
  };
}
if (options.out) await writeFile(path.resolve(options.out), `${JSON.stringify(report, null, 2)}\n`);
