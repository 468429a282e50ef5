#!/usr/bin/env node
// npm run smoke:firefox [-- --no-build]
//
// Checks that the Firefox build works: builds it (wxt build -b firefox), checks it holds nothing
// Chrome-only (scripts/lib/store-builds.mjs), loads it into Firefox ESR through WebDriver BiDi, and
// walks the sandbox registration, production's Create API User and then GSTZen (the kept sets
// filled into its login form, the test invoices deleted) on the practice portal (every markup
// variant), as `npm run demo` does in Chromium, down to the panel confirming the capture (which
// goes through the background's vault). CI runs it after `npm test` (.ci/run); it is not part of
// `npm test`, because it needs Firefox (Debian: `apt-get install firefox-esr`, or FIREFOX_PATH)
// and port 443 (so root), Firefox having no way to map a host name to another port: every host
// name is resolved to 127.0.0.1 instead. Without a Firefox it fails at once, saying what to
// install. WebDriver BiDi cannot open moz-extension:// pages, so the popup is not checked here.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer';
import { SANDBOX_VARIANTS } from '../practice-portal/sandbox-controls.mjs';
import { startPracticePortal } from '../practice-portal/server.mjs';
import { buildExtension, ROOT, SANDBOX_URL } from './lib/session.mjs';
import { walkSandbox } from './lib/walk-sandbox.mjs';
import { walkProductionGuided } from './lib/walk-production-guided.mjs';
import { PRODUCTION_VARIANTS } from '../practice-portal/production-controls.mjs';
import { GSTZEN_VARIANTS } from '../practice-portal/gstzen-controls.mjs';
import { deleteTestInvoicesGuided, loginThroughGstzenGuided } from './lib/walk-gstzen-guided.mjs';
import { DEMO_USER } from './lib/walk-sandbox.mjs';
import { findFirefox } from './lib/firefox.mjs';
import { firefoxBuildProblems, readBuild } from './lib/store-builds.mjs';

const FIREFOX_BUILD = path.join(ROOT, '.output', 'firefox-mv2');

const { values: options } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

const startedAt = Date.now();
const profile = mkdtempSync(path.join(tmpdir(), 'einv-firefox-'));
/** @type {Awaited<ReturnType<typeof startPracticePortal>> | undefined} */
let portal;
/** @type {import('puppeteer').Browser | undefined} */
let browser;
try {
  const executablePath = findFirefox();
  if (!options['no-build']) await buildExtension('firefox');
  const { files, manifest } = await readBuild(FIREFOX_BUILD).catch(() => {
    throw new Error(`No Firefox build in ${path.relative(ROOT, FIREFOX_BUILD)}: run without --no-build.`);
  });
  const problems = firefoxBuildProblems(files, manifest);
  if (problems.length) throw new Error(`The Firefox build is not right: ${problems.join('; ')}.`);
  portal = await startPracticePortal({ port: 443 }).catch((err) => {
    throw new Error(
      `The practice portal could not listen on port 443 (run as root?): ${err instanceof Error ? err.message : String(err)}`,
    );
  });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true, // the practice portal's self-signed certificate
    userDataDir: profile,
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
  });
  const addonId = await browser.installExtension(FIREFOX_BUILD);
  console.log(`${await browser.version()}: installed ${addonId} from ${path.relative(ROOT, FIREFOX_BUILD)}`);
  // Every markup variant of the replica, each on a fresh portal (the same GSTIN registers each time).
  for (const variant of SANDBOX_VARIANTS) {
    portal.reset();
    console.log(`${variant}:`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await walkSandbox(page, {
      sandboxUrl: SANDBOX_URL,
      variant,
      atStep: (stepId) => {
        console.log(`  ✓ ${stepId}`);
        return Promise.resolve();
      },
    });
    await page.close();
  }
  // Production: its answer is a native alert (base, prefilled) or an in-page dialog (addon); the
  // walk ends with the panel confirming the API_ name, which needs Firefox's dialog tap.
  for (const variant of PRODUCTION_VARIANTS) {
    portal.reset();
    console.log(`production ${variant}:`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await walkProductionGuided(page, {
      productionUrl: 'https://einvoice1.gst.gov.in',
      variant,
      atStep: (stepId) => {
        console.log(`  ✓ ${stepId}`);
        return Promise.resolve();
      },
    });
    await page.close();
  }
  // GSTZen, with the sets kept above: the sandbox user filled in, the test invoices deleted, the
  // production user filled in (the form then says Production), on each markup.
  for (const variant of GSTZEN_VARIANTS) {
    portal.reset();
    console.log(`gstzen ${variant}:`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    /** @param {string} stepId */
    const atStep = (stepId) => {
      console.log(`  ✓ ${stepId}`);
      return Promise.resolve();
    };
    await loginThroughGstzenGuided(page, { gstin: DEMO_USER.gstin, env: 'sandbox', variant, atStep });
    await deleteTestInvoicesGuided(page, { gstin: DEMO_USER.gstin, variant, atStep });
    await loginThroughGstzenGuided(page, { gstin: DEMO_USER.gstin, env: 'production', variant, atStep });
    await page.close();
  }
  console.log(
    `Firefox walked the sandbox registration on ${SANDBOX_VARIANTS.length}, production's Create API User on ${PRODUCTION_VARIANTS.length} and GSTZen's login and deletion on ${GSTZEN_VARIANTS.length} replica variants with the extension (${((Date.now() - startedAt) / 1000).toFixed(1)} s).`,
  );
} catch (err) {
  console.error(`\nFirefox smoke test failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await portal?.close();
  rmSync(profile, { recursive: true, force: true });
}
