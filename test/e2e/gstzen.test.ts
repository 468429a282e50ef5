// GSTZen with the built extension (issue 7): the panel on GSTZen's login form offers the kept sets
// of the page's GSTIN only and fills the chosen one on the user's click (never a hidden box, never
// submitted); a look-alike origin gets nothing; the panel guides from the dashboard to the form
// and through the sales-register deletion without pressing any Delete; the mismatch warnings show.
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/gstzen.test.ts
import type { Page } from 'puppeteer';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GSTZEN_VARIANTS,
  gstzenControls,
  gstzenPaths,
  gstzenQuery,
  type GstzenVariant,
} from '../../practice-portal/gstzen-controls.mjs';
import { PRODUCTION_USER } from '../../practice-portal/production-controls.mjs';
import { GSTZEN_LOOKALIKE_HOST } from '../../practice-portal/server.mjs';
import { GSTZEN_URL } from '../../scripts/lib/walk-gstzen.mjs';
import {
  deleteTestInvoicesGuided,
  loginThroughGstzenGuided,
  panelTextOf,
} from '../../scripts/lib/walk-gstzen-guided.mjs';
import { walkProductionByHand } from '../../scripts/lib/walk-production.mjs';
import { DEMO_USER, walkSandboxByHand } from '../../scripts/lib/walk-sandbox.mjs';
import {
  SANDBOX,
  clickPanelElement,
  panelHas,
  panelText,
  readCheck,
  typeInto,
  useExtensionSession,
  waitForStep,
  waitUntil,
  type ExtensionSession,
} from './support';

const CLOUDZEN = '29AAFCC9980M1ZR';
const CONNECT = '36AAECC5105F1Z3';
const PRODUCTION = 'https://einvoice1.gst.gov.in';
const CONNECT_USER = { ...DEMO_USER, gstin: CONNECT, username: 'connectres1', password: 'Conn@Res2026' };
const PASSWORDS = [DEMO_USER.password, PRODUCTION_USER.apiPassword, CONNECT_USER.password];

const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;

/** The kept sets every test here starts from: CloudZen's sandbox and production, and one of another GSTIN. */
beforeAll(async () => {
  const { browser } = context.session;
  const walker = await browser.newPage();
  await walkSandboxByHand(walker, { sandboxUrl: SANDBOX });
  await walkSandboxByHand(walker, { sandboxUrl: SANDBOX, user: CONNECT_USER });
  const answer = await walkProductionByHand(walker, { productionUrl: PRODUCTION });
  if (!/created successfully/.test(answer.text ?? ''))
    throw new Error(`Production did not answer: ${JSON.stringify(answer)}`);
  await walker.close();
}, 120_000);

beforeEach(() => {
  ({ session, page } = context);
});

interface Offer {
  env: string | null;
  gstin: string | null;
  text: string;
}

async function offers(p: Page): Promise<Offer[]> {
  return p.evaluate(() =>
    Array.from(
      document.querySelector('einv-assistant')?.shadowRoot?.querySelectorAll('[data-testid="fill-gstzen"]') ?? [],
    ).map((el) => ({
      env: el.getAttribute('data-env'),
      gstin: el.getAttribute('data-gstin'),
      text: el.textContent ?? '',
    })),
  );
}

async function waitForOffers(p: Page) {
  await p.waitForFunction(
    () =>
      document
        .querySelector('einv-assistant')
        ?.shadowRoot?.querySelector('[data-testid="fill-gstzen"], [data-testid="hand-off-none"]'),
    { timeout: 10_000, polling: 50 },
  );
}

async function formValues(p: Page, variant: GstzenVariant) {
  const F = gstzenControls(variant);
  const read = (selector: string | null) =>
    selector ? p.$eval(selector, (el) => (el as HTMLInputElement).value) : Promise.resolve(null);
  return {
    username: await read(F.username),
    password: await read(F.password),
    clientId: await read(F.clientId),
    clientSecret: await read(F.clientSecret),
    decoyUsername: await read(F.decoyUsername),
    decoyPassword: await read(F.decoyPassword),
    decoyClientSecret: await read(F.decoyClientSecret),
  };
}

