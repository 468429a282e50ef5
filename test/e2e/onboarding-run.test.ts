// One complete run of GSTZen's help document with the built extension, as a user following the
// panel does it: the onboarding board advances through all five sections by what the extension
// observed, keeps its ticks after the extension restarts, and the support summary has the steps
// and no password.
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/onboarding-run.test.ts
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_USER } from '../../practice-portal/production-controls.mjs';
import { deleteTestInvoicesGuided, loginThroughGstzenGuided } from '../../scripts/lib/walk-gstzen-guided.mjs';
import { walkProductionGuided } from '../../scripts/lib/walk-production-guided.mjs';
import { DEMO_USER, walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import {
  copySummary,
  openPopup,
  restartExtension,
  SANDBOX,
  useExtensionSession,
  type ExtensionSession,
} from './support';

const GSTIN = DEMO_USER.gstin;
const SECTIONS = [
  'sandbox-api-user',
  'sandbox-gstzen-login',
  'delete-test-invoices',
  'production-api-user',
  'production-gstzen-login',
] as const;
const PRODUCTION_NAME = `API_${PRODUCTION_USER.apiUsername}`;
const PASSWORDS = [DEMO_USER.password, PRODUCTION_USER.apiPassword, PRODUCTION_USER.loginPassword];

const context = useExtensionSession();

/** The board's sections for the GSTIN as the popup shows them: id → ticked by whom ('' = not ticked). */
async function boardNow(session: ExtensionSession): Promise<Record<string, string>> {
  const popup = await openPopup(session);
  try {
    await popup.waitForSelector('[data-testid="tab-board"]', { timeout: 10_000 });
    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector(`[data-testid="board-gstin"][data-gstin="${GSTIN}"]`, { timeout: 10_000 });
    return await readBoard(popup);
  } finally {
    await popup.close();
  }
}

function readBoard(popup: Page): Promise<Record<string, string>> {
  return popup.$$eval(`[data-testid="board-gstin"][data-gstin="${GSTIN}"] [data-testid="board-section"]`, (els) =>
    Object.fromEntries(
      els.map((el) => [
        el.getAttribute('data-section') ?? '',
        el.getAttribute('data-done') === 'true' ? (el.getAttribute('data-by') ?? '?') : '',
      ]),
    ),
  );
}

const expected = (done: number) =>
  Object.fromEntries(SECTIONS.map((id, index) => [id, index < done ? 'observed' : '']));

describe('a complete run', () => {
  it('ticks all five sections by what the extension saw, keeps them after a restart, and summarises them without a password', async () => {
    const { session, page } = context;

    await walkSandbox(page, { sandboxUrl: SANDBOX });
    expect(await boardNow(session)).toEqual(expected(1));

    await loginThroughGstzenGuided(page, { gstin: GSTIN, env: 'sandbox' });
    expect(await boardNow(session)).toEqual(expected(2));

    const deleted = await deleteTestInvoicesGuided(page, { gstin: GSTIN });
    expect(deleted.deleted).toBe('12 Invoices deleted.');
    expect(await boardNow(session)).toEqual(expected(3));

    await walkProductionGuided(page, { productionUrl: 'https://einvoice1.gst.gov.in' });
    expect(await boardNow(session)).toEqual(expected(4));

    // GSTZen's form now says Production (the test invoices are gone): the production set goes in.
    await loginThroughGstzenGuided(page, { gstin: GSTIN, env: 'production' });
    expect(await boardNow(session)).toEqual(expected(5));

    // The summary while the passwords are still kept (the popup could reveal them): none in it.
    let popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="tab-board"]', { timeout: 10_000 });
    await popup.click('[data-testid="tab-board"]');
    const before = await copySummary(popup, GSTIN);
    expect(before).toContain(PRODUCTION_NAME);
    for (const password of PASSWORDS) expect(before).not.toContain(password);

    // After a restart of the extension: the kept credentials (session storage) are gone, the board is not.
    await restartExtension(session, popup);
    popup = await openPopup(session);
    await popup.waitForSelector('[data-testid="start"]', { timeout: 15_000 });
    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector(`[data-testid="board-gstin"][data-gstin="${GSTIN}"]`, { timeout: 10_000 });
    expect(await readBoard(popup)).toEqual(expected(5));

    const summary = await copySummary(popup, GSTIN);
    const done = summary
      .split('\n')
      .filter((line) => /^✓ Part [12], Section [123], .*: done .* IST, seen by the assistant/.test(line));
    expect(done).toHaveLength(5);
    expect(summary).not.toContain('not yet');
    expect(summary).toContain(DEMO_USER.username);
    expect(summary).toContain(PRODUCTION_NAME);
    expect(summary).toMatch(/Extension version: \d+\.\d+\.\d+/);
    for (const password of PASSWORDS) expect(summary).not.toContain(password);
    await popup.close();
  });
});
