import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { startPracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';

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
export async function startExtensionSession(): Promise<ExtensionSession> {
  const portal = await startPracticePortal();
  const launched = await launchWithExtension({
    extensionPath: EXTENSION_PATH,
    hostResolverRules: portal.hostResolverRules,
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

const STEP_TIMEOUT = 10_000;

/** Waits until the panel says the user should do `stepId` now. */
export async function waitForStep(page: Page, stepId: string): Promise<void> {
  try {
    await page.waitForFunction(
      (id) => document.querySelector('einv-assistant')?.getAttribute('data-step') === id,
      { timeout: STEP_TIMEOUT, polling: 50 },
      stepId,
    );
  } catch {
    throw new Error(`Expected step ${stepId}, the panel shows ${await currentStep(page)}`);
  }
}

export function currentStep(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('einv-assistant')?.getAttribute('data-step') ?? null);
}

export function panelAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate((n) => document.querySelector('einv-assistant')?.getAttribute(n) ?? null, name);
}

/** Clicks an element of the panel (inside its open shadow root) by data-testid. */
export async function clickInPanel(page: Page, testId: string): Promise<void> {
  const handle = await page.waitForFunction(
    (id) => document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="${id}"]`),
    { timeout: STEP_TIMEOUT, polling: 50 },
    testId,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}

export function panelHas(page: Page, testId: string): Promise<boolean> {
  return page.evaluate(
    (id) => Boolean(document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)),
    testId,
  );
}

export interface PanelCheck {
  ok: string | null;
  status: string | null;
  message: string;
}

/**
 * Waits until check `id` shows `wanted`: "true" (data-ok) or a status ("error", "warning",
 * "empty"), and returns it.
 */
export async function waitForCheck(
  page: Page,
  id: string,
  wanted: 'true' | 'error' | 'warning' | 'empty',
  /** Also wait for the message to match (a verdict may stay the same while the input changes). */
  message?: RegExp,
): Promise<PanelCheck> {
  try {
    await page.waitForFunction(
      (checkId, wanted, source, flags) => {
        const el = document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="check-${checkId}"]`);
        if (el?.getAttribute(wanted === 'true' ? 'data-ok' : 'data-status') !== wanted) return false;
        return source === null || new RegExp(source, flags ?? '').test(el.textContent ?? '');
      },
      { timeout: STEP_TIMEOUT, polling: 50 },
      id,
      wanted,
      message?.source ?? null,
      message?.flags ?? null,
    );
  } catch {
    throw new Error(`check-${id} did not become ${wanted}: ${JSON.stringify(await readCheck(page, id))}`);
  }
  return readCheck(page, id);
}

export function readCheck(page: Page, id: string): Promise<PanelCheck> {
  return page.evaluate((checkId) => {
    const el = document.querySelector('einv-assistant')?.shadowRoot?.querySelector(`[data-testid="check-${checkId}"]`);
    return { ok: el?.getAttribute('data-ok') ?? null, status: el?.getAttribute('data-status') ?? null, message: el?.textContent ?? '' };
  }, id);
}

export function panelText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('einv-assistant')?.shadowRoot?.textContent ?? '');
}

/** Replaces a portal field's text the way a person types it. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text);
}

export async function openPopup(session: ExtensionSession): Promise<Page> {
  const popup = await session.browser.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return popup;
}

/** Stops the MV3 service worker, as Chrome does when it is idle. */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
    { timeout: 5000 },
  );
  const worker = await target.worker();
  await worker?.close();
  await waitUntil(async () =>
    !session.browser
      .targets()
      .some((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`)),
  );
}

export async function waitUntil(predicate: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Timed out waiting for a condition');
}
