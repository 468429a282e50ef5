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
/** @type {ReturnType<typeof parseOptions>} */
let parsed;
try {
  parsed = parseOptions();
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
const { values: options, positionals: dirs } = parsed;
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
  // Each build goes first, last and in between equally often (over a multiple of the builds'
  // number of runs), so none always follows another's load.
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < builds.length; k++) await visit(builds[(k + run) % builds.length], true);
  }
  print();
} finally {
  // Every browser is closed, and the portal, even when one of them fails to.
  await Promise.allSettled(builds.map((build) => build.close()));
  await portal.close();
}

/** The command line's builds and options (throws on an unknown option). */
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
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

/**
 * How far the difference of two medians could be from this one by chance: a 95% bootstrap
 * interval (each build's loads drawn again with replacement, 2000 times).
 * @param {number[]} a @param {number[]} b
 * @returns {[number, number]}
 */
function medianDifferenceInterval(a, b) {
  const draw = (/** @type {number[]} */ values) => values.map(() => values[Math.floor(Math.random() * values.length)]);
  const differences = Array.from({ length: 2000 }, () => quantile(draw(b), 0.5) - quantile(draw(a), 0.5));
  return [quantile(differences, 0.025), quantile(differences, 0.975)];
}

function print() {
  // Rounded first: a tiny negative figure reads 0.0, not -0.0.
  const ms = (/** @type {number} */ n) => (Math.round(n * 10) / 10 || 0).toFixed(1);
  const signed = (/** @type {number} */ n) => `${Math.round(n * 10) > 0 ? '+' : ''}${ms(n)}`;
  for (const [i, { name }] of BENCH_PAGES.entries()) {
    console.log(`\n${name} (${i === 0 ? 'cold' : 'warm'}): content script main thread, ms over ${runs} loads`);
    const base = quantile(builds[0].ms[i], 0.5);
    const rows = builds.map((b, k) => {
      const median = quantile(b.ms[i], 0.5);
      return [
        b.dir,
        ms(median),
        `${ms(quantile(b.ms[i], 0.25))}–${ms(quantile(b.ms[i], 0.75))}`,
        k === 0 ? '' : signed(median - base),
        k === 0 ? '' : medianDifferenceInterval(builds[0].ms[i], b.ms[i]).map(signed).join(' to '),
      ];
    });
    const header = ['build', 'median', 'quartiles', 'vs first', '95% interval'];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (/** @type {string[]} */ cells) =>
      cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
  }
  console.log('\nQuartiles: how one load varies. 95% interval: where the difference of the medians may lie by chance');
  console.log('(bootstrap); one that spans 0 is not a difference these runs can tell from noise.');
}
