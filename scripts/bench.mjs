#!/usr/bin/env node
// npm run bench [-- --runs N] [-- --no-build] [-- --out FILE]
//
// How heavy is the extension? Prints a table and writes the same numbers to test-results/bench.json.
//
// 1. Sizes, from a production build (`npx wxt build`, unless --no-build): each content script,
//    the popup (popup.html plus every JS/CSS file it loads: <script src>, <link href>, and the
//    chunks those scripts import statically) and the background service worker (plus its static
//    imports). Raw bytes and gzip level 9, in kB (1 kB = 1000 bytes, as `wxt build` prints).
//
// 2. Timing, in headless Chromium with the built extension, on the practice portal's home,
//    Login and Registration pages, N runs (default 15). Each run is one new tab that loads the
//    pages in the order a person visits them: home first (a new tab: a fresh renderer process
//    that compiles the content script from scratch, "cold"), then Login and Registration in the
//    same tab (same renderer: V8 reuses the compiled script, "warm"). One warm-up run is not
//    counted.
//    - "panel after DCL": from DOMContentLoaded to the panel showing its step. A main-world
//      script added with evaluateOnNewDocument watches the document with a MutationObserver
//      (childList + attributes + subtree) and records performance.now() the first time an
//      <einv-assistant> element has a data-step attribute; the bench subtracts the navigation
//      entry's domContentLoadedEventStart (both are on the page's own clock). The content
//      script runs at document_end, right after DOMContentLoaded, so this is the time the
//      panel costs the user on every page load.
//    - "content script main thread": the main-thread time spent running the content script,
//      from a Chromium trace (categories devtools.timeline) of each load, recorded from the
//      navigation until PANEL_SETTLE_MS after the panel shows. It is the sum of the trace
//      events the DevTools Performance panel uses to attribute script work to a file:
//      EvaluateScript (the first run at document_end, including compiling), FunctionCall
//      (callbacks: MutationObserver, timers, events, React's scheduler), v8.compile and
//      v8.compileModule, whose URL is the content script, on the renderer main thread of the
//      page; events nested in another counted event are counted once. It includes style and
//      layout the script forces synchronously, but not the asynchronous style/layout/paint
//      after it changed the DOM. Cross-checked with V8's sampling profiler (trace category
//      disabled-by-default-v8.cpu_profiler, samples with portal.js on the stack): on a warm load
//      both agree within about 1 ms; on a cold load the samples miss compiling and GC (they
//      show up as "(program)"/"(garbage collector)", not under portal.js), which these events
//      include. Events need no sampling, so there is no sampling noise and less overhead.
//      Tracing slows the page a little, so the timing loads and the traced loads are separate.
//
// Whole run: about 50 s on 2 cores with the default 15 runs (build included).

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildExtension, EXTENSION_PATH, ROOT, SANDBOX_URL, withSession } from './lib/session.mjs';

