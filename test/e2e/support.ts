import { resolve } from 'node:path';
import { TargetType, type Browser, type Page, type Target } from 'puppeteer';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startPracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';

// Reading and driving the panel is shared with `npm run demo`.
export {
  clickInPanel,
  clickPanelElement,
  currentStep,
  panelAttribute,
  panelHas,
  panelText,
  readCheck,
  typeInto,
  waitForCaptureNotice,
  waitForCheck,
  waitForStep,
  waitForStillPage,
} from '../../scripts/lib/panel.mjs';
export {
  SANDBOX_CONTROLS as F,
  SANDBOX_VARIANTS,
  practiceCaptcha,
  practiceOtp,
  sandboxControls,
  variantLoginPath,
} from '../../practice-portal/sandbox-controls.mjs';

/** The built extension, as `wxt build` leaves it (npm run test:e2e builds first). */
export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const SANDBOX = 'https://einv-apisandbox.nic.in';

export interface ExtensionSession {
  browser: Browser;
  extensionId: string;
  portal: Awaited<ReturnType<typeof startPracticePortal>>;
  close(): Promise<void>;
}

/** The practice portal under the real host names, and Chromium with the built extension. */
export async function startExtensionSession({ language }: { language?: string } = {}): Promise<ExtensionSession> {
  const portal = await startPracticePortal();
  const launched = await launchWithExtension({
    extensionPath: EXTENSION_PATH,
    hostResolverRules: portal.hostResolverRules,
    language,
  });
  if (!launched.extensionId) throw new Error('The extension did not start: is .output/chrome-mv3 built?');
  return {
    browser: launched.browser,
    extensionId: launched.extensionId,
    portal,
    async close() {
      await launched.close();
      await portal.close();
    },
  };
}

export interface ExtensionTestContext {
  session: ExtensionSession;
  /** A fresh tab for each test, on a reset practice portal. */
  page: Page;
}

/**
 * One browser and portal for a test file, and a fresh tab on a reset portal for each test (the
 * tabs earlier tests left are closed). Read `session` and `page` inside hooks and tests.
 */
export function useExtensionSession(options: { language?: string } = {}): ExtensionTestContext {
  const context = {} as ExtensionTestContext;
  beforeAll(async () => {
    context.session = await startExtensionSession(options);
  });
  afterAll(async () => {
    await context.session?.close();
  });
  beforeEach(async () => {
    context.session.portal.reset();
    for (const p of await context.session.browser.pages()) if (p.url() !== 'about:blank') await p.close();
    context.page = await context.session.browser.newPage();
  });
  return context;
}

export async function openPopup(session: ExtensionSession): Promise<Page> {
  const popup = await session.browser.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return popup;
}

/** The extension's MV3 service worker. */
function isOurWorker(session: ExtensionSession, target: Target): boolean {
  return (
    target.type() === TargetType.SERVICE_WORKER && target.url().startsWith(`chrome-extension://${session.extensionId}/`)
  );
}

/** Stops the MV3 service worker, as Chrome does when it is idle. */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const target = await session.browser.waitForTarget((t) => isOurWorker(session, t), { timeout: 5000 });
  const worker = await target.worker();
  await worker?.close();
  await waitUntil(async () => !session.browser.targets().some((t) => isOurWorker(session, t)));
}

export async function waitUntil(predicate: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Timed out waiting for a condition');
}

export interface Traffic {
  /** Every request the watched pages made (URL, method, body). */
  requests: { url: string; method: string; body: string }[];
  /** Everything the watched pages and the extension's service worker wrote to the console. */
  console: string[];
  /** Also watch this page (the popup, say). */
  watch(page: Page): void;
}

/**
 * Records what leaves the watched pages and what they and the service worker log, to show that
 * no password goes to the console or to a server other than the portal's own form.
 */
export async function recordTraffic(session: ExtensionSession, page: Page): Promise<Traffic> {
  const traffic: Traffic = {
    requests: [],
    console: [],
    watch(p) {
      p.on('request', (r) => traffic.requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
      p.on('console', (m) => traffic.console.push(m.text()));
      p.on('pageerror', (e) => traffic.console.push(String(e)));
    },
  };
  traffic.watch(page);
  const target = await session.browser.waitForTarget((t) => isOurWorker(session, t), { timeout: 5000 });
  const worker = await target.worker();
  worker?.on('console', (m) => traffic.console.push(m.text()));
  worker?.on('error', (e) => traffic.console.push(String(e)));
  return traffic;
}

/** Forgets every kept credential set, through the popup as a person would (one browser per file keeps them). */
export async function forgetAllSets(session: ExtensionSession): Promise<void> {
  const popup = await openPopup(session);
  try {
    await popup.evaluate(async () => {
      type Runtime = { sendMessage(message: unknown): Promise<unknown> };
      const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
      const { sets } = (await runtime.sendMessage({ type: 'vault.list' })) as { sets: { id: string }[] };
      for (const { id } of sets) await runtime.sendMessage({ type: 'vault.forget', id });
    });
  } finally {
    await popup.close();
  }
}

/**
 * Restarts the extension as chrome://extensions' Reload does: loading the same unpacked folder
 * again reloads it in place (same id; its pages close, its service worker stops, storage.session
 * is emptied, storage.local stays). `runtime.reload()` does not serve here: an extension
 * Puppeteer installed (CDP Extensions.loadUnpacked) stays blocked after it reloads itself.
 */
export async function restartExtension(session: ExtensionSession, popup: Page): Promise<void> {
  const id = await session.browser.installExtension(EXTENSION_PATH);
  if (id !== session.extensionId) throw new Error(`The extension came back as ${id}, not ${session.extensionId}.`);
  await waitUntil(() => popup.isClosed(), 10_000);
}

/** Presses a GSTIN's Copy summary on the popup's Onboarding tab and reads what it wrote to the clipboard. */
export async function copySummary(popup: Page, gstin: string): Promise<string> {
  await popup.evaluate(() => {
    const copies: string[] = [];
    (globalThis as unknown as { copies: string[] }).copies = copies;
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => {
        copies.push(text);
        return Promise.resolve();
      },
    });
  });
  const button = `[data-testid="board-gstin"][data-gstin="${gstin}"] [data-testid="copy-summary"]`;
  await popup.waitForSelector(button, { timeout: 10_000 });
  await popup.click(button);
  await popup.waitForFunction(() => (globalThis as unknown as { copies: string[] }).copies.length === 1);
  const [summary = ''] = await popup.evaluate(() => (globalThis as unknown as { copies: string[] }).copies);
  return summary;
}
