import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import {
  copySummary,
  openPopup,
  restartExtension,
  SANDBOX,
  useExtensionSession,
  type ExtensionSession,
} from './support';

/**
 * The onboarding board with the built extension: a tick the assistant saw on the sandbox portal
 * and one the user made by hand both outlive a restart of the extension (the board is in
 * storage.local), and the copied support summary names the sections without the password.
 */
const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;
beforeEach(() => {
  ({ session, page } = context);
});

const GSTIN = DEMO_USER.gstin;
const section = (id: string, done: boolean, by?: 'observed' | 'user') =>
  `[data-testid="board-gstin"][data-gstin="${GSTIN}"] [data-testid="board-section"][data-section="${id}"][data-done="${String(done)}"]${by ? `[data-by="${by}"]` : ''}`;

describe('the onboarding board', () => {
  it('keeps what the assistant saw and what the user ticked across a restart, and copies a summary without the password', async () => {
    await walkSandbox(page, { sandboxUrl: SANDBOX });

    let popup = await openPopup(session);
    await popup.waitForSelector(`[data-testid="credential"][data-gstin="${GSTIN}"]`, { timeout: 10_000 });
    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector(section('sandbox-api-user', true, 'observed'), { timeout: 10_000 });
    await popup.waitForSelector(section('delete-test-invoices', false));
    // Unticked sections link to where they are done.
    expect(
      await popup.$eval(`${section('sandbox-gstzen-login', false)} [data-testid="board-where"]`, (a) =>
        a.getAttribute('href'),
      ),
    ).toBe(`https://my.gstzen.in/gstin/${GSTIN}/`);

    await popup.click(`${section('delete-test-invoices', false)} [data-testid="board-mark-done"]`);
    await popup.waitForSelector(section('delete-test-invoices', true, 'user'));

    await restartExtension(session, popup);

    // The restart happened: the credentials, kept in session storage only, are gone (the popup
    // answers, so a new worker runs), while the board, in storage.local, keeps both ticks.
    popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="start"]', { timeout: 15_000 });
    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector(section('sandbox-api-user', true, 'observed'), { timeout: 10_000 });
    await popup.waitForSelector(section('delete-test-invoices', true, 'user'));
    for (const id of ['sandbox-gstzen-login', 'production-api-user', 'production-gstzen-login']) {
      expect(await popup.$(section(id, false))).not.toBeNull();
    }

    // The summary, read where it is written: the page's clipboard API.
    const summary = await copySummary(popup, GSTIN);
    expect(
      await popup.$eval(
        `[data-testid="board-gstin"][data-gstin="${GSTIN}"] [data-testid="copy-summary"]`,
        (b) => b.textContent,
      ),
    ).toBe('Copied');
    expect(summary).toContain(`GSTIN: ${GSTIN}`);
    expect(summary).toMatch(/✓ Part 1, Section 1, Create the sandbox API user: done .* IST, seen by the assistant/);
    expect(summary).toMatch(
      /✓ Part 2, Section 1, Delete the test invoices in the sales register: done .*ticked by the user/,
    );
    expect(summary).toContain('✗ Part 1, Section 2, Log into the sandbox through GSTZen: not yet');
    expect(summary).toContain('✗ Part 2, Section 2, Create the production API user: not yet');
    expect(summary).toContain('✗ Part 2, Section 3, Log into production through GSTZen: not yet');
    expect(summary).toContain(`Sandbox (trial) portal: ${DEMO_USER.username}`);
    expect(summary).toMatch(/Extension version: \d+\.\d+\.\d+/);
    expect(summary).not.toContain(DEMO_USER.password);

    // The full-page view for support staff shows the same board.
    expect(await popup.$eval('[data-testid="open-board"]', (a) => a.getAttribute('href'))).toBe(
      `chrome-extension://${session.extensionId}/popup.html?view=board`,
    );
    const full = await session.browser.newPage();
    await full.goto(`chrome-extension://${session.extensionId}/popup.html?view=board`);
    await full.waitForSelector(section('delete-test-invoices', true, 'user'), { timeout: 10_000 });
    expect(await full.$(section('sandbox-api-user', true, 'observed'))).not.toBeNull();
    await full.close();
    await popup.close();
  });
});
