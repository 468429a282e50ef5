// "Keep on this device" when the key is lost (site data cleared), with the built extension: the
// encrypted copy is kept as it was, the popup says what happened, and new credentials are kept
// for the session (issue 8, item 5).
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/key-loss.test.ts
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import { reachCreateAccount, pressCreate } from './sandbox-portal';
import { F, openPopup, SANDBOX, stopServiceWorker, typeInto, useExtensionSession, waitForStep } from './support';

const context = useExtensionSession();

/** The encrypted copy as storage.local holds it (read from an extension page). */
function encryptedCopy(popup: Page): Promise<string> {
  return popup.evaluate(async () => {
    type Area = { get(key: string): Promise<Record<string, unknown>> };
    const { local } = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage;
    return JSON.stringify((await local.get('credentialSetsEncrypted')).credentialSetsEncrypted ?? null);
  });
}

describe('a lost key with “Keep on this device”', () => {
  it('keeps the old copy untouched, tells the user, and keeps new credentials for the session', async () => {
    const { session, page } = context;
    let popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="keep-on-device"]:not([disabled])');
    await popup.click('[data-testid="keep-on-device"]');
    await popup.waitForFunction(
      () => (document.querySelector('[data-testid="keep-on-device"]') as HTMLInputElement).checked,
    );
    await popup.close();

    await walkSandbox(page, { sandboxUrl: SANDBOX });
    popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="credential"][data-status="confirmed"]', { timeout: 10_000 });
    const copy = await encryptedCopy(popup);
    expect(copy).toContain('"iv"');

    // The key goes, as when the browser's site data is cleared (the worker stopped first, so no
    // connection of its holds the database open).
    await stopServiceWorker(session);
    await popup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('einvoice-assistant-vault');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(new Error('could not delete the key database'));
          request.onblocked = () => reject(new Error('the key database is still open'));
        }),
    );
    await popup.close();

    popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="unreadable-copy"]', { timeout: 10_000 });
    expect(await popup.$eval('[data-testid="unreadable-copy"]', (el) => el.textContent)).toMatch(
      /cannot be read.*has not been deleted/s,
    );
    expect(await popup.$('[data-testid="discard-unreadable-copy"]')).not.toBeNull();
    await popup.close();

    // A new capture goes to the session; the old copy stays byte for byte.
    await reachCreateAccount(page, '36AAECC5105F1Z3');
    await typeInto(page, F.username, 'afterloss01');
    await typeInto(page, F.password, 'After@Loss42');
    await typeInto(page, F.confirm, 'After@Loss42');
    await pressCreate(page);
    await waitForStep(page, 'sandbox.acknowledged');

    popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="credential"][data-gstin="36AAECC5105F1Z3"]', { timeout: 10_000 });
    expect(await popup.$('[data-testid="unreadable-copy"]')).not.toBeNull();
    expect(await encryptedCopy(popup)).toBe(copy);
    await popup.close();
  });
});
