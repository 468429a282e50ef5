// The panel and the popup in Hindi (issue 9, item 3): Chromium started in Hindi (its UI language
// and preferred languages, `launchWithExtension({ language: 'hi' })`), the guided walks of the three
// sites, a refusal with checks in warning and error, and the popup, each read whole (text, and
// the aria-label, title, placeholder and alt attributes) for English words left
// (test/english-left.ts: the portals' quoted words, names, codes and values stay). Text marked
// lang="en" is the portal's own message quoted as it came and is not read. Then the popup's switch
// changes an open panel's language and back.
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/hindi.test.ts
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { GSTZEN_TAXPAYERS } from '../../practice-portal/gstzen.mjs';
import { PRODUCTION_USER } from '../../practice-portal/production-controls.mjs';
import { CLOUDZEN, DEFAULT_TRADE_NAME, TRADE_NAMES } from '../../practice-portal/sandbox-data.mjs';
import { deleteTestInvoicesGuided, loginThroughGstzenGuided } from '../../scripts/lib/walk-gstzen-guided.mjs';
import { walkProductionGuided } from '../../scripts/lib/walk-production-guided.mjs';
import { DEMO_USER, walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import { englishWordsIn } from '../english-left';
import { pressCreate, reachCreateAccount } from './sandbox-portal';
import {
  F,
  openPopup,
  SANDBOX,
  typeInto,
  useExtensionSession,
  waitForCaptureNotice,
  waitForCheck,
  waitForStep,
  waitUntil,
} from './support';

const context = useExtensionSession({ language: 'hi' });

/** Values the pages and the test put on screen: the user's, the practice portal's and GSTZen's. */
const VALUES: readonly string[] = [
  ...Object.values(DEMO_USER),
  ...Object.values(PRODUCTION_USER),
  ...Object.values(TRADE_NAMES),
  DEFAULT_TRADE_NAME,
  CLOUDZEN.name,
  ...GSTZEN_TAXPAYERS.flatMap((taxpayer: { tradeName: string; dashboardName: string }) => [
    taxpayer.tradeName,
    taxpayer.dashboardName,
  ]),
];

/**
 * Everything a person or a screen reader gets from `root` (a document, or the panel's shadow
 * root): rendered text and the attributes read aloud. Skips what is declared English (lang="en":
 * the portal's own message, quoted as it came) and what is not rendered.
 */
function readAll(page: Page, where: 'panel' | 'page'): Promise<string> {
  return page.evaluate((scope) => {
    const root = scope === 'panel' ? document.querySelector('einv-assistant')?.shadowRoot : document;
    if (!root) return '';
    const parts: string[] = [];
    const visit = (node: Node) => {
      if (node instanceof Text) {
        const parent = node.parentElement;
        if (parent && parent.checkVisibility({ visibilityProperty: true }) && node.data.trim()) parts.push(node.data);
        return;
      }
      if (!(node instanceof Element)) return;
      if (['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
      if (/^en\b/i.test(node.getAttribute('lang') ?? '')) return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = node.getAttribute(name);
        if (value?.trim()) parts.push(value);
      }
      node.childNodes.forEach(visit);
    };
    root.childNodes.forEach(visit);
    return parts.join('\n');
  }, where);
}

/** At each step: the panel's words, and English words left in them (step → words). */
function hindiChecker(page: Page) {
  const english: Record<string, string[]> = {};
  const steps: string[] = [];
  const atStep = async (stepId: string) => {
    steps.push(stepId);
    const text = await readAll(page, 'panel');
    const left = englishWordsIn(text, VALUES);
    if (left.length) english[`${steps.length}. ${stepId}`] = left;
    // Hindi indeed, not an empty panel.
    if (!/[\u0900-\u097F]{3}/.test(text)) english[`${steps.length}. ${stepId}`] = ['(no Hindi at all)', text];
  };
  return { atStep, english, steps };
}

describe('the assistant in Hindi (browser language hi)', () => {
  it('Chromium speaks Hindi: the test means something only then', async () => {
    const popup = await openPopup(context.session);
    const ui = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    // Debian's chromium without chromium-l10n falls back to en-US (README, "Tests").
    expect(ui, 'Chromium has no Hindi resources: apt-get install chromium-l10n').toMatch(/^hi/);
    await popup.close();
  });

  it('guides the sandbox registration in Hindi, every step', async () => {
    const { page } = context;
    const { atStep, english, steps } = hindiChecker(page);
    await walkSandbox(page, { sandboxUrl: SANDBOX, atStep });
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(await page.$eval('einv-assistant', (host) => host.getAttribute('lang'))).toBe('hi');
    expect(english).toEqual({});
  });

  it('guides GSTZen (login, deleting the test invoices) and the production portal in Hindi', async () => {
    const { page } = context;
    const { atStep, english, steps } = hindiChecker(page);
    await loginThroughGstzenGuided(page, { gstin: DEMO_USER.gstin, env: 'sandbox', atStep });
    await deleteTestInvoicesGuided(page, { gstin: DEMO_USER.gstin, atStep });
    await walkProductionGuided(page, { productionUrl: 'https://einvoice1.gst.gov.in', atStep });
    expect(steps).toContain('gstzen.login-form');
    expect(steps).toContain('prod.created');
    expect(english).toEqual({});
  });

  it('says the checks and a refusal in Hindi', async () => {
    const { page } = context;
    await reachCreateAccount(page, '29AAACJ4323N1ZC');
    await typeInto(page, F.username, 'ab');
    await typeInto(page, F.password, 'Zen@Hin2026');
    await typeInto(page, F.confirm, 'Zen@Hin2025');
    await waitForCheck(page, 'username', 'warning');
    await waitForCheck(page, 'confirm', 'error');
    expect(englishWordsIn(await readAll(page, 'panel'), [...VALUES, 'ab'])).toEqual([]);
    await typeInto(page, F.username, 'gstzenhin01');
    await typeInto(page, F.password, 'Zen@Hin2026');
    await typeInto(page, F.confirm, 'Zen@Hin2026');
    await waitForCheck(page, 'confirm');
    await pressCreate(page);
    await waitForCaptureNotice(page, 'rejected');
    expect(englishWordsIn(await readAll(page, 'panel'), [...VALUES, 'gstzenhin01'])).toEqual([]);
  });

  it('shows the popup in Hindi: credentials of both environments, the board, the board page', async () => {
    const popup = await openPopup(context.session);
    await popup.waitForSelector('[data-testid="credential"]', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('hi');
    const allowed = [...VALUES, 'gstzenhin01'];
    expect(englishWordsIn(await readAll(popup, 'page'), allowed)).toEqual([]);
    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector(`[data-testid="board-gstin"][data-gstin="${DEMO_USER.gstin}"]`, { timeout: 10_000 });
    expect(englishWordsIn(await readAll(popup, 'page'), allowed)).toEqual([]);
    await popup.goto(`chrome-extension://${context.session.extensionId}/popup.html?view=board`);
    await popup.waitForSelector(`[data-testid="board-gstin"][data-gstin="${DEMO_USER.gstin}"]`, { timeout: 10_000 });
    expect(englishWordsIn(await readAll(popup, 'page'), allowed)).toEqual([]);
    await popup.close();
  });

  it("the popup's switch turns an open panel to English and back, and is remembered", async () => {
    const { page } = context;
    await page.goto(`${SANDBOX}/`);
    await waitForStep(page, 'sandbox.click-register');
    const panelLanguage = () => page.$eval('einv-assistant', (host) => host.getAttribute('lang'));
    expect(await panelLanguage()).toBe('hi');

    const popup = await openPopup(context.session);
    await popup.waitForSelector('[data-testid="language-switch"]');
    await popup.select('[data-testid="language-switch"]', 'en');
    await waitUntil(async () => (await popup.evaluate(() => document.documentElement.lang)) === 'en');
    await waitUntil(async () => (await panelLanguage()) === 'en');
    expect(englishWordsIn(await readAll(page, 'panel'), VALUES).length).toBeGreaterThan(3);

    // A new page asks the background: still English, though the browser speaks Hindi.
    await page.reload();
    await waitForStep(page, 'sandbox.click-register');
    await waitUntil(async () => (await panelLanguage()) === 'en');

    await popup.select('[data-testid="language-switch"]', 'auto');
    await waitUntil(async () => (await panelLanguage()) === 'hi');
    expect(englishWordsIn(await readAll(page, 'panel'), VALUES)).toEqual([]);
    await popup.close();
  });
});
