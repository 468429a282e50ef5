// The practice portal on its own (no extension): a real Chromium walks the sandbox registration
// the way a person does, finding fields by their visible labels as the extension will.
//   npx vitest run --config vitest.e2e.config.ts test/e2e/practice-portal.test.ts
// Set PRACTICE_PORTAL_SCREENSHOT=/tmp/x.png to keep a screenshot of the Create Account state.
import { request } from 'node:https';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPracticePortal, type PracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/lib/chromium.mjs';

const SANDBOX = 'https://einv-apisandbox.nic.in';
const REGISTRATION = `${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`;
const P = 'ctl00_ContentPlaceHolder1_';
const CLOUDZEN = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)';
const CLOUDZEN_CLIENT_ID = 'AAFCC29ERP82ZSO';
const ALREADY_REGISTERED = 'You are already registered Pl.use already created username and password...';

let portal: PracticePortal;
let launched: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  portal = await startPracticePortal();
  launched = await launchWithExtension({ hostResolverRules: portal.hostResolverRules });
  page = await launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
});

afterAll(async () => {
  await launched?.close();
  await portal?.close();
});

beforeEach(() => portal.reset());

// --- helpers -----------------------------------------------------------------------------------

/**
 * The id of the control whose <label for> reads exactly `text` (as the extension finds it),
 * looking inside `within` only: "GSP" and "ERP" label both a User Type and a Registration through radio.
 */
async function idForLabel(text: string, within = 'body'): Promise<string> {
  const id = await page.evaluate(
    (wanted, scope) => {
      const labels = [...(document.querySelector(scope)?.querySelectorAll('label') ?? [])];
      return labels.find((l) => l.textContent?.trim() === wanted)?.htmlFor ?? null;
    },
    text,
    within,
  );
  if (!id) throw new Error(`No <label for> reads "${text}" in ${within}`);
  return id;
}

async function typeByLabel(text: string, value: string): Promise<void> {
  await page.type(`#${await idForLabel(text)}`, value);
}

async function clickLabel(text: string, within = 'body'): Promise<void> {
  await page.click(`label[for="${await idForLabel(text, within)}"]`);
}

/** Clicks the visible button whose value is `value` (there are several "Exit"s, one per section). */
async function clickButton(value: string): Promise<void> {
  const handle = await page.waitForSelector(`input[value="${value}"]:not([disabled])`, { visible: true });
  await handle!.click();
}

async function waitForMessage(text: string): Promise<void> {
  await page.waitForFunction(
    (id, wanted) => document.getElementById(id)?.textContent?.trim() === wanted,
    { timeout: 5000 },
    `${P}lblMsg`,
    text,
  );
}

