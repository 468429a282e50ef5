// The practice portal on its own (no extension): a real Chromium plays the sandbox registration
// by hand on every markup variant, with the selectors of practice-portal/sandbox-controls.mjs,
// and the production Create API User on every production variant (production-controls.mjs).
//   npx vitest run --config vitest.e2e.config.ts test/e2e/practice-portal.test.ts
// Set PRACTICE_PORTAL_SCREENSHOT=/tmp/x.png to keep a screenshot of the base's filled Create Account.
import { request } from 'node:https';
import type { Dialog, Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  SANDBOX_CONTROLS as F,
  SANDBOX_VARIANTS,
  sandboxControls,
  type SandboxVariant,
} from '../../practice-portal/sandbox-controls.mjs';
import {
  PRODUCTION_USER,
  PRODUCTION_VARIANTS,
  practiceCaptcha,
  practiceOtp,
  productionControls,
  productionStartPath,
  type AnswerMode,
  type ProductionVariant,
} from '../../practice-portal/production-controls.mjs';
import { CLOUDZEN, CLOUDZEN_LOOK_ALIKES, QUIRK_GSTIN } from '../../practice-portal/sandbox-data.mjs';
import { startPracticePortal, type PracticePortal } from '../../practice-portal/server.mjs';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/lib/chromium.mjs';
import {
  chooseThroughErpByHand,
  closeAnswerDialog,
  closeTechDialogIfShown,
  logIn,
  openCreateApiUserByHand,
  openLogin,
  pickCloudZenByHand,
  pressSubmit,
  typeApiCredentials,
  verifyApiOtp,
  walkProductionByHand,
  type ProductionByHandOptions,
} from '../../scripts/lib/walk-production.mjs';
import { DEMO_USER, walkSandboxByHand, type ByHandOptions } from '../../scripts/lib/walk-sandbox.mjs';

const SANDBOX = 'https://einv-apisandbox.nic.in';
const REGISTRATION = `${SANDBOX}/einvapiclient/EncDesc/Registration.aspx`;
const ALREADY_REGISTERED = 'You are already registered Pl.use already created username and password...';
const USERNAME_TAKEN = 'This username is already registered. Please choose a different username.';

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

type Stage = Parameters<NonNullable<ByHandOptions['at']>>[0];

/** The whole registration by hand on `variant`, for `gstin`; resolves on the portal's answer. */
function byHand(variant: SandboxVariant, gstin: string, username: string, options: Partial<ByHandOptions> = {}) {
  return walkSandboxByHand(page, { sandboxUrl: SANDBOX, variant, user: { ...DEMO_USER, gstin, username }, ...options });
}

