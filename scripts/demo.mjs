#!/usr/bin/env node
// npm run demo [-- --headless] [-- --out DIR] [-- --variant NAME]
//
// Starts the practice portal (a replica of https://einv-apisandbox.nic.in/ served locally under
// the real host name) and Chromium with the built extension (`npm run demo` builds it first).
//
// - With a display and without --headless: opens the browser on the portal so you can follow
//   the panel yourself, and runs until the browser is closed or Ctrl-C.
// - Without a display, or with --headless: walks the whole sandbox registration as a person
//   would (the panel's button for the safe steps; typing and pressing Validate, Send OTP,
//   Submit and Create "by hand") and writes one screenshot per step to demo-screenshots/
//   (or --out DIR).
// - --variant NAME: one of the practice portal's markup variants (practice-portal/README.md),
//   starting at its Login page; base (the help document's page) by default.

import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SANDBOX_URL, withSession } from './lib/session.mjs';
import { DEMO_USER, walkSandbox } from './lib/walk-sandbox.mjs';
import { SANDBOX_VARIANTS, variantLoginPath } from '../practice-portal/sandbox-controls.mjs';

const PORTAL_VIEWPORT = { width: 1280, height: 900 };
/** The popup's body is 380 px wide; the screenshot takes its whole height. */
const POPUP_VIEWPORT = { width: 380, height: 600 };
const TIMEOUT_MS = 10_000;

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'demo-screenshots') },
    variant: { type: 'string', default: 'base' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(`Usage: npm run demo [-- --headless] [-- --out DIR] [-- --variant ${SANDBOX_VARIANTS.join('|')}]`);
  process.exit(0);
}
const variant = /** @type {import('../practice-portal/sandbox-controls.mjs').SandboxVariant} */ (options.variant);
if (!(/** @type {readonly string[]} */ (SANDBOX_VARIANTS)).includes(variant)) {
  console.error(`--variant wants one of ${SANDBOX_VARIANTS.join(', ')}, got "${variant}".`);
  process.exit(2);
}
const startUrl = `${SANDBOX_URL}${variant === 'base' ? '/' : variantLoginPath(variant)}`;

const headless = options.headless || !process.env.DISPLAY;
try {
  if (headless) await walkthrough(path.resolve(options.out));
  else await interactive();
} catch (err) {
  console.error(`\ndemo failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// With a display: the user follows the panel.

async function interactive() {
  await withSession(
    { headless: false, args: [`--window-size=${PORTAL_VIEWPORT.width},${PORTAL_VIEWPORT.height + 120}`] },
    async ({ browser, popupUrl }) => {
      // Puppeteer emulates an 800×600 viewport in every tab it knows of; let tabs follow the window.
      browser.on('targetcreated', async (target) => {
        const page = await target.page().catch(() => null);
        await page?.setViewport(null).catch(() => {});
      });
      const [first] = await browser.pages();
      const page = first ?? (await browser.newPage());
      await page.setViewport(null);
      await page.goto(startUrl);

      console.log(`
Chromium is open on the practice portal (${startUrl}, served from this computer) with the
extension loaded.

  - Follow the panel in the bottom corner of the page: it says which step you are on; its button
    does the safe part of a step for you.
  - The practice captcha and OTP are shown on the page (the "phone" below the form): type them
    yourself, as on the real portal.
  - Try a GSTIN such as ${DEMO_USER.gstin}; invent a mobile number, e-mail, username and password.
  - The extension's popup (kept credentials) is also at ${popupUrl}

Close the browser or press Ctrl-C to stop.`);

      await new Promise((resolve) => browser.once('disconnected', resolve));
      console.log('The browser was closed.');
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Without a display: the walkthrough, one screenshot per step.

/** @param {string} outDir */
async function walkthrough(outDir) {
  const startedAt = Date.now();
  await mkdir(outDir, { recursive: true });
  // Only this script's own numbered screenshots are replaced; anything else in the folder stays.
  for (const name of await readdir(outDir)) {
    if (/^\d\d-[\w.-]+\.png$/.test(name)) await rm(path.join(outDir, name));
  }
  /** @type {string[]} */
  const written = [];

  /**
   * @param {import('puppeteer').Page} page
   * @param {string} name  file name without the number and .png
   * @param {{ fullPage?: boolean }} [shotOptions]
   */
  const screenshot = async (page, name, shotOptions = {}) => {
    const file = `${String(written.length + 1).padStart(2, '0')}-${name}.png`;
    await settle(page);
    await page.screenshot({ path: /** @type {`${string}.png`} */ (path.join(outDir, file)), ...shotOptions });
    written.push(file);
  };

  console.log('Walking the sandbox registration in headless Chromium…');
  await withSession({ headless: true }, async ({ browser, popupUrl }) => {
    // 1. The popup before anything is captured: it points to the sandbox portal.
    const popup = await browser.newPage();
    await popup.setViewport(POPUP_VIEWPORT);
    await popup.goto(popupUrl);
    await waitForPopup(popup, '[data-step="sandbox.open-portal"]', 'step "sandbox.open-portal" (the start prompt)');
    await screenshot(popup, 'sandbox.open-portal', { fullPage: true });
    await popup.close();

    // 2–8. The portal, from its home page to the acknowledgement: one screenshot per step.
    const page = await browser.newPage();
    await page.setViewport(PORTAL_VIEWPORT);
    await walkSandbox(page, { sandboxUrl: SANDBOX_URL, variant, atStep: (stepId) => screenshot(page, stepId) });

    // 9. The popup with the confirmed credentials, password masked.
    const after = await browser.newPage();
    await after.setViewport(POPUP_VIEWPORT);
    await after.goto(popupUrl);
    await waitForPopup(after, '[data-testid="credential"][data-status="confirmed"]', 'the confirmed credentials');
    const popupText = await after.$eval('body', (el) => el.textContent ?? '');
    if (popupText.includes(DEMO_USER.password)) throw new Error('The popup shows the password unmasked.');
    await screenshot(after, 'popup-credentials', { fullPage: true });
  });

  console.log(
    `\n${written.length} screenshots in ${path.relative(process.cwd(), outDir) || outDir}/ ` +
      `(${((Date.now() - startedAt) / 1000).toFixed(1)} s):\n${written.map((f) => `  ${f}`).join('\n')}`,
  );
}

/**
 * Lets the page come to rest before a screenshot: the panel re-measures its target after a
 * scroll (on the next animation frame) and the target outline glides to its new place with a
 * CSS transition. Waits until the outline's animated position equals its final one.
 * @param {import('puppeteer').Page} page
 */
async function settle(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
  );
  await page
    .waitForFunction(
      () => {
        const outline = /** @type {HTMLElement | null | undefined} */ (
          document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="target-outline"]')
        );
        if (!outline) return true;
        const now = getComputedStyle(outline);
        return ['top', 'left', 'width', 'height'].every(
          (p) => Math.abs(parseFloat(now.getPropertyValue(p)) - parseFloat(outline.style.getPropertyValue(p))) < 0.5,
        );
      },
      { timeout: 2000, polling: 'raf' },
    )
    .catch(() => {
      // Still moving after 2 s (something keeps scrolling): take the picture anyway.
    });
}

/**
 * @param {import('puppeteer').Page} popup
 * @param {string} selector
 * @param {string} what  for the error message
 */
async function waitForPopup(popup, selector, what) {
  try {
    await popup.waitForSelector(selector, { timeout: TIMEOUT_MS });
  } catch {
    throw new Error(`Timed out after ${TIMEOUT_MS} ms waiting for ${what} (${selector}) in the popup.`);
  }
}