/** Every request the page sends (a submitted form would show here). */
function recordRequests(p: Page): { method: string; url: string }[] {
  const requests: { method: string; url: string }[] = [];
  p.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
  return requests;
}

describe.each(GSTZEN_VARIANTS)('GSTZen’s login form (%s markup)', (variant) => {
  it('offers this GSTIN’s sandbox and production sets only, fills each on the click, never a hidden box, never submits', async () => {
    const login = `${GSTZEN_URL}${gstzenPaths(CLOUDZEN).login}${gstzenQuery(variant)}`;
    await page.goto(login);
    await waitForStep(page, 'gstzen.login-form');
    await waitForOffers(page);

    const shown = await offers(page);
    expect(shown.map((o) => [o.env, o.gstin]).sort()).toEqual([
      ['production', CLOUDZEN],
      ['sandbox', CLOUDZEN],
    ]);
    expect(shown.find((o) => o.env === 'production')?.text).toContain(`API_${PRODUCTION_USER.apiUsername}`);
    expect(shown.find((o) => o.env === 'sandbox')?.text).toContain(DEMO_USER.username);
    const text = await panelText(page);
    for (const secret of PASSWORDS) expect(text).not.toContain(secret);
    expect(text).not.toContain(CONNECT_USER.username);

    // Nothing is filled before the click.
    const empty = await formValues(page, variant);
    expect(Object.values(empty).filter((v) => v !== null && v !== '')).toEqual([]);

    const requests = recordRequests(page);
    // The page is in its sandbox stage: the sandbox set goes in without a warning.
    await clickPanelElement(page, '[data-testid="fill-gstzen"][data-env="sandbox"]');
    await page.waitForFunction(() =>
      document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="fill-result"]'),
    );
    expect(await formValues(page, variant)).toEqual({
      username: DEMO_USER.username,
      password: DEMO_USER.password,
      clientId: 'ZENTRIAL',
      clientSecret: 'ZENTRIAL',
      decoyUsername: variant === 'framework' ? '' : null,
      decoyPassword: variant === 'framework' ? '' : null,
      decoyClientSecret: variant === 'framework' ? '' : null,
    });
    // The form's own checks read what was filled, as they read what a person types.
    await waitUntil(async () => (await readCheck(page, 'gstzen-client')).status === 'ok');

    // The production set on a sandbox-stage page: warned first, filled only on "Fill anyway".
    await waitForOffers(page);
    await clickPanelElement(page, '[data-testid="fill-gstzen"][data-env="production"]');
    await page.waitForFunction(() =>
      document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="fill-warning"]'),
    );
    expect(await panelTextOf(page, 'fill-warning')).toMatch(/for sandbox.*production credentials/);
    expect((await formValues(page, variant)).username).toBe(DEMO_USER.username);
    await clickPanelElement(page, '[data-testid="fill-anyway"]');
    await waitUntil(async () => (await formValues(page, variant)).username === `API_${PRODUCTION_USER.apiUsername}`);
    expect(await formValues(page, variant)).toMatchObject({
      password: PRODUCTION_USER.apiPassword,
      clientId: 'ZENLIVE',
      clientSecret: 'ZENLIVE',
      ...(variant === 'framework' ? { decoyUsername: '', decoyPassword: '', decoyClientSecret: '' } : {}),
    });

    // Not submitted: still on the form, and no request was sent for it.
    expect(page.url()).toBe(login);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(PRODUCTION_USER.apiPassword);
  });

  it('offers a page for another GSTIN none of this GSTIN’s sets', async () => {
    await page.goto(`${GSTZEN_URL}${gstzenPaths(CONNECT).login}${gstzenQuery(variant)}`);
    await waitForStep(page, 'gstzen.login-form');
    await waitForOffers(page);
    expect((await offers(page)).map((o) => [o.env, o.gstin, o.text.includes(CONNECT_USER.username)])).toEqual([
      ['sandbox', CONNECT, true],
    ]);
    const text = await panelText(page);
    expect(text).not.toContain(DEMO_USER.username);
    expect(text).not.toContain(PRODUCTION_USER.apiUsername);
  });
});

