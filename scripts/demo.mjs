#!/usr/bin/env node
// npm run demo [-- --headless] [-- --out DIR]
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

import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { practiceCaptcha, practiceOtp, SANDBOX_CONTROLS as F } from '../practice-portal/sandbox-controls.mjs';
import { clickInPanel, typeInto, waitForCaptureNotice, waitForCheck, waitForStep } from './lib/panel.mjs';
import { ROOT, SANDBOX_URL, withSession } from './lib/session.mjs';

/** What the demo "user" types. The GSTIN is CloudZen's, known to the practice portal. */
const USER = {
  gstin: '29AAFCC9980M1ZR',
  mobile: '9876543210',
  email: 'accounts@example.in',
  username: 'gstzendemo01',
  password: 'Zen@Demo2026',
};

const PORTAL_VIEWPORT = { width: 1280, height: 900 };
/** The popup's body is 380 px wide; the screenshot takes its whole height. */
const POPUP_VIEWPORT = { width: 380, height: 600 };
const TIMEOUT_MS = 10_000;

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'demo-screenshots') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('Usage: npm run demo [-- --headless] [-- --out DIR]');
  process.exit(0);
}

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
      await page.goto(`${SANDBOX_URL}/`);

      console.log(`
Chromium is open on the practice portal (${SANDBOX_URL}/, served from this computer) with the
extension loaded.

  - Follow the panel in the bottom corner of the page: it says which step you are on; its button
    does the safe part of a step for you.
  - The practice captcha and OTP are shown on the page (the "phone" below the form): type them
    yourself, as on the real portal.
  - Try a GSTIN such as ${USER.gstin}; invent a mobile number, e-mail, username and password.
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

    const page = await browser.newPage();
    await page.setViewport(PORTAL_VIEWPORT);

    // 2. Home page: the panel points to Login; its button follows the link, then "Register here".
    await page.goto(`${SANDBOX_URL}/`);
    await waitForStep(page, 'sandbox.click-register');
    await screenshot(page, 'sandbox.click-register');
    await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
    await waitForStep(page, 'sandbox.click-register');
    await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);

    // 3. Registration Form: the panel's button chooses Tax Payer.
    await waitForStep(page, 'sandbox.user-type');
    await screenshot(page, 'sandbox.user-type');
    await clickInPanel(page, 'do-step');

    // 4. Taxpayer details: typed by the user, checked by the panel as they are typed.
    await waitForStep(page, 'sandbox.taxpayer-details');
    await typeInto(page, F.gstin, USER.gstin);
    await typeInto(page, F.mobile, USER.mobile);
    await typeInto(page, F.email, USER.email);
    await typeInto(page, F.captcha, await practiceCaptcha(page));
    for (const id of ['gstin', 'mobile', 'email']) await waitForCheck(page, id);
    await screenshot(page, 'sandbox.taxpayer-details');
    await page.click(F.validate);
    await page.waitForFunction(
      (sel) => !(/** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.disabled ?? true),
      { timeout: TIMEOUT_MS },
      F.sendOtp,
    );
    await page.click(F.sendOtp);

    // 5. OTP: read from the practice "phone", typed by the user, who presses Submit.
    await waitForStep(page, 'sandbox.otp');
    await typeInto(page, F.otp, await practiceOtp(page));
    await screenshot(page, 'sandbox.otp');
    await page.click(F.submitOtp);

    // 6. Registration through: the panel's button chooses ERP.
    await waitForStep(page, 'sandbox.registration-through');
    await screenshot(page, 'sandbox.registration-through');
    await clickInPanel(page, 'do-step');

    // 7. ERP details: the panel's button picks CloudZen and types the Client ID; the user types
    //    username, password and confirmation.
    await waitForStep(page, 'sandbox.erp-details');
    await clickInPanel(page, 'do-step');
    await page.waitForFunction(
      (sel) => /** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.value !== '',
      { timeout: TIMEOUT_MS },
      F.clientId,
    );
    await typeInto(page, F.username, USER.username);
    await typeInto(page, F.password, USER.password);
    await typeInto(page, F.confirm, USER.password);
    for (const id of ['company', 'client-id', 'username', 'password', 'confirm']) await waitForCheck(page, id);
    await screenshot(page, 'sandbox.erp-details');

    // 8. The user presses Create; the portal acknowledges and the panel confirms the capture.
    await Promise.all([page.waitForNavigation(), page.click(F.create)]);
    await waitForStep(page, 'sandbox.acknowledged');
    await waitForCaptureNotice(page, 'confirmed');
    await screenshot(page, 'sandbox.acknowledged');

    // 9. The popup with the confirmed credentials, password masked.
    const after = await browser.newPage();
    await after.setViewport(POPUP_VIEWPORT);
    await after.goto(popupUrl);
    await waitForPopup(after, '[data-testid="credential"][data-status="confirmed"]', 'the confirmed credentials');
    const popupText = await after.$eval('body', (el) => el.textContent ?? '');
    if (popupText.includes(USER.password)) throw new Error('The popup shows the password unmasked.');
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
