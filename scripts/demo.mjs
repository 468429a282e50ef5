#!/usr/bin/env node
// npm run demo [-- --headless] [-- --out DIR] [-- --variant NAME] [-- --no-build] [-- --help]
//
// Builds the extension for Chrome (wxt build; not with --no-build, nor for --help, which only
// prints the usage), then starts the practice portal (replicas of https://einv-apisandbox.nic.in/,
// https://einvoice1.gst.gov.in/ and https://my.gstzen.in/ served locally under the real host
// names) and Chromium with the built extension.
//
// - With a display and without --headless: opens the browser on the portal so you can follow
//   the panel yourself, and runs until the browser is closed or Ctrl-C.
// - Without a display, or with --headless: walks the whole sandbox registration as a person
//   would (the panel's button for the safe steps; typing and pressing Validate, Send OTP,
//   Submit and Create "by hand") and writes one screenshot per step to demo-screenshots/
//   (or --out DIR), numbered in walk order with what the step is about in the name
//   (01-open-the-registration-form.png, …), then the popup with the kept credentials; then the
//   production Create API User the same way (production-… frames), and the popup with both sets
//   side by side last. Between them, GSTZen (gstzen-… frames): the sandbox user entered through
//   the panel's fill, the test invoices deleted, and after production the production user. Each
//   frame is checked first: the step's outlined element is in view, and the panel covers neither
//   it nor the field in use.
// - --variant NAME: one of the practice sandbox's markup variants (practice-portal/README.md),
//   starting at its Login page; base (the help document's page) by default. Production is
//   walked on its base replica.

import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, ROOT, SANDBOX_URL, withSession } from './lib/session.mjs';
import { waitForStillPage } from './lib/panel.mjs';
import { DEMO_USER, walkSandbox } from './lib/walk-sandbox.mjs';
import { walkProductionGuided } from './lib/walk-production-guided.mjs';
import { deleteTestInvoicesGuided, loginThroughGstzenGuided } from './lib/walk-gstzen-guided.mjs';
import { PRODUCTION_USER } from '../practice-portal/production-controls.mjs';
import { SANDBOX_VARIANTS, variantLoginPath } from '../practice-portal/sandbox-controls.mjs';

const PORTAL_VIEWPORT = { width: 1280, height: 900 };
/** The popup's body is 380 px wide; Chrome sizes a popup to its content, up to 600 px tall. */
const POPUP_VIEWPORT = { width: 380, height: 600 };
/** With a sandbox and a production set for one GSTIN the popup widens to show them side by side. */
const WIDE_POPUP_VIEWPORT = { width: 780, height: 600 };
const PRODUCTION_URL = 'https://einvoice1.gst.gov.in';
const TIMEOUT_MS = 10_000;

/**
 * A readable file name for a step's screenshot (after its number): the step's title as the panel
 * shows it ("Choose ERP under “Registration through”" → choose-erp-under-registration-through), so
 * the demo names no step itself and follows the flow file.
 * @param {import('puppeteer').Page} page
 */
async function frameName(page) {
  const title = await page.evaluate(
    () =>
      document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="step-title"]')?.textContent ??
      '',
  );
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'step'
  );
}

