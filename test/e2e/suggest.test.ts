import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clickInPanel,
  F,
  openPopup,
  panelText,
  useExtensionSession,
  waitForCaptureNotice,
  waitForCheck,
  waitForStep,
  type ExtensionSession,
} from './support';
import { pressCreate, reachCreateAccount } from './sandbox-portal';

const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;
beforeEach(() => {
  ({ session, page } = context);
});

const value = (selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).value);

/** The popup's credential cards: how many, and each one's status words and username. */
function cards(popup: Page) {
  return popup.$$eval('[data-testid="credential"]', (els) =>
    els.map((el) => ({
      status: el.getAttribute('data-status'),
      statusText: el.querySelector('[data-testid="status"]')?.textContent ?? '',
      username: el.querySelector('[data-testid="username"]')?.textContent ?? '',
      text: el.textContent ?? '',
    })),
  );
}

describe('the suggested username and password', () => {
  it('fill the portal boxes on the user click, are kept at once, and become the confirmed set after Create', async () => {
    await reachCreateAccount(page, '29AAFCC9980M1ZR');

    // A click made by the page's own script does nothing.
    await page.evaluate(() =>
      document
        .querySelector('einv-assistant')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="suggest"]')
        ?.click(),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await value(F.username)).toBe('');
    expect(await value(F.password)).toBe('');

    await clickInPanel(page, 'suggest');
    await page.waitForFunction(
      () => document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="suggest-notice"]'),
      { timeout: 10_000 },
    );
    const username = await value(F.username);
    const password = await value(F.password);
    expect(username).toMatch(/^cloudzen\d{3}$/); // From the trade name the portal shows.
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await value(F.confirm)).toBe(password);
    for (const id of ['username', 'password', 'confirm']) await waitForCheck(page, id, 'true');

    // The panel names the username and never shows the password.
    const notice = await panelText(page);
    expect(notice).toContain(username);
    expect(notice).toMatch(/kept both already/);
    const shadow = await page.evaluate(() => document.querySelector('einv-assistant')?.shadowRoot?.innerHTML ?? '');
    expect(shadow).not.toContain(password);

    // Kept at once, before Create: one set, 'suggested', never showing the password unasked.
    const popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="credential"]', { timeout: 10_000 });
    const before = await cards(popup);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ status: 'suggested', username });
    expect(before[0]!.statusText).toMatch(/uggested/);
    expect(before[0]!.text).not.toContain(password);

    // The user presses Create: the same set is captured and then confirmed, not a second one.
    await page.bringToFront();
    await pressCreate(page);
    await waitForStep(page, 'sandbox.acknowledged');
    await waitForCaptureNotice(page, 'confirmed');
    await popup.bringToFront();
    await popup.waitForSelector('[data-testid="credential"][data-status="confirmed"]', { timeout: 10_000 });
    const after = await cards(popup);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'confirmed', username });
    expect(after[0]!.statusText).toMatch(/Created on the portal/);
  });
});
