// The practice GSTZen (my.gstzen.in) on its own (no extension): a real Chromium plays GSTZen's
// help document by hand on both markup variants, with scripts/lib/walk-gstzen.mjs.
//   npx vitest run --config vitest.e2e.config.ts test/e2e/gstzen-replica.test.ts
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GSTZEN_GSTINS,
  GSTZEN_MESSAGES,
  GSTZEN_VARIANTS,
  gstzenControls,
  gstzenPaths,
  gstzenQuery,
  type GstzenVariant,
} from '../../practice-portal/gstzen-controls.mjs';
import { GSTZEN_LOOKALIKE_HOST, startPracticePortal, type PracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/lib/chromium.mjs';
import {
  GSTZEN_URL,
  deleteTestInvoicesByHand,
  gstzenAnswer,
  openGstinByHand,
  openLoginFormByHand,
  pressGstzenLogin,
  typeGstzenLoginByHand,
} from '../../scripts/lib/walk-gstzen.mjs';

const CLOUDZEN = '29AAFCC9980M1ZR';
const CONNECT = '36AAECC5105F1Z3';
/** Passwords the walks type: none may reach the server's log. */
const PASSWORDS = ['Sandbox#Pass1', 'Wrong#Pass2', 'Live#Pass3', 'Decoy#Pass4'];
const SANDBOX_LOGIN = {
  username: 'gstzentest',
  password: PASSWORDS[0]!,
  clientId: 'ZENTRIAL',
  clientSecret: 'ZENTRIAL',
};

let portal: PracticePortal;
let launched: LaunchedBrowser;
let page: Page;
const logLines: string[] = [];

beforeAll(async () => {
  portal = await startPracticePortal({ log: (line) => logLines.push(line) });
  launched = await launchWithExtension({ hostResolverRules: portal.hostResolverRules });
  page = await launched.browser.newPage();
});

afterAll(async () => {
  await launched?.close();
  await portal?.close();
});

beforeEach(() => portal.reset());

// --- helpers -----------------------------------------------------------------------------------

const text = (selector: string) => page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const pathOf = () => new URL(page.url()).pathname;
/** The breadcrumb's crumbs joined by " / " (base writes the slashes, framework draws them with CSS). */
const breadcrumb = () =>
  page.$$eval('nav[aria-label="Breadcrumb"] li', (lis) =>
    lis.map((li) => (li.textContent ?? '').replace(/^\s*\/\s*/, '').trim()).join(' / '),
  );
/** The `<th>` → `<td>` rows of the page's tables. */
const rowsByCaption = () =>
  page.$$eval('table tr', (trs) => {
    const rows: Record<string, string> = {};
    for (const tr of trs) {
      const caption = tr.querySelector('th')?.textContent?.trim();
      const value = tr.querySelector('td')?.textContent?.trim();
      if (caption !== undefined && value !== undefined) rows[caption] = value;
    }
    return rows;
  });
/** The value next to "E-Invoice environment" on the login form. */
const environmentOnForm = () =>
  page.$eval('form', (form) => {
    const label = [...form.querySelectorAll('span, dt')].find(
      (el) => el.textContent?.trim() === 'E-Invoice environment',
    );
    return (label?.nextElementSibling?.textContent ?? '').trim();
  });

// --- both variants -----------------------------------------------------------------------------

describe.each(GSTZEN_VARIANTS)('GSTZen replica, %s markup', (variant: GstzenVariant) => {
  const F = gstzenControls(variant);
  const query = gstzenQuery(variant);

  it('lists the GSTINs on the dashboard, each a link to its home page', async () => {
    await page.goto(`${GSTZEN_URL}/${query}`);
    expect(await text('#practiceBanner')).toBe('Practice portal — not the real GSTZen site');
    expect(await text('h2')).toBe('Your GSTZen Dashboard');
    expect(await page.$$eval('thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
      '⚙',
      'GSTIN',
      'Tax Payer Name',
      'GSTR-1',
      'GSTR-3B',
      'GSTR-9',
      'State',
    ]);
    const rows = await page.$$eval('tbody tr', (trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        return {
          gstin: cells[1]?.textContent,
          href: cells[1]?.querySelector('a')?.getAttribute('href'),
          name: cells[2]?.textContent,
          state: cells[6]?.textContent,
        };
      }),
    );
    expect(rows).toEqual(
      GSTZEN_GSTINS.map((g) => ({
        gstin: g.gstin,
        href: `${gstzenPaths(g.gstin).home}${query}`,
        name: g.dashboardName,
        state: g.stateCode,
      })),
    );

    await openGstinByHand(page, CLOUDZEN, variant);
    expect(await text('h2')).toBe('CloudZen Software Labs Pvt. Ltd. (KA - 29AAFCC9980M1ZR) Manage');
    expect(await breadcrumb()).toBe('Home / CloudZen Softw... (AAFCC9980M) / CloudZen Softw... (KA - 29AAFCC9980M1ZR)');
    expect(await page.$$eval('nav[aria-label="GSTIN menu"] a', (as) => as.map((a) => a.textContent))).toEqual([
      'Product Codes',
      'Departments',
      'Suppliers & Customers',
      'Sales Register',
      'Purchase Register',
      'E-Way Bills',
      'E-Invoicing',
    ]);
  });

  it('walks to the login form and refuses a wrong client ID and a wrong username prefix', async () => {
    await openLoginFormByHand(page, CLOUDZEN, variant);
    // No details yet: the form is on Tally/SAP Integration itself, empty, in the sandbox.
    expect(pathOf()).toBe(gstzenPaths(CLOUDZEN).tallySap);
    expect(await breadcrumb()).toMatch(/ \/ E-Invoicing \/ E-Invoice Sales Register Uploader$/);
    expect(await environmentOnForm()).toBe('Sandbox (testing)');
    for (const field of [F.username, F.password, F.clientId, F.clientSecret]) {
      expect(await page.$eval(field, (el) => (el as HTMLInputElement).value)).toBe('');
    }
    expect(await page.$eval(F.password, (el) => (el as HTMLInputElement).type)).toBe('password');
    if (variant === 'framework') {
      // The GSTIN is in the URL only; the decoys sit before the real fields.
      expect(await text('main')).not.toContain(CLOUDZEN);
      expect(await page.$eval(F.decoyPassword!, (el) => (el as HTMLElement).offsetParent)).toBeNull();
      expect(await page.$eval(F.decoyUsername!, (el) => el.getBoundingClientRect().right)).toBeLessThan(0);
    }

    await typeGstzenLoginByHand(page, { ...SANDBOX_LOGIN, password: PASSWORDS[1]!, clientId: 'ZENTRIALX' }, variant);
    expect(await pressGstzenLogin(page)).toEqual({ status: null, error: GSTZEN_MESSAGES.invalidClient });
    expect(pathOf()).toBe(gstzenPaths(CLOUDZEN).login);
    expect(await breadcrumb()).toBe(
      variant === 'base'
        ? 'Home / CloudZen Softw... (AAFCC9980M) / CloudZen Softw... (KA - 29AAFCC9980M1ZR) / Login to E-Invoice Portal'
        : 'Home / CloudZen Software Labs Pvt. Ltd. / Login to E-Invoice Portal',
    );
    // Kept as typed, but the password.
    expect(await page.$eval(F.username, (el) => (el as HTMLInputElement).value)).toBe('gstzentest');
    expect(await page.$eval(F.clientId, (el) => (el as HTMLInputElement).value)).toBe('ZENTRIALX');
    expect(await page.$eval(F.password, (el) => (el as HTMLInputElement).value)).toBe('');

    // ZENLIVE wants an API_ username, ZENTRIAL one without.
    await typeGstzenLoginByHand(page, { ...SANDBOX_LOGIN, clientId: 'ZENLIVE', clientSecret: 'ZENLIVE' }, variant);
    expect(await pressGstzenLogin(page)).toEqual({ status: null, error: GSTZEN_MESSAGES.invalidLogin });
    await typeGstzenLoginByHand(page, { ...SANDBOX_LOGIN, username: 'API_gstzentest' }, variant);
    expect(await pressGstzenLogin(page)).toEqual({ status: null, error: GSTZEN_MESSAGES.invalidLogin });
    if (variant === 'framework') expect(page.url()).toContain('variant=framework');
  });

  it('logs in to the sandbox and shows the details on Tally/SAP Integration', async () => {
    await openLoginFormByHand(page, CLOUDZEN, variant);
    await typeGstzenLoginByHand(page, SANDBOX_LOGIN, variant);
    expect(await pressGstzenLogin(page)).toEqual({
      status: 'Logged in to the E-Invoice portal as gstzentest.',
      error: null,
    });
    expect(page.url()).toBe(`${GSTZEN_URL}${gstzenPaths(CLOUDZEN).tallySap}${query}`);
    expect(await text('h3')).toBe('E-Invoice Portal Login Details');
    expect(await rowsByCaption()).toEqual({
      'E-Invoice Portal Client ID': 'ZENTRIAL',
      'E-Invoice Portal Username': 'gstzentest',
      'E-Invoice environment': 'Sandbox (testing)',
    });
    // The message shows once.
    await page.reload();
    expect(await gstzenAnswer(page)).toEqual({ status: null, error: null });

    // With details, the form is behind "Change E-Invoice Portal Login details", empty again.
    await openLoginFormByHand(page, CLOUDZEN, variant);
    expect(pathOf()).toBe(gstzenPaths(CLOUDZEN).login);
    expect(await page.$eval(F.username, (el) => (el as HTMLInputElement).value)).toBe('');
  });

  it('deletes the test invoices after Approve, and the GSTIN moves to Production', async () => {
    await openGstinByHand(page, CLOUDZEN, variant);
    await Promise.all([page.waitForNavigation(), page.click(`a[href^="${gstzenPaths(CLOUDZEN).sales}"]`)]);
    expect(await text('h2')).toBe('Sales Register');
    expect(await text('.gz-totals td')).toBe('Total of 12 records (includes Invoices in all pages)');
    expect(await page.$$eval(F.invoiceCheckboxes, (els) => els.length)).toBe(12);
    expect(await page.$eval(F.selectAll, (el) => el.closest('th')?.textContent?.trim())).toMatch(/Type$/);

    // Nothing selected.
    await Promise.all([page.waitForNavigation(), page.click(F.deleteSelected)]);
    expect(await gstzenAnswer(page)).toEqual({ status: null, error: GSTZEN_MESSAGES.selectFirst });

    // Select all, Delete selected…, then Delete Invoices without Approve.
    await page.click(F.selectAll);
    expect(await page.$$eval(F.invoiceCheckboxes, (els) => els.every((el) => (el as HTMLInputElement).checked))).toBe(
      true,
    );
    await Promise.all([page.waitForNavigation(), page.click(F.deleteSelected)]);
    expect(await text('h3')).toBe('Are you sure you want to delete 12 Invoices?');
    expect(await breadcrumb()).toMatch(/ \/ Sales Invoices \/ Delete Invoices$/);
    expect(await text('main')).toContain('Check this box to deleted the selected invoices');
    await Promise.all([page.waitForNavigation(), page.click(F.deleteInvoices)]);
    expect(await gstzenAnswer(page)).toEqual({ status: null, error: GSTZEN_MESSAGES.tickApprove });
    expect(await text('h3')).toBe('Are you sure you want to delete 12 Invoices?');

    await page.click(F.approve);
    await Promise.all([page.waitForNavigation(), page.click(F.deleteInvoices)]);
    expect(await gstzenAnswer(page)).toEqual({ status: '12 Invoices deleted.', error: null });
    expect(page.url()).toBe(`${GSTZEN_URL}${gstzenPaths(CLOUDZEN).sales}${query}`);
    expect(await text('main')).toContain('No invoices in your Sales Register.');

    await openLoginFormByHand(page, CLOUDZEN, variant);
    expect(await environmentOnForm()).toBe('Production');

    // The same by hand in one go, on the GSTIN with 3; the others stay in the sandbox.
    expect(await deleteTestInvoicesByHand(page, CONNECT, variant)).toBe(3);
    await openLoginFormByHand(page, '36AAECB7633H1ZN', variant);
    expect(await environmentOnForm()).toBe('Sandbox (testing)');
  });

  it('takes the environment from ?stage= and logs in to production with ZENLIVE', async () => {
    const login = `${GSTZEN_URL}${gstzenPaths(CLOUDZEN).login}`;
    await page.goto(`${login}?stage=production${variant === 'base' ? '' : `&variant=${variant}`}`);
    expect(await environmentOnForm()).toBe('Production');
    await page.goto(`${login}${query}`);
    expect(await environmentOnForm()).toBe('Production');

    await typeGstzenLoginByHand(
      page,
      { username: 'API_gstzenlive', password: PASSWORDS[2]!, clientId: 'ZENLIVE', clientSecret: 'ZENLIVE' },
      variant,
    );
    expect(await pressGstzenLogin(page)).toEqual({
      status: 'Logged in to the E-Invoice portal as API_gstzenlive.',
      error: null,
    });
    expect(await rowsByCaption()).toMatchObject({ 'E-Invoice environment': 'Production' });

    await page.goto(`${GSTZEN_URL}${gstzenPaths(CLOUDZEN).tallySap}?stage=sandbox${query.replace('?', '&')}`);
    expect(await rowsByCaption()).toMatchObject({ 'E-Invoice environment': 'Sandbox (testing)' });
  });
});

