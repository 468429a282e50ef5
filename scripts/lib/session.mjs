// What `npm run demo` and `npm run bench` share: the built extension's location, a session of
// practice portal + Chromium with the extension, closing both on error or Ctrl-C, and waiting
// for the panel (or the popup) to show a step.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension } from './chromium.mjs';

/** The project root (scripts/lib/../..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where `wxt build` leaves the Chrome MV3 build. */
export const EXTENSION_PATH = path.join(ROOT, '.output', 'chrome-mv3');
/** The sandbox portal, as the browser sees it (the practice portal answers for this host name). */
export const SANDBOX_URL = 'https://einv-apisandbox.nic.in';

/**
 * @typedef {object} Session
 * @property {Awaited<ReturnType<typeof startPracticePortal>>} portal
 * @property {import('puppeteer').Browser} browser
 * @property {string} extensionId
 * @property {string} popupUrl  chrome-extension://<id>/popup.html
 * @property {() => Promise<void>} close  Closes the browser, then the portal. Safe to call twice.
 */

/**
 * Starts the practice portal and Chromium with the built extension. If anything fails half-way,
 * what was started is closed again before the error is thrown.
 * @param {{ headless?: boolean, args?: string[] }} [options]
 * @returns {Promise<Session>}
 */
export async function startSession({ headless = true, args = [] } = {}) {
  const portal = await startPracticePortal();
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let launched;
  try {
    launched = await launchWithExtension({
      extensionPath: EXTENSION_PATH,
      hostResolverRules: portal.hostResolverRules,
      headless,
      args,
    });
  } catch (err) {
    await portal.close();
    throw err;
  }
  const { browser, extensionId } = launched;
  if (!extensionId) {
    await launched.close();
    await portal.close();
    throw new Error(`The extension at ${EXTENSION_PATH} did not start.`);
  }

  let closing = /** @type {Promise<void> | null} */ (null);
  const close = () => {
    closing ??= (async () => {
      try {
        await launched.close();
      } finally {
        await portal.close();
      }
    })();
    return closing;
  };
  return { portal, browser, extensionId, popupUrl: `chrome-extension://${extensionId}/popup.html`, close };
}

/**
 * Runs `work` with a session and always closes it: on success, on error, and on Ctrl-C/SIGTERM
 * (then exits with 130/143).
 * @template T
 * @param {{ headless?: boolean, args?: string[] }} options
 * @param {(session: Session) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withSession(options, work) {
  const puppeteerListeners = new Set(process.listeners('SIGINT'));
  const session = await startSession(options);
  // Puppeteer's own Ctrl-C handler kills Chromium and exits at once, leaving the temporary
  // profile behind and the portal open; ours below closes both properly instead. (Puppeteer still
  // kills Chromium on any other exit.)
  for (const listener of process.listeners('SIGINT')) {
    if (!puppeteerListeners.has(listener)) process.off('SIGINT', listener);
  }
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    console.error(`\n${signal}: closing the browser and the practice portal…`);
    session.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work(session);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await session.close();
  }
}

/** Runs `npx wxt build` in the project root, inheriting the terminal. @returns {Promise<void>} */
export function buildExtension() {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`wxt build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/**
 * The step the panel shows (the `data-step` of `<einv-assistant>`), or null when there is no panel.
 * @param {import('puppeteer').Page} page
 * @returns {Promise<string | null>}
 */
export function currentStep(page) {
  return page.evaluate(() => document.querySelector('einv-assistant')?.getAttribute('data-step') ?? null);
}

/**
 * Waits until the extension's panel on `page` shows step `stepId`.
 * @param {import('puppeteer').Page} page
 * @param {string} stepId  e.g. 'sandbox.otp'
 * @param {{ timeout?: number }} [options]
 */
export async function waitForStep(page, stepId, { timeout = 10_000 } = {}) {
  try {
    await page.waitForFunction(
      (id) => document.querySelector('einv-assistant')?.getAttribute('data-step') === id,
      { timeout, polling: 50 },
      stepId,
    );
  } catch {
    const shown = await currentStep(page).catch(() => null);
    throw new Error(
      `Timed out after ${timeout} ms waiting for step "${stepId}" on ${page.url()}: ` +
        (shown ? `the panel shows "${shown}".` : 'no panel (<einv-assistant data-step>) on the page.'),
    );
  }
}

/**
 * Clicks an element of the panel (inside its open shadow root) by its data-testid.
 * @param {import('puppeteer').Page} page
 * @param {string} testId  e.g. 'do-step'
 * @param {{ timeout?: number }} [options]
 */
export async function clickInPanel(page, testId, { timeout = 10_000 } = {}) {
  /** @type {import('puppeteer').JSHandle} */
  let handle;
  try {
    handle = await page.waitForFunction(
      (id) => document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="${id}"]`),
      { timeout, polling: 50 },
      testId,
    );
  } catch {
    const shown = await currentStep(page).catch(() => null);
    throw new Error(`The panel has no [data-testid="${testId}"] (step "${shown}", ${page.url()}).`);
  }
  const element = handle.asElement();
  if (!element) throw new Error(`[data-testid="${testId}"] is not an element.`);
  await /** @type {import('puppeteer').ElementHandle<Element>} */ (element).click();
  await handle.dispose();
}