const text = (selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
const messageOn = (variant: SandboxVariant) => text(sandboxControls(variant).message);
const isShown = (selector: string) => page.$eval(selector, (el) => (el as HTMLElement).offsetParent !== null);
const options = (selector: string) => page.$$eval(`${selector} option`, (os) => os.map((o) => o.textContent ?? ''));
const ackRows = () =>
  page.$$eval('table.ack tr', (trs) => {
    const rows: Record<string, string | undefined> = {};
    for (const tr of trs)
      rows[tr.querySelector('th')?.textContent ?? ''] = tr.querySelector('td')?.textContent ?? undefined;
    return rows;
  });

/** What each variant must show on the way, checked at the walk's stages. */
const TRAITS: Record<SandboxVariant, Partial<Record<Stage, () => Promise<void>>>> = {
  base: {
    'registration-form': async () => {
      expect(await text('h2')).toBe('Registration Form');
      expect(await page.$$eval('input[type=radio]:checked', (els) => els.length)).toBe(0);
      expect(await page.$eval(F.sendOtp, (el) => (el as HTMLInputElement).disabled)).toBe(true);
      expect(await isShown('[data-practice="otp-section"]')).toBe(false);
      expect(await isShown('[data-practice="create-section"]')).toBe(false);
    },
    'create-account': async () => {
      expect(await text('[data-practice="create-section"] h3')).toBe('Create Account');
      expect(await isShown(F.otp)).toBe(true);
      expect(await page.$eval('#practicePhone', (el) => el.closest('form'))).toBeNull();
      expect(await text('#practicePhone')).toMatch(
        /^Practice portal — SMS to your mobile: Your OTP for e-Invoice API registration is \d{6}$/,
      );
    },
    filled: async () => {
      const screenshot = process.env.PRACTICE_PORTAL_SCREENSHOT;
      if (screenshot) await page.screenshot({ path: `${screenshot.replace(/\.png$/, '')}.png`, fullPage: true });
    },
  },
  tables: {
    'registration-form': async () => {
      expect(await page.$$eval('label[for]', (els) => els.length)).toBe(0);
      expect(await page.$eval('td.lbl', (el) => el.textContent)).toBe('User Type\u00a0:\u00a0');
    },
    'create-account': async () => {
      expect(await page.$eval(sandboxControls('tables').throughErp, (el) => el.tagName)).toBe('SELECT');
    },
    filled: async () => {
      const names = await options(sandboxControls('tables').company);
      const real = names.indexOf(`${CLOUDZEN.name} `);
      expect(names.slice(real - 1, real + 2)).toEqual([
        `${CLOUDZEN_LOOK_ALIKES[1]!.name} `,
        `${CLOUDZEN.name} `,
        `${CLOUDZEN_LOOK_ALIKES[0]!.name} `,
      ]);
    },
  },
  'hide-otp': {
    'create-account': async () => {
      expect(await isShown(sandboxControls('hide-otp').otp)).toBe(false);
      expect(await isShown(sandboxControls('hide-otp').gstin)).toBe(true);
    },
    'through-chosen': async () => {
      // The list comes 400 ms later: for now only "--Select--".
      expect(await options(sandboxControls('hide-otp').company)).toEqual(['--Select--']);
    },
  },
  'own-page': {
    'create-account': async () => {
      expect(new URL(page.url()).pathname).toBe('/einvapiclient/EncDesc/CreateAccount.aspx');
      expect(await page.$(sandboxControls('own-page').gstin)).toBeNull(); // a page of its own
      expect(await text('fieldset legend')).toBe('Registration through');
      expect(await page.$eval(sandboxControls('own-page').clientId, (el) => el.getAttribute('placeholder'))).toBe(
        'Client ID',
      );
    },
  },
};

/** A request straight to the portal, for what a browser does not show (status codes, POST order). */
function fetchPortal(
  host: string,
  path: string,
  { method = 'GET', form }: { method?: string; form?: Record<string, string> } = {},
) {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise<{ status: number; type: string; location: string; body: string }>((resolve, reject) => {
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
          ...(body
            ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) }
            : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            location: String(res.headers.location ?? ''),
            body: text,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// --- tests -------------------------------------------------------------------------------------

describe('practice portal: sandbox registration', () => {
  it.each(SANDBOX_VARIANTS)(
    '%s: a registration by hand reaches the acknowledgement, once per GSTIN',
    async (variant) => {
      const traits = TRAITS[variant];
      await byHand(variant, '29AAFCC9980M1ZR', 'cloudzen_api1', { at: async (stage) => traits[stage]?.() });
      expect(await text('h2')).toBe('Acknowledgement');
      expect(await text('body')).toContain('Your API user account has been created successfully.');
      const rows = await ackRows();
      expect(rows).toMatchObject({
        GSTIN: '29AAFCC9980M1ZR',
        'User Name': 'cloudzen_api1',
        Company: CLOUDZEN.name,
        'Client ID': CLOUDZEN.clientId,
      });
      expect(rows.Date).toMatch(/^\d{2}\/\d{2}\/\d{4} /);
      expect(await page.content()).not.toContain(DEMO_USER.password);

      // The same GSTIN again: the server remembers it, whatever the markup.
      await byHand(variant, '29AAFCC9980M1ZR', 'cloudzen_api2');
      expect(await messageOn(variant)).toBe(ALREADY_REGISTERED);
      expect(new URL(page.url()).searchParams.get('variant')).toBe(variant === 'base' ? null : variant);
    },
  );

  it("tables: a look-alike of CloudZen with CloudZen's Client ID is refused", async () => {
    for (const lookAlike of CLOUDZEN_LOOK_ALIKES) {
      await byHand('tables', '27AAPFU0939F1ZV', 'lookalike_user', { company: lookAlike.name });
      expect(await messageOn('tables')).toBe('Invalid Client Id for the selected Company.');
    }
  });

  it('keeps ?variant= from the home page through Login to the Registration Form', async () => {
    await page.goto(`${SANDBOX}/?variant=tables`);
    expect(await text('.portal-name')).toBe("e - Invoice API Developer's Portal");
    expect(await text('.whats-new')).toContain('1st Dec. 2020 ** e-Invoice Trial portal is enabled for taxpayers');
    expect(await text('#practiceBanner')).toBe('Practice portal — not the real NIC site');
    await Promise.all([page.waitForNavigation(), page.click('.menu li.login a')]);
    expect(await text('.portal-name')).toBe('e - Invoice API Testing System');
    expect(await text('body')).toContain('E-Invoice API Access Mechanisms');
    await Promise.all([page.waitForNavigation(), page.click(F.registerLink)]);
    expect(page.url()).toBe(`${REGISTRATION}?variant=tables`);
    expect(await page.$('[data-practice="reg-through"][name="ddl_regthr_7f3"]')).not.toBeNull();
  });

  it('answers a wrong captcha with a message and a new captcha, then checks the fields in order', async () => {
    const captcha = () => page.$eval(F.captchaImage, (el) => el.getAttribute('data-practice-code') ?? '');
    const set = (selector: string, value: string) =>
      page.$eval(selector, (el, v) => ((el as HTMLInputElement).value = v), value);
    const validate = async (message: string) => {
      await page.click(F.validate);
      await page.waitForFunction(
        (sel, m) => document.querySelector(sel)?.textContent === m,
        { timeout: 5000 },
        F.message,
        message,
      );
    };
    await page.goto(REGISTRATION);
    await page.click(F.taxPayer);
    await set(F.gstin, '29AAFCC9980M1ZR');
    await set(F.mobile, '9876543210');
    await set(F.email, 'accounts@example.com');
    const before = await captcha();
    await set(F.captcha, before === '123456' ? '654321' : '123456');
    await validate('Invalid Captcha. Please try again.');
    expect(await captcha()).toMatch(/^\d{6}$/);
    expect(await captcha()).not.toBe(before); // one chance in a million of a false failure
    expect(await page.$eval(F.captcha, (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await page.$eval(F.sendOtp, (el) => (el as HTMLInputElement).disabled)).toBe(true);

    await set(F.captcha, await captcha());
    await set(F.gstin, '07AAAAA0000A1Z8');
    await validate('Invalid GSTIN. Please enter a valid GSTIN.');
    await set(F.gstin, '27AAPFU0939F1ZV');
    await set(F.mobile, '5876543210');
    await validate('Please enter valid Mobile No.');
    await set(F.mobile, '9876543210');
    await set(F.email, 'not-an-email');
    await validate('Please enter valid e-Mail Id.');
    await set(F.email, 'a@b.in');
    await validate('Successfully Validated...! Click Send OTP for Create Account.');
    expect(await page.$eval('[data-practice="trade-name"]', (el) => (el as HTMLInputElement).value)).toBe(
      'PRACTICE TRADERS PRIVATE LIMITED',
    );
  });

  it(`claims ${QUIRK_GSTIN} is already registered, yet creates the account`, async () => {
    await byHand('base', QUIRK_GSTIN, 'quirky_user');
    expect(await messageOn('base')).toBe(ALREADY_REGISTERED);
    expect(await page.$eval(F.message, (el) => getComputedStyle(el).color)).toBe('rgb(221, 0, 0)');
    // Back to the initial state, as a WebForms page after the postback.
    expect(page.url()).toBe(REGISTRATION);
    expect(await page.$$eval('input[type=radio]:checked', (els) => els.length)).toBe(0);
    expect(await isShown('[data-practice="create-section"]')).toBe(false);
    expect(await page.content()).not.toContain(DEMO_USER.password);

    // The account exists: its username is now taken, on the own-page variant too.
    await byHand('own-page', '27AAPFU0939F1ZV', 'quirky_user');
    expect(await messageOn('own-page')).toBe(USERNAME_TAKEN);
  });

  it('lists CloudZen under GSP with ?cloudzen=gsp, and keeps that across the postback', async () => {
    await byHand('base', '27AAPFU0939F1ZV', 'gstzen1234', {
      start: '/einvapiclient/Login.aspx?cloudzen=gsp',
      through: 'GSP',
      at: async (stage) => {
        if (stage !== 'filled') return;
        const erp = await page.$eval('#practiceCompaniesERP', (t) =>
          [...(t as HTMLTemplateElement).content.querySelectorAll('option')].map((o) => o.textContent),
        );
        expect(erp.length).toBeGreaterThan(30);
        expect(erp).not.toContain(CLOUDZEN.name);
      },
    });
    expect(await messageOn('base')).toBe(USERNAME_TAKEN);
    expect(page.url()).toBe(`${REGISTRATION}?cloudzen=gsp`);
    expect(await page.$eval('form', (f) => f.getAttribute('action'))).toBe(
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
      ddlCompany: CLOUDZEN.code,
      txtClientId: CLOUDZEN.clientId,
      txtUserName: 'direct_post',
      txtPassword: 'Good@Pass1',
      txtConfirmPassword: 'Good@Pass1',
    };
    expect(messageIn((await post({ ...ok, ddlCompany: '0' })).body)).toBe(
      'Invalid Client Id for the selected Company.',
    );
    expect(messageIn((await post({ ...ok, txtClientId: 'ZENTRIAL' })).body)).toBe(
      'Invalid Client Id for the selected Company.',
    );
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
    expect(messageIn((await post(ok)).body)).toBe(ALREADY_REGISTERED);
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
    const aspx = await fetchPortal('einv-apisandbox.nic.in', '/EINVAPICLIENT/login.aspx?variant=own-page');
    expect(aspx.status).toBe(200);
    expect(aspx.type).toMatch(/^text\/html/);
    expect(aspx.body).toContain('href="/einvapiclient/EncDesc/Registration.aspx?variant=own-page"');
    // Create Account on its own page needs a GSTIN verified in this session.
    const orphan = await fetchPortal(
      'einv-apisandbox.nic.in',
      '/einvapiclient/EncDesc/CreateAccount.aspx?variant=own-page',
    );
    expect([orphan.status, orphan.location]).toEqual([
      302,
      '/einvapiclient/EncDesc/Registration.aspx?variant=own-page',
    ]);
    for (const path of [
      '/nope.aspx',
      '/../../server.mjs',
      '/%2e%2e/%2e%2e/server.mjs',
      '/..%2f..%2fserver.mjs',
      '/Content/',
    ]) {
      expect((await fetchPortal('einv-apisandbox.nic.in', path)).status, path).toBe(404);
    }
    expect((await fetchPortal('einvoice1.gst.gov.in', '/')).status).toBe(200);
    expect((await fetchPortal('my.gstzen.in', '/')).status).toBe(200);
    const index = await fetchPortal('localhost', '/');
    expect(index.body).toContain(portal.hostResolverRules);
    expect((await fetchPortal('example.com', '/')).status).toBe(421);
  });
});

// --- production: einvoice1.gst.gov.in ----------------------------------------------------------

const PRODUCTION = 'https://einvoice1.gst.gov.in';
const CREATED = (name: string) => `Api user ${name} has been created successfully`;
const INVALID_OTP = 'Invalid OTP. Please enter the correct OTP.';
const SESSION_EXPIRED = 'Your session has expired. Please login again.';

/** On a page already logged in: Create API User again (by URL), OTP, the form, Submit. */
async function registerAgain(
  variant: ProductionVariant,
  answer: AnswerMode | undefined,
  fields: { username: string; password?: string; confirm?: string; company?: string; list?: 'erp' | 'gsp' },
) {
  const query = new URL(productionStartPath(variant, answer), PRODUCTION).search;
  await page.goto(`${PRODUCTION}/APIUserAccount/CreateAPIUser${query}`);
  expect(await verifyApiOtp(page, { variant })).toBeNull();
  const P = productionControls(variant);
  if (fields.list === 'gsp') {
    await page.click(P.throughGsp);
    await page.waitForSelector(P.gspList, { visible: true });
  } else await chooseThroughErpByHand(page, { variant });
  await pickCloudZenByHand(page, { variant, company: fields.company, list: fields.list });
  await typeApiCredentials(page, { variant, ...fields });
  return pressSubmit(page, { variant });
}

const visible = (selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).offsetParent !== null).catch(() => false);
const valueOf = (selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).value);
const apiUserNames = () => page.$$eval('#tblApiUsers tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent));

type ProductionStage = Parameters<NonNullable<ProductionByHandOptions['at']>>[0];

/** What each production variant must show on the way. */
const PRODUCTION_TRAITS: Record<ProductionVariant, Partial<Record<ProductionStage, () => Promise<void>>>> = {
  base: {
    dashboard: async () => {
      expect(await text('.page-title')).toBe('Dash Board');
      expect(await visible(productionControls('base').createApiUserLink)).toBe(false); // menus collapsed
      expect(await page.$$eval('a.parentmenu[data-toggle="collapse"]', (els) => els.length)).toBeGreaterThan(2);
    },
    'registration-form': async () => {
      expect(await text('.taxpayer-info')).toMatch(
        /GSTIN:\s*29AAFCC9980M1ZR\s*Name:\s*CLOUDZEN SOFTWARE LABS PRIVATE LIMITED/,
      );
      expect(await page.$('label[for="txtUserName"]')).not.toBeNull();
      expect(await text('body')).not.toContain('API_');
    },
    filled: async () => {
      expect(await text('#regTitle')).toBe('API Registration Through ERP');
      expect(await visible(productionControls('base').gspList)).toBe(false);
      const erp = await options(productionControls('base').erpList);
      expect(erp.length).toBeGreaterThan(40);
      for (const name of ['CLOUDZEN SOFTWARE LABS PVT LTD', 'CLOUDZEN SOFTWARES LABS PRIVATE LIMITED(GSTZen)'])
        expect(erp).toContain(name);
      expect(await options(productionControls('base').gspList)).toContain(CLOUDZEN.name); // the trap
    },
  },
  addon: {
    dashboard: async () => {
      expect(await page.$(productionControls('addon').techDialog)).toBeNull();
    },
    'registration-form': async () => {
      expect(await text('.input-group-addon')).toBe('API_');
      expect(await page.$$eval('#frmCreateUser label[for]', (els) => els.length)).toBe(0);
    },
    filled: async () => {
      const P = productionControls('addon');
      expect(await visible(P.gspList)).toBe(true); // side by side, GSP first
      expect(await visible(P.erpList)).toBe(true);
      const [gspX, erpX] = await Promise.all(
        [P.gspList, P.erpList].map((s) => page.$eval(s, (el) => el.getBoundingClientRect().x)),
      );
      expect(gspX!).toBeLessThan(erpX!);
      expect(await page.$eval('#frmCreateUser', (f) => f.getAttribute('method'))).toBe('post');
      expect(await page.$eval(P.submit, (b) => b.getAttribute('type'))).toBe('submit');
    },
  },
  prefilled: {
    dashboard: async () => {
      expect(await visible('#sidebar')).toBe(false); // behind "Menu" until the walk opens it
      expect(await text('#lnkMenuToggle')).toBe('Menu');
    },
    'registration-form': async () => {
      const P = productionControls('prefilled');
      expect(await valueOf(P.username)).toBe('API_');
      expect(await page.$$eval('#frmCreateUser label', (els) => els.length)).toBe(0);
      expect(await page.$eval(P.confirm, (el) => el.getAttribute('aria-label'))).toBe('Re-enter Password');
    },
  },
};

describe('practice portal: production Create API User', () => {
  it.each(PRODUCTION_VARIANTS)(
    '%s: a walk by hand creates API_<name>; the same name again is refused',
    async (variant) => {
      const traits = PRODUCTION_TRAITS[variant];
      const answer = await walkProductionByHand(page, {
        productionUrl: PRODUCTION,
        variant,
        at: async (stage) => traits[stage]?.(),
      });
      expect(answer).toEqual({
        text: CREATED(`API_${PRODUCTION_USER.apiUsername}`),
        via: variant === 'addon' ? 'dialog' : 'alert',
      });
      if (variant === 'addon') {
        expect(await page.$eval(productionControls('addon').inPageDialog, (el) => el.getAttribute('role'))).toBe(
          'dialog',
        );
        await closeAnswerDialog(page, { variant });
      }
      await page.waitForSelector('#tblApiUsers');
      expect(await apiUserNames()).toEqual([`API_${PRODUCTION_USER.apiUsername}`]);
      expect(new URL(page.url()).searchParams.get('variant')).toBe(variant === 'base' ? null : variant);
      expect(await page.content()).not.toContain(PRODUCTION_USER.apiPassword);

      const again = await registerAgain(variant, undefined, { username: PRODUCTION_USER.apiUsername });
      expect(again.text).toBe('This username is already registered. Please choose a different username.');
      if (variant === 'addon') await closeAnswerDialog(page, { variant });
    },
  );

  it('?answer=page shows the answer as page text; the login keeps the variant and answer', async () => {
    const answer = await walkProductionByHand(page, { productionUrl: PRODUCTION, variant: 'addon', answer: 'page' });
    expect(answer).toEqual({ text: CREATED(`API_${PRODUCTION_USER.apiUsername}`), via: 'page' });
    expect(await text('#answerMessage')).toBe(answer.text);
    expect(await page.$('[role="dialog"]:not([hidden])')).toBeNull();
    expect(new URL(page.url()).search).toBe('?variant=addon&answer=page');
    expect(await apiUserNames()).toEqual([`API_${PRODUCTION_USER.apiUsername}`]);
  });

  it('login: the OTP page has no menu; wrong captcha, wrong user and wrong OTP are refused', async () => {
    const P = productionControls('prefilled');
    const alerts: string[] = [];
    const onDialog = (d: Dialog) => void d.accept().then(() => alerts.push(d.message()));
    page.on('dialog', onDialog);
    try {
      await openLogin(page, { productionUrl: PRODUCTION, variant: 'prefilled' });
      expect(await text('#frmLogin .note')).toContain('Eway bill production portal');
      await page.type(P.loginUsername, 'wronguser');
      await page.type(P.loginPassword, 'Any@Pass1');
      await page.type(P.captcha, (await practiceCaptcha(page)) === '000000' ? '111111' : '000000');
      await Promise.all([page.waitForNavigation(), page.click(P.loginSubmit)]);
      await page.type(P.loginUsername, 'wronguser');
      await page.type(P.loginPassword, 'Any@Pass1');
      await page.type(P.captcha, await practiceCaptcha(page));
      await Promise.all([page.waitForNavigation(), page.click(P.loginSubmit)]);
      expect(alerts).toEqual(['Invalid Captcha', 'Invalid Login Credentials']);

      await page.type(P.loginUsername, 'other');
      await page.type(P.loginPassword, 'Any@Pass1');
      await page.type(P.captcha, await practiceCaptcha(page));
      await Promise.all([page.waitForNavigation(), page.click(P.loginSubmit)]);
      expect(new URL(page.url()).pathname).toBe('/Home/LoginOTP');
      expect(await text('body')).toContain('OTP has been sent to your registered mobile number.');
      expect(await page.$(P.logout)).toBeNull();
      expect(await page.$('#sidebar')).toBeNull();
      const otp = await practiceOtp(page);
      await page.type(P.otp, otp === '000000' ? '111111' : '000000');
      await Promise.all([page.waitForNavigation(), page.click(P.verifyOtp)]);
      expect(alerts.at(-1)).toBe(INVALID_OTP);
      await page.type(P.otp, await practiceOtp(page));
      await Promise.all([page.waitForNavigation(), page.click(P.verifyOtp)]);
      expect(new URL(page.url()).pathname).toBe('/Home/MainMenu');
    } finally {
      page.off('dialog', onDialog);
    }
    // "other" is another taxpayer.
    await openCreateApiUserByHand(page, { variant: 'prefilled' });
    const wrong = await verifyApiOtp(page, { variant: 'prefilled', otp: '12345x' });
    expect(wrong).toBe(INVALID_OTP);
    expect(new URL(page.url()).pathname).toBe('/APIUserAccount/VerifyRegOTP');
    expect(await text('h2')).toBe('Create API User');
    expect(await verifyApiOtp(page, { variant: 'prefilled' })).toBeNull();
    expect(await text('.taxpayer-info')).toMatch(/27AAPFU0939F1ZV\s*Name:\s*PRACTICE TRADERS PRIVATE LIMITED/);
  });

  it('checks the prefix, the password rule and the confirmation; API_ typed in base gives API_API_', async () => {
    await openLogin(page, { productionUrl: PRODUCTION, variant: 'prefilled', answer: 'alert-load' });
    await logIn(page, { variant: 'prefilled' });
    // prefilled by hand: the box is the whole name, so a name without API_ is refused.
    await page.goto(`${PRODUCTION}/APIUserAccount/CreateAPIUser?variant=prefilled&answer=alert-load`);
    expect(await verifyApiOtp(page, { variant: 'prefilled' })).toBeNull();
    const P = productionControls('prefilled');
    await chooseThroughErpByHand(page, { variant: 'prefilled' });
    await pickCloudZenByHand(page, { variant: 'prefilled' });
    await page.$eval(P.username, (el) => ((el as HTMLInputElement).value = 'noprefix'));
    await typeApiCredentials(page, { variant: 'prefilled', username: '' });
    expect(await pressSubmit(page, { variant: 'prefilled' })).toEqual({
      text: 'Username should start with API_',
      via: 'alert',
    });
    expect(await valueOf(P.username)).toBe('noprefix'); // the form again, as filled

    // The other checks, posted as the page's own script does (the OTP is verified in this session).
    const erp = await page.$eval(
      P.erpList,
      (s, name) => [...(s as HTMLSelectElement).options].find((o) => o.text === name)!.value,
      CLOUDZEN.name,
    );
    const gsp = await page.$eval(
      P.gspList,
      (s, name) => [...(s as HTMLSelectElement).options].find((o) => o.text === name)!.value,
      CLOUDZEN.name,
    );
    const post = (variant: ProductionVariant, fields: Record<string, string>) =>
      page.evaluate(
        async (query, body) => {
          const res = await fetch(`/APIUserAccount/CreateUserdata${query}`, {
            method: 'POST',
            body: new URLSearchParams(body),
            headers: { 'X-Requested-With': 'XMLHttpRequest' },
          });
          return ((await res.json()) as { message: string }).message;
        },
        variant === 'base' ? '' : `?variant=${variant}`,
        { RegType: 'ERP', ErpId: erp, Password: 'Zen@Live2026', ConfirmPassword: 'Zen@Live2026', ...fields },
      );
    expect(await post('prefilled', { UserName: 'API_weak', Password: 'weakpass1', ConfirmPassword: 'weakpass1' })).toBe(
      'Password should contain at least one upper case, one lower case, one number and one special character [% $ # @ _ ! *]',
    );
    expect(await post('prefilled', { UserName: 'API_mismatch', ConfirmPassword: 'Zen@Live2027' })).toBe(
      'Password and Re-enter Password do not match.',
    );
    expect(await post('prefilled', { UserName: 'API_' })).toBe('Please enter Username.');
    expect(await post('prefilled', { UserName: 'API_x', ErpId: '' })).toBe('Please select your ERP.');
    expect(await post('prefilled', { UserName: 'API_x', RegType: 'DIRECT' })).toBe(
      'Please select Through GSP or Through ERP: the practice portal registers only these.',
    );
    // gstzen1234 is taken from the start, whatever the case.
    expect(await post('base', { UserName: 'GSTZEN1234' })).toBe(
      'This username is already registered. Please choose a different username.',
    );
    // CloudZen picked in the GSP list (the trap) is accepted: the portal cannot know.
    expect(await post('prefilled', { UserName: 'API_viagsp', RegType: 'GSP', GspId: gsp })).toBe(CREATED('API_viagsp'));
    // base: the server adds API_ to whatever is typed [guess].
    expect(await post('base', { UserName: 'API_twice' })).toBe(CREATED('API_API_twice'));
    await page.goto(`${PRODUCTION}/APIUserAccount/VerifyRegOTP`);
    expect(await text('.taxpayer-info')).toContain('29AAFCC9980M1ZR');
  });

  it.each([
    ['base', undefined],
    ['addon', undefined],
  ] as const)('%s: after expireSessions(), Submit goes back to the login page', async (variant, answer) => {
    await openLogin(page, { productionUrl: PRODUCTION, variant, answer });
    await logIn(page, { variant });
    await closeTechDialogIfShown(page, { variant });
    await openCreateApiUserByHand(page, { variant });
    expect(await verifyApiOtp(page, { variant })).toBeNull();
    await chooseThroughErpByHand(page, { variant });
    await pickCloudZenByHand(page, { variant });
    await typeApiCredentials(page, { variant });
    portal.expireSessions();
    expect(await pressSubmit(page, { variant })).toEqual({ text: SESSION_EXPIRED, via: 'page' });
    expect(new URL(page.url()).pathname).toBe('/Home/Login');
    expect(new URL(page.url()).searchParams.get('variant')).toBe(variant === 'base' ? null : variant);
    expect(await visible(productionControls(variant).loginUsername)).toBe(true);
  });
});