describe('a look-alike origin', () => {
  it('gets no panel, no list and no fill', async () => {
    const lookAlike = `https://${GSTZEN_LOOKALIKE_HOST}${gstzenPaths(CLOUDZEN).login}`;
    await page.goto(lookAlike);
    await page.waitForSelector(gstzenControls('base').username, { visible: true });
    // The real GSTZen tab gets its panel within this time; the look-alike must not.
    const real = await session.browser.newPage();
    await real.goto(`${GSTZEN_URL}${gstzenPaths(CLOUDZEN).login}`);
    await waitForStep(real, 'gstzen.login-form');
    await real.close();
    expect(await page.$('einv-assistant')).toBeNull();
    expect(Object.values(await formValues(page, 'base')).filter((v) => v)).toEqual([]);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    for (const name of [DEMO_USER.username, PRODUCTION_USER.apiUsername]) expect(html).not.toContain(name);
  });
});

describe('the form’s checks on what the user types', () => {
  it('warns of a production name without API_ and of the sandbox client ID on a production page', async () => {
    const F = gstzenControls('base');
    await page.goto(`${GSTZEN_URL}${gstzenPaths(CLOUDZEN).login}?stage=production`);
    await waitForStep(page, 'gstzen.login-form');
    await typeInto(page, F.username, PRODUCTION_USER.apiUsername);
    await typeInto(page, F.clientId, 'ZENTRIAL');
    await typeInto(page, F.clientSecret, 'ZENTRIAL');
    await waitUntil(async () => (await readCheck(page, 'gstzen-username')).status === 'error');
    expect((await readCheck(page, 'gstzen-username')).message).toContain(`API_${PRODUCTION_USER.apiUsername}`);
    expect(await readCheck(page, 'gstzen-client')).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/production.*ZENLIVE/) as unknown,
    });
    await typeInto(page, F.username, `API_${PRODUCTION_USER.apiUsername}`);
    await typeInto(page, F.clientId, 'ZENLIVE');
    await typeInto(page, F.clientSecret, 'ZENLIVE');
    await waitUntil(async () => (await readCheck(page, 'gstzen-client')).status === 'ok');
    expect((await readCheck(page, 'gstzen-username')).status).toBe('ok');
  });
});

describe('the guide on GSTZen', () => {
  it('leads from the dashboard to the form, and through the deletion without pressing Delete', async () => {
    const steps: string[] = [];
    const answer = await loginThroughGstzenGuided(page, {
      gstin: CLOUDZEN,
      env: 'sandbox',
      atStep: async (id) => void steps.push(id),
    });
    expect(answer.status).toBe(`Logged in to the E-Invoice portal as ${DEMO_USER.username}.`);
    expect(steps).toEqual([
      'gstzen.dashboard',
      'gstzen.gstin',
      'gstzen.einvoicing',
      'gstzen.login-form',
      'gstzen.filled',
      'gstzen.logged-in',
    ]);

    const F = gstzenControls('base');
    const result = await deleteTestInvoicesGuided(page, {
      gstin: CLOUDZEN,
      beforeDelete: async () => {
        // The panel points at Approve and offers no button: a moment later nothing is ticked or sent.
        expect(await panelHas(page, 'do-step')).toBe(false);
        await new Promise((r) => setTimeout(r, 500));
        expect(await page.$eval(F.approve, (el) => (el as HTMLInputElement).checked)).toBe(false);
        expect(new URL(page.url()).pathname).toBe(gstzenPaths(CLOUDZEN).delete);
      },
    });
    expect(result).toEqual({
      register: 'The page says the Sales Register holds 12 invoices (all pages).',
      confirm: 'The page says it will delete 12 invoices.',
      deleted: '12 Invoices deleted.',
    });
  });
});
