// Launches Chromium for the e2e tests, `npm run demo` and `npm run bench`: optionally with the
// built extension loaded, always with the practice portal's host names mapped to the local server.
// Why each flag is there is said beside it below.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { TargetType } from 'puppeteer';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to use: $CHROME_PATH, else Debian's /usr/bin/chromium, else Puppeteer's own.
 * @returns {string}
 */
function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let bundled = '';
  try {
    bundled = puppeteer.executablePath();
  } catch {
    // Puppeteer has no browser of its own (downloads are skipped on these machines).
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Install Debian\'s ("apt-get install -y chromium", gives /usr/bin/chromium) ' +
      'or set CHROME_PATH to a Chrome/Chromium executable.',
  );
}

/**
 * @typedef {object} LaunchedBrowser
 * @property {import('puppeteer').Browser} browser
 * @property {string | null} extensionId  null when no extension was loaded
 * @property {() => Promise<void>} close  Closes the browser and removes its temporary profile.
 */

/**
 * Starts Chromium with a fresh temporary profile.
 * @param {object} [options]
 * @param {string} [options.extensionPath]  Unpacked extension folder (e.g. .output/chrome-mv3); omit for a plain browser.
 * @param {string} [options.hostResolverRules]  e.g. the practice portal's `hostResolverRules`.
 * @param {boolean} [options.headless]  Default true. Headful runs need a display (`xvfb-run -a`).
 * @param {string[]} [options.args]  Extra Chromium flags.
 * @param {string} [options.userDataDir]  A profile to use and keep (a browser restart: launch again with it);
 *   by default a temporary one, removed on close.
 * @param {string} [options.language]  The browser's language, e.g. 'hi': its UI language (which needs
 *   that language's resources: Debian's chromium-l10n) and its preferred languages. Chromium on
 *   Linux takes its UI language from the LANGUAGE variable; --lang alone is ignored there.
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchWithExtension({
  extensionPath,
  hostResolverRules,
  headless = true,
  args = [],
  userDataDir: keptProfile,
  language,
} = {}) {
  const extensionDir = extensionPath ? path.resolve(extensionPath) : null;
  if (extensionDir && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (manifest.json missing). Run "npm run build" first.`);
  }

  const userDataDir = keptProfile ?? (await mkdtemp(path.join(os.tmpdir(), 'einv-chromium-')));
  const removeProfile = async () => {
    if (!keptProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  };

  /** @type {import('puppeteer').Browser} */
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless,
      pipe: true,
      userDataDir,
      // A common laptop window, so pages lay out as most users see them.
      defaultViewport: { width: 1280, height: 900 },
      ...(language ? { env: { ...process.env, LANGUAGE: language } } : {}),
      // Extensions allowed; the one wanted is installed below. (Passing the path list here works
      // too, but Puppeteer 24 leaves a failed install as an unhandled rejection.)
      ...(extensionDir ? { enableExtensions: true } : {}),
      args: [
        // Containers and CI machines, often as root, where Chromium's sandbox cannot start.
        '--no-sandbox',
        // No GPU on these machines; software rendering avoids GPU-process errors.
        '--disable-gpu',
        // No HTTP/3 attempts: the practice portal serves HTTPS over TCP only.
        '--disable-quic',
        // No first-run dialogs, and no background traffic (updates, sync, component downloads):
        // the machines have no internet, and the runs stay quiet and repeatable.
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The practice portal's certificate is self-signed (made at run time, cached in .certs/).
        '--ignore-certificate-errors',
        // Maps the real host names to the practice portal, so the content script's real match
        // patterns (https://einv-apisandbox.nic.in/*) apply, on any port.
        ...(hostResolverRules ? [`--host-resolver-rules=${hostResolverRules}`] : []),
        ...(language ? [`--lang=${language}`] : []),
        ...args,
      ],
    });
  } catch (err) {
    await removeProfile();
    throw err;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await browser.close();
    } finally {
      await removeProfile();
    }
  };

  /** @type {string | null} */
  let extensionId = null;
  if (extensionDir) {
    let installedId;
    try {
      installedId = await browser.installExtension(extensionDir);
    } catch (err) {
      await close();
      throw new Error(
        `Chromium could not load the extension at ${extensionDir} (is a build running?): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    try {
      const worker = await browser.waitForTarget(
        (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(`chrome-extension://${installedId}/`),
        { timeout: 10_000 },
      );
      extensionId = new URL(worker.url()).host;
    } catch (err) {
      await close();
      throw new Error(
        `The extension at ${extensionDir} loaded no service worker within 10 s: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }

  return { browser, extensionId, close };
}
