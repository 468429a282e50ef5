import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { pressCreate, reachCreateAccount } from './sandbox-portal';
import { EXTENSION_PATH, F, typeInto, waitForCaptureNotice, waitForCheck } from './support';

/**
 * A real browser restart: Chromium closed and started again on the same profile, with the built
 * extension. With "Keep on this device" the credentials come back (encrypted in storage.local,
 * the key in IndexedDB); without it they are gone, as the popup says beforehand, while the
 * onboarding board (storage.local, no password) still names the API user that was created.
 */
const PASSWORD = 'Zen@Trial26';
let portal: Awaited<ReturnType<typeof startPracticePortal>>;
beforeAll(async () => {
  portal = await startPracticePortal();
});
afterAll(async () => {
  await portal?.close();
});

async function withBrowser<T>(profile: string, use: (browser: Browser, extensionId: string) => Promise<T>) {
  const launched = await launchWithExtension({
    extensionPath: EXTENSION_PATH,
    hostResolverRules: portal.hostResolverRules,
    userDataDir: profile,
  });
  try {
    if (!launched.extensionId) throw new Error('The extension did not start.');
    return await use(launched.browser, launched.extensionId);
  } finally {
    await launched.close();
  }
}

async function openPopup(browser: Browser, extensionId: string): Promise<Page> {
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** Creates a sandbox API user with the panel and returns the extension's id. */
async function createApiUser(browser: Browser, gstin: string, username: string): Promise<void> {
  const page = await browser.newPage();
  await reachCreateAccount(page, gstin);
  await typeInto(page, F.username, username);
  await typeInto(page, F.password, PASSWORD);
  await typeInto(page, F.confirm, PASSWORD);
  for (const id of ['username', 'password', 'confirm']) await waitForCheck(page, id, 'true');
  await pressCreate(page);
  await waitForCaptureNotice(page, 'confirmed');
  await page.close();
}

describe('a browser restart', () => {
  it('keeps the credentials with "Keep on this device", password and all', async () => {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'einv-restart-'));
    try {
      const firstId = await withBrowser(profile, async (browser, extensionId) => {
        const popup = await openPopup(browser, extensionId);
        await popup.waitForSelector('[data-testid="keep-on-device"]:not([disabled])');
        await popup.click('[data-testid="keep-on-device"]');
        await popup.waitForFunction(
          () => (document.querySelector('[data-testid="keep-on-device"]') as HTMLInputElement).checked,
        );
        await popup.close();
        await createApiUser(browser, '29AAFCC9980M1ZR', 'gstzenkept01');
        return extensionId;
      });

      await withBrowser(profile, async (browser, extensionId) => {
        expect(extensionId).toBe(firstId);
        const popup = await openPopup(browser, extensionId);
        const card = '[data-testid="credential"][data-status="confirmed"][data-gstin="29AAFCC9980M1ZR"]';
        await popup.waitForSelector(card, { timeout: 15_000 });
        expect(await popup.$eval(`${card} [data-testid="username"]`, (el) => el.textContent)).toBe('gstzenkept01');
        expect(await popup.$eval('[data-testid="keep-on-device"]', (el) => (el as HTMLInputElement).checked)).toBe(
          true,
        );
        await popup.click(`${card} [data-testid="reveal-password"]`);
        await popup.waitForFunction(
          (pw) => document.querySelector('[data-testid="password"]')?.textContent?.includes(pw),
          { timeout: 10_000 },
          PASSWORD,
        );
      });
    } finally {
      await rm(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    }
  });

  it('without it, forgets the credentials as the popup said, and the board still names the API user', async () => {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'einv-restart-'));
    try {
      await withBrowser(profile, async (browser, extensionId) => {
        const popup = await openPopup(browser, extensionId);
        // Said before anything is lost: off means forgotten when the browser closes.
        await popup.waitForSelector('#keep-on-device-hint');
        expect(await popup.$eval('#keep-on-device-hint', (el) => el.textContent)).toMatch(
          /forgotten when the browser closes/i,
        );
        await popup.close();
        await createApiUser(browser, '36AAECB7633H1ZN', 'gstzensession01');
      });

      await withBrowser(profile, async (browser, extensionId) => {
        const popup = await openPopup(browser, extensionId);
        await popup.waitForSelector('[data-testid="start"]', { timeout: 15_000 });
        expect(await popup.$('[data-testid="credential"]')).toBeNull();
        await popup.click('[data-testid="tab-board"]');
        const apiUser =
          '[data-testid="board-gstin"][data-gstin="36AAECB7633H1ZN"] [data-testid="board-section"][data-section="sandbox-api-user"][data-done="true"]';
        await popup.waitForSelector(apiUser, { timeout: 10_000 });
        expect(await popup.$eval(apiUser, (el) => el.textContent)).toContain('gstzensession01');
        expect(await popup.evaluate(() => document.body.textContent)).not.toContain(PASSWORD);
      });
    } finally {
      await rm(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    }
  });
});