/** The portal pages the content script runs on, measured in this order. */
const PAGES = [
  { name: 'home', url: `${SANDBOX_URL}/` },
  { name: 'Login', url: `${SANDBOX_URL}/einvapiclient/Login.aspx` },
  { name: 'Registration', url: `${SANDBOX_URL}/einvapiclient/EncDesc/Registration.aspx` },
];
/** How long a traced load goes on after the panel shows its step (the script keeps watching the page). */
const PANEL_SETTLE_MS = 500;
const PANEL_TIMEOUT_MS = 10_000;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** Trace events that carry the URL of the script they run (see the comment at the top). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule']);

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'test-results', 'bench.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('Usage: npm run bench [-- --runs N] [-- --no-build] [-- --out FILE]');
  process.exit(0);
}
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs wants a whole number of at least 1, not "${options.runs}".`);
  process.exit(2);
}

try {
  await main();
} catch (err) {
  console.error(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
}

async function main() {
  const started = Date.now();
  if (!options['no-build']) {
    console.log('Building the extension (npx wxt build)…');
    await buildExtension();
  }
  const sizes = await measureSizes(EXTENSION_PATH);
  printSizes(sizes);

  console.log(`\nLoading ${PAGES.map((p) => p.name).join(', ')} ${runs} times each in headless Chromium…`);
  const timing = await withSession({ headless: true }, async (session) => ({
    chromium: await session.browser.version(),
    pages: await measurePages(session, runs),
  }));
  printTiming(timing, runs);

  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    chromium: timing.chromium,
    runs,
    units: { size: 'bytes (table: kB = 1000 bytes)', time: 'milliseconds' },
    sizes,
    pages: timing.pages,
    method: {
      runs: 'each run is a new tab loading home (fresh renderer: cold), then Login and Registration in the same tab (warm); one warm-up run not counted',
      gzip: 'node:zlib gzipSync, level 9, per file, summed',
      panelAfterDcl:
        'performance.now() when <einv-assistant> first has data-step (main-world MutationObserver) minus navigation domContentLoadedEventStart',
      contentScriptMainThread: `sum of outermost ${[...SCRIPT_EVENTS].join('/')} trace events (devtools.timeline) whose URL is the content script, renderer main thread, from navigation until ${PANEL_SETTLE_MS} ms after the panel shows`,
    },
  };
  await mkdir(path.dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\nWrote ${path.relative(process.cwd(), options.out) || options.out} (${((Date.now() - started) / 1000).toFixed(1)} s in all).`,
  );
}

// ---------------------------------------------------------------------------------------------
// 1. Sizes

/**
 * @typedef {object} Bundle
 * @property {string} name
 * @property {string[]} files  Paths relative to the build folder.
 * @property {number} rawBytes
 * @property {number} gzipBytes  Each file gzipped on its own (as a server sends them), summed.
 */

/**
 * @param {string} outDir  The build folder (.output/chrome-mv3).
 * @returns {Promise<{ contentScripts: Bundle[], popup: Bundle, background: Bundle }>}
 */
async function measureSizes(outDir) {
  /** @type {{ action?: { default_popup?: string }, background?: { service_worker?: string, scripts?: string[] } }} */
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'));

  const contentDir = path.join(outDir, 'content-scripts');
  const contentFiles = (await readdir(contentDir)).filter((f) => f.endsWith('.js')).sort();
  if (contentFiles.length === 0) throw new Error(`No content scripts in ${contentDir}.`);
  const contentScripts = await Promise.all(
    contentFiles.map((f) => bundle(outDir, `content script ${f}`, [`content-scripts/${f}`])),
  );

  const popupHtml = manifest.action?.default_popup ?? 'popup.html';
  const popup = await bundle(outDir, `popup (${popupHtml} + assets)`, await filesOfHtml(outDir, popupHtml));

  const worker = manifest.background?.service_worker;
  const backgroundEntries = worker ? [worker] : (manifest.background?.scripts ?? []);
  if (backgroundEntries.length === 0) throw new Error('The manifest names no background script.');
  /** @type {Set<string>} */
  const backgroundFiles = new Set();
  for (const entry of backgroundEntries) await addWithImports(outDir, normalise(entry), backgroundFiles);
  const background = await bundle(outDir, `background (${backgroundEntries.join(', ')})`, [...backgroundFiles]);

  return { contentScripts, popup, background };
}

/**
 * An HTML page and everything it loads up front: <script src>, <link href> (stylesheets,
 * modulepreload), and the static imports of those scripts. Dynamic import() is not followed.
 * @param {string} outDir
 * @param {string} htmlFile  relative to outDir
 * @returns {Promise<string[]>}
 */
async function filesOfHtml(outDir, htmlFile) {
  const html = await readFile(path.join(outDir, htmlFile), 'utf8');
  /** @type {Set<string>} */
  const files = new Set([htmlFile]);
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]),
  ];
  for (const ref of refs) {
    const file = resolveRef(htmlFile, ref);
    if (file) await addWithImports(outDir, file, files);
  }
  return [...files];
}