// --- framework only: the decoys ----------------------------------------------------------------

describe('GSTZen replica, framework decoys', () => {
  it('refuses a form whose hidden or off-screen decoy was filled', async () => {
    const F = gstzenControls('framework');
    for (const decoy of [F.decoyUsername!, F.decoyPassword!]) {
      await openLoginFormByHand(page, CLOUDZEN, 'framework');
      await typeGstzenLoginByHand(page, SANDBOX_LOGIN, 'framework');
      await page.$eval(
        decoy,
        (el, value) => {
          (el as HTMLInputElement).value = value;
        },
        PASSWORDS[3]!,
      );
      expect(await pressGstzenLogin(page)).toEqual({ status: null, error: GSTZEN_MESSAGES.decoyFilled });
    }
  });
});

// --- hosts, addresses, the log -----------------------------------------------------------------

describe('GSTZen replica, hosts and addresses', () => {
  it('serves the same dashboard on the look-alike host, under its own banner', async () => {
    await page.goto(`https://${GSTZEN_LOOKALIKE_HOST}/`);
    expect(await text('#practiceBanner')).toBe(
      'Practice look-alike of GSTZen on another host — the extension must ignore it',
    );
    expect(await text('h2')).toBe('Your GSTZen Dashboard');
    expect(await page.$$eval('tbody tr', (trs) => trs.length)).toBe(GSTZEN_GSTINS.length);
    // Its links stay on the look-alike host, styled by GSTZen's sheet.
    await openGstinByHand(page, CLOUDZEN, 'base', { origin: `https://${GSTZEN_LOOKALIKE_HOST}` });
    expect(new URL(page.url()).host).toBe(GSTZEN_LOOKALIKE_HOST);
    expect(await page.$eval('.gz-nav', (el) => getComputedStyle(el).display)).toBe('flex');
  });

  it('answers an unknown GSTIN with "GSTIN not found in your GSTZen account"', async () => {
    const response = await page.goto(`${GSTZEN_URL}/gstin/27AAPFU0939F1ZV/`);
    expect(response?.status()).toBe(404);
    expect(await text('h2')).toBe('GSTIN not found in your GSTZen account');
    // Without the trailing slash: redirected to it.
    await page.goto(`${GSTZEN_URL}/gstin/${CLOUDZEN}/sales?variant=framework`);
    expect(page.url()).toBe(`${GSTZEN_URL}/gstin/${CLOUDZEN}/sales/?variant=framework`);
  });

  it('never logged a password, a query string or a body', () => {
    expect(logLines.length).toBeGreaterThan(20);
    expect(logLines.some((line) => line.startsWith('POST my.gstzen.in/gstin/'))).toBe(true);
    for (const line of logLines) {
      expect(line).not.toContain('?');
      for (const password of PASSWORDS) expect(line).not.toContain(password);
    }
  });
});