const message = () => page.$eval(`#${P}lblMsg`, (el) => el.textContent?.trim() ?? '');
const valueOf = (id: string) => page.$eval(`#${id}`, (el) => (el as HTMLInputElement).value);
const captchaCode = () => page.$eval('#captchaImage', (el) => el.getAttribute('data-practice-code') ?? '');
const isShown = (id: string) =>
  page.$eval(`#${id}`, (el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed');

/** Option texts of "Company Name" after choosing "Registration through" `kind`. */
async function companiesFor(kind: 'GSP' | 'ERP'): Promise<string[]> {
  await clickLabel(kind, `#${P}pnlCreate`);
  await page.waitForSelector(`#${P}ddlCompany`, { visible: true });
  return page.$$eval(`#${P}ddlCompany option`, (opts) => opts.map((o) => o.textContent ?? ''));
}

interface Details {
  gstin: string;
  mobile?: string;
  email?: string;
}

/** From a fresh Registration page to the Create Account section (Tax Payer, Validate, OTP). */
async function reachCreateAccount({ gstin, mobile = '9876543210', email = 'accounts@example.com' }: Details, url = REGISTRATION) {
  await page.goto(url);
  await clickLabel('Tax Payer');
  await typeByLabel('GSTIN :*', gstin);
  await typeByLabel('GST Registered Mobile No. :*', mobile);
  await typeByLabel('GST Registered e-Mail Id :*', email);
  await typeByLabel('Captcha :*', await captchaCode());
  await clickButton('Validate');
  await waitForMessage('Successfully Validated...! Click Send OTP for Create Account.');
  await clickButton('Send OTP');
  const phone = await page.waitForSelector('#practicePhone[data-practice-otp]', { visible: true });
  const otp = await phone!.evaluate((el) => el.getAttribute('data-practice-otp') ?? '');
  await typeByLabel('Mobile OTP :*', otp);
  await clickButton('Submit');
  await page.waitForSelector(`#${P}pnlCreate`, { visible: true });
}

interface Account {
  kind?: 'GSP' | 'ERP';
  company?: string;
  clientId?: string;
  username: string;
  password: string;
  confirm?: string;
  /** Save a screenshot of the filled Create Account section to $PRACTICE_PORTAL_SCREENSHOT. */
  screenshot?: boolean;
}

/** Fills the Create Account section and posts it; resolves once the answer page has loaded. */
async function create(account: Account) {
  const { kind = 'ERP', company = CLOUDZEN, clientId = CLOUDZEN_CLIENT_ID, username, password } = account;
  await companiesFor(kind);
  const value = await page.$$eval(
    `#${P}ddlCompany option`,
    (opts, wanted) => opts.find((o) => o.textContent === wanted)?.value ?? null,
    company,
  );
  expect(value, `"${company}" listed under ${kind}`).not.toBeNull();
  await page.select(`#${P}ddlCompany`, value!);
  await typeByLabel('Client ID :*', clientId);
  await typeByLabel('Enter Username :*', username);
  await typeByLabel('Enter Password :*', password);
  await typeByLabel('Confirm Password :*', account.confirm ?? password);
  const screenshot = process.env.PRACTICE_PORTAL_SCREENSHOT;
  if (account.screenshot && screenshot) await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), clickButton('Create')]);
}