const { values: options } = (() => {
  try {
    return parseArgs({
      options: {
        headless: { type: 'boolean', default: false },
        out: { type: 'string', default: path.join(ROOT, 'demo-screenshots') },
        variant: { type: 'string', default: 'base' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}. See npm run demo -- --help.`);
    process.exit(2);
  }
})();
if (options.help) {
  console.log(`Usage: npm run demo [-- OPTIONS]

Builds the extension (wxt build), starts the practice portal and opens Chromium with the extension
loaded. With a display, you follow the panel yourself; without one (or with --headless) the demo
walks the whole help document and writes one screenshot per step.

Options:
  --headless        walk the document without a window and write screenshots
  --out DIR         where the screenshots go (default: demo-screenshots/)
  --variant NAME    the practice sandbox's markup: ${SANDBOX_VARIANTS.join(', ')} (default: base)
  --no-build        use the build already in .output/chrome-mv3
  -h, --help        print this and exit (builds nothing)

Needs a Chromium: /usr/bin/chromium (Debian: apt-get install chromium) or CHROME_PATH.`);
  process.exit(0);
}
const variant = /** @type {import('../practice-portal/sandbox-controls.mjs').SandboxVariant} */ (options.variant);
if (!(/** @type {readonly string[]} */ (SANDBOX_VARIANTS).includes(variant))) {
  console.error(`--variant wants one of ${SANDBOX_VARIANTS.join(', ')}, got "${variant}".`);
  process.exit(2);
}
const startUrl = `${SANDBOX_URL}${variant === 'base' ? '/' : variantLoginPath(variant)}`;

const headless = options.headless || !process.env.DISPLAY;
try {
  if (!options['no-build']) await buildExtension('chrome');
  if (headless) await walkthrough(path.resolve(options.out));
  else await interactive();
} catch (err) {
  console.error(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// With a display: the user follows the panel.

async function interactive() {
  await withSession(
    { headless: false, args: [`--window-size=${PORTAL_VIEWPORT.width},${PORTAL_VIEWPORT.height + 120}`] },
    async ({ browser, popupUrl }) => {
      // Puppeteer emulates an 800×600 viewport in every tab it knows of; let tabs follow the window.
      browser.on('targetcreated', (target) => {
        void target
          .page()
          .then((page) => page?.setViewport(null))
          .catch(() => {});
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
   * @param {{ check?: boolean }} [options]  check: a portal frame, checked by checkFrame first
   */
  const screenshot = async (page, name, { check = false } = {}) => {
    const file = `${String(written.length + 1).padStart(2, '0')}-${name}.png`;
    await settle(page);
    if (check) {
      const problems = await checkFrame(page);
      if (problems.length) throw new Error(`Screenshot ${file} would show ${problems.join('; ')}.`);
    }
    await page.screenshot({ path: /** @type {`${string}.png`} */ (path.join(outDir, file)) });
    written.push(file);
  };

  console.log('Walking the sandbox registration in headless Chromium…');
  await withSession({ headless: true }, async ({ browser, popupUrl }) => {
    // The popup before anything is captured points to the sandbox portal (checked, not pictured:
    // the pictures follow the walk, and the popup's picture is the last, with the credentials).
    const popup = await browser.newPage();
    await popup.setViewport(POPUP_VIEWPORT);
    await popup.goto(popupUrl);
    await waitForPopup(popup, '[data-testid="start"]', 'the start prompt');
    await popup.close();

    // The portal, from its home page to the acknowledgement: one screenshot per step.
    const page = await browser.newPage();
    await page.setViewport(PORTAL_VIEWPORT);
    await walkSandbox(page, {
      sandboxUrl: SANDBOX_URL,
      variant,
      atStep: async () => {
        await showTarget(page);
        await screenshot(page, await frameName(page), { check: true });
      },
    });

    // The popup with the confirmed sandbox credentials, password masked, at the size Chrome shows it.
    await popupShot(browser, popupUrl, POPUP_VIEWPORT, 'popup-credentials');

    // GSTZen (document Part 1 Section 2): the sandbox user into GSTZen's form, filled by the panel.
    console.log('Entering the sandbox credentials in GSTZen…');
    /** @param {string} prefix */
    const gstzenFrame = (prefix) => async (/** @type {string} */ stepId) => {
      await showTarget(page);
      const suffix = stepId === 'gstzen.filled' ? '-filled' : '';
      await screenshot(page, `${prefix}${await frameName(page)}${suffix}`, { check: true });
    };
    await loginThroughGstzenGuided(page, { gstin: DEMO_USER.gstin, env: 'sandbox', atStep: gstzenFrame('gstzen-') });
    // Part 2 Section 1: the test invoices deleted, by the user, with the panel pointing.
    console.log('Deleting the sandbox test invoices in GSTZen…');
    await deleteTestInvoicesGuided(page, { gstin: DEMO_USER.gstin, atStep: gstzenFrame('gstzen-') });

    // Then production (document Part 2, Section 2), on the same GSTIN: one screenshot per step.
    console.log('Walking the production Create API User…');
    await walkProductionGuided(page, {
      productionUrl: PRODUCTION_URL,
      atStep: async () => {
        await showTarget(page);
        await screenshot(page, `production-${await frameName(page)}`, { check: true });
      },
    });
    // Part 2 Section 3: the production user into GSTZen (the form only, the way there is as before).
    console.log('Entering the production credentials in GSTZen…');
    await loginThroughGstzenGuided(page, {
      gstin: DEMO_USER.gstin,
      env: 'production',
      atStep: async (stepId) => {
        if (stepId === 'gstzen.filled' || stepId === 'gstzen.logged-in')
          await gstzenFrame('gstzen-production-')(stepId);
      },
    });
    // Last: both sets of the GSTIN side by side.
    await popupShot(browser, popupUrl, WIDE_POPUP_VIEWPORT, 'popup-sandbox-and-production');
    // And the onboarding board: all five sections of the document ticked by what the assistant saw.
    await boardShot(browser, popupUrl);
  });

  /**
   * The popup's Onboarding tab once the whole document is done, checked: five sections ticked.
   * @param {import('puppeteer').Browser} browser
   * @param {string} popupUrl
   */
  async function boardShot(browser, popupUrl) {
    const board = await browser.newPage();
    await board.setViewport(POPUP_VIEWPORT);
    await board.goto(popupUrl);
    await waitForPopup(board, '[data-testid="tab-board"]', 'the Onboarding tab');
    await board.click('[data-testid="tab-board"]');
    const ticked = `[data-testid="board-gstin"][data-gstin="${DEMO_USER.gstin}"] [data-testid="board-section"][data-done="true"]`;
    await board.waitForFunction((sel) => document.querySelectorAll(sel).length === 5, { timeout: TIMEOUT_MS }, ticked);
    const height = await board.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await board.setViewport({ ...POPUP_VIEWPORT, height: Math.max(height, 200) });
    await screenshot(board, 'popup-onboarding-board');
    await board.close();
  }

  /**
   * The popup with the confirmed credentials, checked for unmasked passwords, at its own height.
   * @param {import('puppeteer').Browser} browser
   * @param {string} popupUrl
   * @param {{ width: number, height: number }} viewport
   * @param {string} name
   */
  async function popupShot(browser, popupUrl, viewport, name) {
    const after = await browser.newPage();
    await after.setViewport(viewport);
    await after.goto(popupUrl);
    await waitForPopup(after, '[data-testid="credential"][data-status="confirmed"]', 'the confirmed credentials');
    const popupText = await after.$eval('body', (el) => el.textContent ?? '');
    for (const password of [DEMO_USER.password, PRODUCTION_USER.apiPassword]) {
      if (popupText.includes(password)) throw new Error('The popup shows a password unmasked.');
    }
    // The whole popup, "Keep on this device" included (Chrome shows more than 600 px with a scrollbar).
    const height = await after.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await after.setViewport({ ...viewport, height: Math.max(height, 200) });
    await screenshot(after, name);
    await after.close();
  }

  console.log(
    `\n${written.length} screenshots in ${path.relative(process.cwd(), outDir) || outDir}/ ` +
      `(${((Date.now() - startedAt) / 1000).toFixed(1)} s):\n${written.map((f) => `  ${f}`).join('\n')}`,
  );
}

/**
 * Brings the step's outlined element into view when it is not, as a person scrolls to the button
 * the panel names (the panel scrolls only when a step starts; at "press Create" the user has typed
 * down the form and Create may be below the window's edge). The element comes to the bottom of
 * the window with a margin, so what was filled above it stays in the picture.
 * @param {import('puppeteer').Page} page
 */
async function showTarget(page) {
  await waitForStillPage(page);
  const scrolled = await page.evaluate(() => {
    const outline = document
      .querySelector('einv-assistant')
      ?.shadowRoot?.querySelector('[data-testid="target-outline"]');
    if (!outline) return false;
    const box = outline.getBoundingClientRect();
    const margin = 24;
    if (box.top >= 0 && box.bottom <= window.innerHeight - margin) return false;
    const by = box.top < 0 ? box.top - margin : box.bottom - (window.innerHeight - margin);
    window.scrollBy({ top: by, behavior: 'instant' });
    return true;
  });
  if (scrolled) await waitForStillPage(page);
}

/**
 * What would be wrong with a picture of the portal now: the outlined element out of the window,
 * or the panel over it or over the field in use.
 * @param {import('puppeteer').Page} page
 * @returns {Promise<string[]>}
 */
function checkFrame(page) {
  return page.evaluate(() => {
    /** @typedef {{ left: number, top: number, right: number, bottom: number }} Box */
    const root = document.querySelector('einv-assistant')?.shadowRoot;
    const panel = root?.querySelector('section.panel')?.getBoundingClientRect();
    const outline = root?.querySelector('[data-testid="target-outline"]')?.getBoundingClientRect();
    const focused = document.activeElement;
    const field =
      focused && focused !== document.body && focused.tagName !== 'EINV-ASSISTANT'
        ? focused.getBoundingClientRect()
        : null;
    /** @type {(a: Box, b: Box) => boolean} */
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const problems = [];
    if (!panel) problems.push('no panel');
    if (
      outline &&
      (outline.top < 0 || outline.bottom > window.innerHeight || outline.left < 0 || outline.right > window.innerWidth)
    ) {
      problems.push('the outlined element outside the window');
    }
    if (panel && outline && overlap(panel, outline)) problems.push('the panel over the outlined element');
    if (panel && field && overlap(panel, field)) problems.push(`the panel over the field in use (#${focused?.id})`);
    return problems;
  });
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
