// What the scripts share: the built extension's location, building it, and a session of practice
// portal + Chromium with the extension that closes both on error or Ctrl-C. Reading the panel is
// in panel.mjs, the walk of the sandbox in walk-sandbox.mjs.

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
async function startSession({ headless = true, args = [] } = {}) {
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
    session
      .close()
      .catch((err) => console.error(`Could not close everything: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
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

/**
 * Runs `npx wxt build` (for Chrome, or `-b firefox`) in the project root, inheriting the terminal.
 * @param {'chrome' | 'firefox'} [target]
 * @returns {Promise<void>}
 */
export function buildExtension(target = 'chrome') {
  return new Promise((resolve, reject) => {
    const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
    const child = spawn('npx', args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`wxt build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
