#!/usr/bin/env node
// npm run bench:compare -- DIR_A DIR_B [DIR_C …] [--runs N]
//
// Is a change to the content script faster? Two (or more) builds of the extension, each in its
// own headless Chromium, load the same portal pages as `npm run bench` (home in a new tab, then
// Login and Registration in it), one run of each build in turn, the order alternating, and the
// content script's main-thread time is measured the same way as the bench's (scripts/lib/
// script-time.mjs). Prints, per page, each build's median and quartiles and its median's
// difference from the first build's.
//
// Why: one load's figure varies by ±8 ms here (when a garbage collection, or the browser setting
// up an API object, falls), and two `npm run bench` runs minutes apart differ by 2–4 ms in their
// medians with the machine's load. A change worth 1–2 ms shows only side by side, on the same
// machine load, with many runs (default 20: about 2 minutes per build).
//
// Make the builds first, e.g.:
//   git stash && npx wxt build && cp -r .output/chrome-mv3 /tmp/before && git stash pop
//   npx wxt build && npm run bench:compare -- /tmp/before .output/chrome-mv3

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPracticePortal } from '../practice-portal/server.mjs';
import { launchWithExtension } from './lib/chromium.mjs';
import { BENCH_PAGES, contentScriptMainThread, recordPanelTime } from './lib/script-time.mjs';

const USAGE = 'Usage: npm run bench:compare -- DIR_A DIR_B [DIR_C …] [--runs N]';
const { values: options, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '20' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs wants a whole number of at least 1, not "${options.runs}".`);
  process.exit(2);
}
if (dirs.length < 2) {
  console.error(`Two builds or more to compare. ${USAGE}`);
  process.exit(2);
}
for (const dir of dirs) {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`No built extension in ${dir} (manifest.json missing): build it with "npx wxt build" first.`);
    process.exit(2);
  }
}

const portal = await startPracticePortal();
/** @type {{ dir: string, close: () => Promise<void>, browser: import('puppeteer').Browser, ms: number[][] }[]} */
const builds = [];
try {
  for (const dir of dirs) {
    const launched = await launchWithExtension({ extensionPath: dir, hostResolverRules: portal.hostResolverRules });
    builds.push({ dir, ...launched, ms: BENCH_PAGES.map(() => []) });
  }
  console.log(`Loading ${BENCH_PAGES.map((p) => p.name).join(', ')} ${runs} times per build, builds in turn…`);
  // One warm-up run each, not counted (first TLS handshake, Chromium's own caches).
  for (const build of builds) await visit(build, false);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [...builds] : [...builds].reverse();
    for (const build of order) await visit(build, true);
  }
  print();
} finally {
  for (const build of builds) await build.close();
  await portal.close();
}

/**
 * One run: a new tab of `build`'s browser loading every page in turn.
 * @param {(typeof builds)[number]} build
 * @param {boolean} counted
 */
async function visit(build, counted) {
  const page = await build.browser.newPage();
  try {
    await page.evaluateOnNewDocument(recordPanelTime);
    for (let i = 0; i < BENCH_PAGES.length; i++) {
      const { totalMs } = await contentScriptMainThread(page, BENCH_PAGES[i].url);
      if (counted) build.ms[i].push(totalMs);
    }
  } finally {
    await page.close();
  }
}

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

function print() {
  const ms = (/** @type {number} */ n) => n.toFixed(1);
  for (const [i, { name }] of BENCH_PAGES.entries()) {
    console.log(`\n${name} (${i === 0 ? 'cold' : 'warm'}): content script main thread, ms over ${runs} loads`);
    const base = quantile(builds[0].ms[i], 0.5);
    const rows = builds.map((b, k) => {
      const median = quantile(b.ms[i], 0.5);
      return [
        b.dir,
        ms(median),
        `${ms(quantile(b.ms[i], 0.25))}–${ms(quantile(b.ms[i], 0.75))}`,
        k === 0 ? '' : `${median >= base ? '+' : ''}${ms(median - base)}`,
      ];
    });
    const header = ['build', 'median', 'quartiles', 'vs first'];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (/** @type {string[]} */ cells) =>
      cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
  }
  console.log("\nA difference smaller than the gap between a build's quartiles is within this many runs' noise.");
}