/**
 * Adds `file` and, for JavaScript, the files it imports statically (recursively) to `files`.
 * Bundled output imports chunks as `import{a as b}from"./chunk-x.js"`, `import"./x.js"` or
 * `export{…}from"./x.js"`.
 * @param {string} outDir
 * @param {string} file  relative to outDir
 * @param {Set<string>} files
 */
async function addWithImports(outDir, file, files) {
  if (files.has(file)) return;
  files.add(file);
  if (!/\.m?js$/.test(file)) return;
  const code = await readFile(path.join(outDir, file), 'utf8');
  const staticImports = code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g);
  for (const [, specifier] of staticImports) {
    const imported = resolveRef(file, specifier);
    if (imported && !files.has(imported)) await addWithImports(outDir, imported, files);
  }
}

/**
 * A reference from `fromFile` (relative to the build folder) to a file in the build, or null for
 * anything else (bare module names, other origins, data: URLs).
 * @param {string} fromFile
 * @param {string} ref
 */
function resolveRef(fromFile, ref) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
  if (ref.startsWith('/')) return normalise(ref);
  if (ref.startsWith('./') || ref.startsWith('../'))
    return normalise(path.posix.join(path.posix.dirname(fromFile), ref));
  return null;
}

/** @param {string} ref */
function normalise(ref) {
  return path.posix.normalize(ref.split(/[?#]/)[0]).replace(/^\/+/, '');
}

/**
 * @param {string} outDir
 * @param {string} name
 * @param {string[]} files
 * @returns {Promise<Bundle>}
 */
async function bundle(outDir, name, files) {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(outDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { name, files, rawBytes, gzipBytes };
}

/** @param {Awaited<ReturnType<typeof measureSizes>>} sizes */
function printSizes(sizes) {
  const kB = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);
  const rows = [...sizes.contentScripts, sizes.popup, sizes.background].map((b) => [
    b.name,
    String(b.files.length),
    kB(b.rawBytes),
    kB(b.gzipBytes),
  ]);
  console.log(`\nSizes of the production build (${path.relative(process.cwd(), EXTENSION_PATH)})`);
  printTable(['bundle', 'files', 'raw kB', 'gzip kB'], rows);
  const popupFiles = sizes.popup.files.join(', ');
  console.log(`popup files: ${popupFiles}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Timing

/**
 * Main-world script for evaluateOnNewDocument: records when the panel first shows a step.
 * Runs before the page's own scripts; `window.__einvBench.panelAt` is a performance.now() time.
 */
/** @typedef {Window & { __einvBench?: { panelAt: number | null } }} BenchWindow  after recordPanelTime */

function recordPanelTime() {
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
 * @typedef {object} Stats
 * @property {number} median
 * @property {number} p90
 * @property {number} min
 * @property {number} max
 * @property {number[]} samples
 */

/**
 * @param {import('./lib/session.mjs').Session} session
 * @param {number} runs
 */
async function measurePages(session, runs) {
  /** @type {Record<string, { panel: number[], mainThread: number[] }>} */
  const samples = Object.fromEntries(PAGES.map((p) => [p.name, { panel: [], mainThread: [] }]));

  // Warm-up, not counted (first TLS handshake, disk cache of Chromium's own resources).
  await visitPages(session, timeToPanel);

  for (let run = 0; run < runs; run++) {
    const panel = await visitPages(session, timeToPanel);
    PAGES.forEach((p, i) => samples[p.name].panel.push(panel[i]));
  }
  for (let run = 0; run < runs; run++) {
    const mainThread = await visitPages(session, contentScriptMainThread);
    PAGES.forEach((p, i) => samples[p.name].mainThread.push(mainThread[i]));
  }

  return PAGES.map((p, i) => ({
    page: p.name,
    url: p.url,
    renderer: i === 0 ? 'new tab (cold)' : 'same tab (warm)',
    panelAfterDclMs: stats(samples[p.name].panel),
    contentScriptMainThreadMs: stats(samples[p.name].mainThread),
  }));
}

/**
 * One run: a new tab that loads every page of PAGES in turn, measuring each with `measure`.
 * @param {import('./lib/session.mjs').Session} session
 * @param {(page: import('puppeteer').Page, url: string) => Promise<number>} measure
 * @returns {Promise<number[]>} one number per page
 */
async function visitPages(session, measure) {
  const page = await session.browser.newPage();
  try {
    await page.evaluateOnNewDocument(recordPanelTime);
    /** @type {number[]} */
    const results = [];
    for (const { url } of PAGES) results.push(await measure(page, url));
    return results;
  } finally {
    await page.close();
  }
}

/**
 * Loads `url`: milliseconds from DOMContentLoaded to the panel showing its step.
 * @param {import('puppeteer').Page} page  with recordPanelTime added
 * @param {string} url
 */
async function timeToPanel(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForPanel(page, url);
  return page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
    const panelAt = /** @type {BenchWindow} */ (window).__einvBench?.panelAt ?? NaN; // waitForPanel saw it set
    return panelAt - nav.domContentLoadedEventStart;
  });
}

/**
 * Loads `url` with tracing on: main-thread milliseconds spent running the content script.
 * @param {import('puppeteer').Page} page  with recordPanelTime added
 * @param {string} url
 */
async function contentScriptMainThread(page, url) {
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
async function waitForPanel(page, url) {
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
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: { data?: { url?: string }, fileName?: string } }} TraceEvent
 */

/**
 * Main-thread milliseconds attributed to the content script in a trace (see the top comment).
 * @param {{ traceEvents: TraceEvent[] } | TraceEvent[]} trace
 * @param {string} pageUrl  for error messages
 */
function scriptTimeInTrace(trace, pageUrl) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  /** @param {TraceEvent} e */
  const scriptUrl = (e) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const isContentScript = (/** @type {string} */ url) =>
    url.startsWith('chrome-extension://') && url.includes('/content-scripts/');

  // The page's renderer main thread is where the content script was first evaluated.
  const first = events.find((e) => e.name === 'EvaluateScript' && isContentScript(scriptUrl(e)));
  if (!first) throw new Error(`The trace of ${pageUrl} shows no content script being evaluated.`);

  const counted = events
    .filter(
      (e) =>
        e.pid === first.pid &&
        e.tid === first.tid &&
        e.ph === 'X' &&
        SCRIPT_EVENTS.has(e.name) &&
        isContentScript(scriptUrl(e)),
    )
    .sort((a, b) => a.ts - b.ts);

  let totalUs = 0;
  let coveredUntil = -Infinity;
  for (const e of counted) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts >= coveredUntil) {
      totalUs += e.dur ?? 0;
      coveredUntil = end;
    } else if (end > coveredUntil) {
      // Overlaps the previous counted event without being nested in it: count only the rest.
      totalUs += end - coveredUntil;
      coveredUntil = end;
    }
  }
  return totalUs / 1000;
}

/**
 * @param {number[]} values
 * @returns {Stats}
 */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (/** @type {number} */ n) => Math.round(n * 100) / 100;
  return {
    median: round(median),
    p90: round(at(0.9)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    samples: values.map(round),
  };
}

/**
 * @param {{ chromium: string, pages: { page: string, renderer: string, panelAfterDclMs: Stats, contentScriptMainThreadMs: Stats }[] }} timing
 * @param {number} runs
 */
function printTiming(timing, runs) {
  const ms = (/** @type {number} */ n) => n.toFixed(1);
  console.log(`\nOn the practice portal, ${timing.chromium} headless, ${runs} runs per page (ms)`);
  printTable(
    ['page', 'renderer', 'panel after DCL median', 'p90', 'content script main thread median', 'p90'],
    timing.pages.map((p) => [
      p.page,
      p.renderer,
      ms(p.panelAfterDclMs.median),
      ms(p.panelAfterDclMs.p90),
      ms(p.contentScriptMainThreadMs.median),
      ms(p.contentScriptMainThreadMs.p90),
    ]),
  );
}

/**
 * Prints rows under a header, first column left-aligned, the others right-aligned.
 * @param {string[]} header
 * @param {string[][]} rows
 */
function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