/** A request straight to the portal, for what a browser does not show (status codes, POST order). */
function fetchPortal(host: string, path: string, { method = 'GET', form }: { method?: string; form?: Record<string, string> } = {}) {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: portal.port,
        servername: host,
        path,
        method,
        rejectUnauthorized: false,
        headers: {
          Host: host,
          ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// --- tests -------------------------------------------------------------------------------------

describe('practice portal: sandbox registration', () => {
  it('walks the whole manual registration from the home page to the acknowledgement', async () => {
    await page.goto(`${SANDBOX}/`);
    expect(await page.$eval('.portal-name', (el) => el.textContent)).toBe("e - Invoice API Developer's Portal");
    expect(await page.$eval('body', (el) => el.textContent)).toContain(
      '1st Dec. 2020 ** e-Invoice Trial portal is enabled for taxpayers with PAN based turnover more than Rs 100 Cr. in a financial year',
    );
    expect(await page.$eval('#practiceBanner', (el) => el.textContent)).toBe('Practice portal — not the real NIC site');

    await Promise.all([page.waitForNavigation(), page.click('a[href="/einvapiclient/Login.aspx"]')]);
    expect(await page.$eval('.portal-name', (el) => el.textContent)).toBe('e - Invoice API Testing System');
    expect(await page.$eval('body', (el) => el.textContent)).toContain('E-Invoice API Access Mechanisms');

    await Promise.all([page.waitForNavigation(), page.click('a[href="/einvapiclient/EncDesc/Registration.aspx"]')]);
    expect(page.url()).toBe(REGISTRATION);
    expect(await page.$eval('h2', (el) => el.textContent)).toBe('Registration Form');
    expect(await page.$$eval('input[type=radio]:checked', (els) => els.length)).toBe(0);
    expect(await page.$eval(`#${P}btnSendOTP`, (el) => (el as HTMLInputElement).disabled)).toBe(true);
    expect(await isShown(`${P}pnlOTP`)).toBe(false);
    expect(await isShown(`${P}pnlCreate`)).toBe(false);

    await clickLabel('Tax Payer');
    await typeByLabel('GSTIN :*', '29aafcc9980m1zr');
    await typeByLabel('GST Registered Mobile No. :*', '9876543210');
    await typeByLabel('GST Registered e-Mail Id :*', 'accounts@cloudzen.example');
    await typeByLabel('Captcha :*', await captchaCode());
    await clickButton('Validate');
    await waitForMessage('Successfully Validated...! Click Send OTP for Create Account.');
    expect(await valueOf(await idForLabel('Trade Name :*'))).toBe('CLOUDZEN SOFTWARE LABS PRIVATE LIMITED');
    expect(await valueOf(`${P}txtGSTIN`)).toBe('29AAFCC9980M1ZR');
    expect(await page.$eval(`#${P}btnValidate`, (el) => (el as HTMLInputElement).disabled)).toBe(true);
    expect(await page.$eval(`#${P}txtGSTIN`, (el) => (el as HTMLInputElement).readOnly)).toBe(true);

    await clickButton('Send OTP');
    const phone = await page.waitForSelector('#practicePhone[data-practice-otp]', { visible: true });
    const otp = await phone!.evaluate((el) => el.getAttribute('data-practice-otp') ?? '');
    expect(otp).toMatch(/^\d{6}$/);
    expect(await phone!.evaluate((el) => el.textContent)).toBe(
      `Practice portal — SMS to your mobile: Your OTP for e-Invoice API registration is ${otp}`,
    );
    expect(await page.$eval('#practicePhone', (el) => el.closest('form'))).toBeNull();
    expect(await page.$$eval('a', (as) => as.some((a) => a.textContent === 'Click Here To Resend OTP'))).toBe(true);

    await typeByLabel('Mobile OTP :*', otp === '000000' ? '111111' : '000000');
    await clickButton('Submit');
    await waitForMessage('Invalid OTP. Please enter the correct OTP.');
    expect(await isShown(`${P}pnlCreate`)).toBe(false);
    await page.$eval(`#${P}txtOTP`, (el) => ((el as HTMLInputElement).value = ''));
    await typeByLabel('Mobile OTP :*', otp);
    await clickButton('Submit');
    await page.waitForSelector(`#${P}pnlCreate`, { visible: true });
    expect(await page.$eval(`#${P}pnlCreate h3`, (el) => el.textContent)).toBe('Create Account');
    expect(await valueOf(await idForLabel('Your GSTIN :*'))).toBe('29AAFCC9980M1ZR');
    expect(await isShown(`${P}pnlCompany`)).toBe(false);

    // Default lists: CloudZen under ERP only; codes, not names, as option values.
    const gsp = await companiesFor('GSP');
    expect(gsp[0]).toBe('--Select--');
    expect(gsp.length).toBeGreaterThan(30);
    expect(gsp).not.toContain(CLOUDZEN);
    const erp = await companiesFor('ERP');
    expect(erp[0]).toBe('--Select--');
    expect(erp).toContain(CLOUDZEN);
    expect(await page.$$eval(`#${P}ddlCompany option`, (os) => os.every((o) => !/[a-z ]/i.test(o.value) || o.value === '0'))).toBe(true);

    await create({ username: 'cloudzen_api1', password: 'Secret@123', screenshot: true });
    expect(await page.$eval('h2', (el) => el.textContent)).toBe('Acknowledgement');
    const body = await page.$eval('body', (el) => el.textContent ?? '');
    expect(body).toContain('Your API user account has been created successfully.');
    const rows = await page.$$eval('table.ack tr', (trs) =>
      Object.fromEntries(trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent])),
    );
    expect(rows).toMatchObject({
      GSTIN: '29AAFCC9980M1ZR',
      'User Name': 'cloudzen_api1',
      Company: CLOUDZEN,
      'Client ID': CLOUDZEN_CLIENT_ID,
    });
    expect(rows.Date).toMatch(/^\d{2}\/\d{2}\/\d{4} /);
    expect(await page.content()).not.toContain('Secret@123');

    // The same GSTIN again: the server remembers it.
    await reachCreateAccount({ gstin: '29AAFCC9980M1ZR' });
    await create({ username: 'cloudzen_api2', password: 'Secret@123' });
    expect(await message()).toBe(ALREADY_REGISTERED);
  });

  it('answers a wrong captcha with a message and a new captcha', async () => {
    await page.goto(REGISTRATION);
    await clickLabel('Tax Payer');
    await typeByLabel('GSTIN :*', '29AAFCC9980M1ZR');
    await typeByLabel('GST Registered Mobile No. :*', '9876543210');
    await typeByLabel('GST Registered e-Mail Id :*', 'accounts@example.com');
    const before = await captchaCode();
    await typeByLabel('Captcha :*', before === '123456' ? '654321' : '123456');
    await clickButton('Validate');
    await waitForMessage('Invalid Captcha. Please try again.');
    expect(await captchaCode()).toMatch(/^\d{6}$/);
    expect(await captchaCode()).not.toBe(before); // one chance in a million of a false failure
    expect(await valueOf(`${P}txtCaptcha`)).toBe('');
    expect(await page.$eval(`#${P}btnSendOTP`, (el) => (el as HTMLInputElement).disabled)).toBe(true);

    // The other field checks, in the order the page makes them.
    await typeByLabel('Captcha :*', await captchaCode());
    await page.$eval(`#${P}txtGSTIN`, (el) => ((el as HTMLInputElement).value = '07AAAAA0000A1Z8'));
    await clickButton('Validate');
    await waitForMessage('Invalid GSTIN. Please enter a valid GSTIN.');
    await page.$eval(`#${P}txtGSTIN`, (el) => ((el as HTMLInputElement).value = '27AAPFU0939F1ZV'));
    await page.$eval(`#${P}txtMobile`, (el) => ((el as HTMLInputElement).value = '5876543210'));
    await clickButton('Validate');
    await waitForMessage('Please enter valid Mobile No.');
    await page.$eval(`#${P}txtMobile`, (el) => ((el as HTMLInputElement).value = '9876543210'));
    await page.$eval(`#${P}txtEmail`, (el) => ((el as HTMLInputElement).value = 'not-an-email'));
    await clickButton('Validate');
    await waitForMessage('Please enter valid e-Mail Id.');
    await page.$eval(`#${P}txtEmail`, (el) => ((el as HTMLInputElement).value = 'a@b.in'));
    await clickButton('Validate');
    await waitForMessage('Successfully Validated...! Click Send OTP for Create Account.');
    expect(await valueOf(`${P}txtTradeName`)).toBe('PRACTICE TRADERS PRIVATE LIMITED');
  });

  it('claims 29AAACJ4323N1ZC is already registered, yet creates the account', async () => {
    await reachCreateAccount({ gstin: '29AAACJ4323N1ZC' });
    await create({ username: 'quirky_user', password: 'Quirk#2024' });
    expect(await message()).toBe(ALREADY_REGISTERED);
    expect(await page.$eval(`#${P}lblMsg`, (el) => getComputedStyle(el).color)).toBe('rgb(221, 0, 0)');
    // Back to the initial state, as a WebForms page after the postback.
    expect(page.url()).toBe(REGISTRATION);
    expect(await page.$$eval('input[type=radio]:checked', (els) => els.length)).toBe(0);
    expect(await isShown(`${P}pnlCreate`)).toBe(false);
    expect(await page.content()).not.toContain('Quirk#2024');

    // The account exists: its username is now taken.
    await reachCreateAccount({ gstin: '27AAPFU0939F1ZV' });
    await create({ username: 'quirky_user', password: 'Quirk#2024' });
    expect(await message()).toBe('This username is already registered. Please choose a different username.');
  });

  it('lists CloudZen under GSP with ?cloudzen=gsp, and keeps that across the postback', async () => {
    await reachCreateAccount({ gstin: '27AAPFU0939F1ZV' }, `${REGISTRATION}?cloudzen=gsp`);
    expect(await companiesFor('ERP')).not.toContain(CLOUDZEN);
    expect(await companiesFor('GSP')).toContain(CLOUDZEN);
    await create({ kind: 'GSP', username: 'gstzen1234', password: 'Secret@123' });
    expect(await message()).toBe('This username is already registered. Please choose a different username.');
    expect(page.url()).toBe(`${REGISTRATION}?cloudzen=gsp`);
    expect(await page.$eval('#form1', (f) => f.getAttribute('action'))).toBe(
      '/einvapiclient/EncDesc/Registration.aspx?cloudzen=gsp',
    );
  });

  it('checks Client ID, then the password rule, then the confirmation; can answer slowly', async () => {
    const post = (fields: Record<string, string>) =>
      fetchPortal('einv-apisandbox.nic.in', '/einvapiclient/EncDesc/Registration.aspx', {
        method: 'POST',
        form: Object.fromEntries(Object.entries(fields).map(([k, v]) => [`ctl00$ContentPlaceHolder1$${k}`, v])),
      });
    const messageIn = (html: string) => /id="ctl00_ContentPlaceHolder1_lblMsg"[^>]*>([^<]*)</.exec(html)?.[1];
    const ok = {
      hdnGSTIN: '27AAPFU0939F1ZV',
      rblRegThrough: 'ERP',
      ddlCompany: '40127', // CloudZen's option value
      txtClientId: CLOUDZEN_CLIENT_ID,
      txtUserName: 'direct_post',
      txtPassword: 'Good@Pass1',
      txtConfirmPassword: 'Good@Pass1',
    };
    expect(messageIn((await post({ ...ok, ddlCompany: '0' })).body)).toBe('Invalid Client Id for the selected Company.');
    expect(messageIn((await post({ ...ok, txtClientId: 'ZENTRIAL' })).body)).toBe('Invalid Client Id for the selected Company.');
    expect(messageIn((await post({ ...ok, txtPassword: 'weakpass1', txtConfirmPassword: 'weakpass1' })).body)).toBe(
      'Password should contain at least one upper case, one lower case, one number and one special character [% $ # @ _ ! *]',
    );
    expect(messageIn((await post({ ...ok, txtConfirmPassword: 'Good@Pass2' })).body)).toBe(
      'Password and Confirm Password do not match.',
    );
    const created = await post(ok);
    expect(created.body).toContain('Your API user account has been created successfully.');
    expect(created.body).not.toContain('Good@Pass1');

    portal.setCreateDelay(400);
    const started = Date.now();
    expect(messageIn((await post(ok)).body)).toBe(
      'You are already registered Pl.use already created username and password...',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);

    portal.reset(); // also drops the delay
    expect((await post(ok)).body).toContain('Your API user account has been created successfully.');
    const reset = await fetchPortal('localhost', '/__practice/reset', { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await post(ok)).body).toContain('Your API user account has been created successfully.');
  });

  it('serves files with their types, a 404 page, and nothing outside the site folder', async () => {
    const css = await fetchPortal('einv-apisandbox.nic.in', '/Content/Site.css');
    expect(css.status).toBe(200);
    expect(css.type).toMatch(/^text\/css/);
    const aspx = await fetchPortal('einv-apisandbox.nic.in', '/EINVAPICLIENT/login.aspx');
    expect(aspx.status).toBe(200);
    expect(aspx.type).toMatch(/^text\/html/);
    for (const path of ['/nope.aspx', '/../../server.mjs', '/%2e%2e/%2e%2e/server.mjs', '/..%2f..%2fserver.mjs', '/Content/']) {
      expect((await fetchPortal('einv-apisandbox.nic.in', path)).status, path).toBe(404);
    }
    expect((await fetchPortal('einvoice1.gst.gov.in', '/')).status).toBe(200);
    expect((await fetchPortal('my.gstzen.in', '/')).status).toBe(200);
    const index = await fetchPortal('localhost', '/');
    expect(index.body).toContain(portal.hostResolverRules);
    expect((await fetchPortal('example.com', '/')).status).toBe(421);
  });
});
