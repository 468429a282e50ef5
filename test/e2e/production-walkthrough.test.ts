import type { Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  PRODUCTION_USER,
  PRODUCTION_VARIANTS,
  productionControls,
  type AnswerMode,
  type ProductionVariant,
} from '../../practice-portal/production-controls.mjs';
import {
  chooseCloudZenGuided,
  logInGuided,
  openCreateApiUserGuided,
  walkProductionGuided,
} from '../../scripts/lib/walk-production-guided.mjs';
import { pressSubmit, typeApiCredentials } from '../../scripts/lib/walk-production.mjs';
import {
  clickInPanel,
  currentStep,
  forgetAllSets,
  openPopup,
  useExtensionSession,
  waitForCaptureNotice,
  waitForCheck,
  type ExtensionSession,
} from './support';

/**
 * The whole production procedure (document Part 2, Section 2) guided by the built extension on
 * the practice portal's production replica and its markup variants (practice-portal/README.md):
 * every step id in order, the panel's safe actions changing the portal's own controls (never the
 * GSP list), login and OTP boxes left to the user, and the answer however it comes (an alert on
 * page load, an in-page dialog after a background call, an alert after one, or a new page).
 */
const PRODUCTION = 'https://einvoice1.gst.gov.in';
const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;
beforeEach(async () => {
  ({ session, page } = context);
  await forgetAllSets(session);
});

interface CardView {
  env: string | null;
  status: string | null;
  username: string;
  clientId: string;
  clientSecret: string;
  text: string;
}

/** The popup's credential cards, as a person reads them. */
async function popupCards(): Promise<CardView[]> {
  const popup = await openPopup(session);
  try {
    await popup.waitForSelector('[data-testid="credential"], [data-testid="start"]');
    return await popup.$$eval('[data-testid="credential"]', (cards) =>
      cards.map((card) => ({
        env: card.getAttribute('data-env'),
        status: card.getAttribute('data-status'),
        username: card.querySelector('[data-testid="username"]')?.textContent?.trim() ?? '',
        clientId: card.querySelector('[data-testid="gstzen-client-id"]')?.textContent?.trim() ?? '',
        clientSecret: card.querySelector('[data-testid="gstzen-client-secret"]')?.textContent?.trim() ?? '',
        text: card.textContent ?? '',
      })),
    );
  } finally {
    await popup.close();
  }
}

/** Up to the filled-in registration screen, with the panel. */
async function reachRegistration(variant: ProductionVariant = 'base', answer?: AnswerMode) {
  const options = { productionUrl: PRODUCTION, variant, answer };
  await logInGuided(page, options);
  await openCreateApiUserGuided(page, options);
  await chooseCloudZenGuided(page, options);
}

const walks: [ProductionVariant, AnswerMode | undefined][] = [
  ...PRODUCTION_VARIANTS.map((v): [ProductionVariant, undefined] => [v, undefined]),
  ['base', 'page'],
];

describe.each(walks)('production on the "%s" replica (answer: %s)', (variant, answer) => {
  it('is guided step by step and ends with the set confirmed under its API_ name, for ZENLIVE', async () => {
    const seen: string[] = [];
    const reply = await walkProductionGuided(page, {
      productionUrl: PRODUCTION,
      variant,
      answer,
      // What the panel itself says at each stop, not the walk's own names.
      atStep: async () => {
        seen.push((await currentStep(page)) ?? '(none)');
      },
    });
    expect(seen).toEqual([
      'prod.login',
      'prod.api-registration',
      'prod.create-api-user',
      'prod.otp',
      'prod.through-erp',
      'prod.select-erp',
      'prod.credentials',
      'prod.created',
    ]);
    expect(reply.text).toBe(`Api user API_${PRODUCTION_USER.apiUsername} has been created successfully`);
    expect(await popupCards()).toEqual([
      expect.objectContaining({
        env: 'production',
        status: 'confirmed',
        username: `API_${PRODUCTION_USER.apiUsername}`,
        clientId: 'ZENLIVE',
        clientSecret: 'ZENLIVE',
      }),
    ]);
  });
});

describe('production username checks on the replica', () => {
  it.each([
    ['base', 'warning'],
    ['addon', 'error'],
  ] as const)('on "%s", typing API_ yourself gives a %s and the final name is shown', async (variant, status) => {
    await reachRegistration(variant);
    await typeApiCredentials(page, { variant, username: `API_${PRODUCTION_USER.apiUsername}` });
    const check = await waitForCheck(page, 'username', status);
    expect(check.message).toMatch(/will be API_/);
    await typeApiCredentials(page, { variant, username: PRODUCTION_USER.apiUsername });
    const fine = await waitForCheck(page, 'username', 'true');
    expect(fine.message).toContain(`API_${PRODUCTION_USER.apiUsername}`);
  });

  it('on "prefilled", removing the API_ the box holds is an error', async () => {
    await reachRegistration('prefilled');
    const F = productionControls('prefilled');
    await page.$eval(F.username, (el) => ((el as HTMLInputElement).value = ''));
    await page.type(F.username, PRODUCTION_USER.apiUsername);
    const check = await waitForCheck(page, 'username', 'error');
    expect(check.message).toMatch(/Keep API_ at the start of the box/);
  });
});

describe('what the production portal answers', () => {
  it("keeps a taken name rejected with the portal's words", async () => {
    await reachRegistration('base');
    await typeApiCredentials(page, { variant: 'base', username: 'gstzen1234' });
    const reply = await pressSubmit(page, { variant: 'base' });
    expect(reply.text).toMatch(/already registered/);
    await waitForCaptureNotice(page, 'rejected');
    const [card] = await popupCards();
    expect(card).toMatchObject({ env: 'production', status: 'rejected' });
    expect(card?.text).toContain(reply.text);
  });

  it("confirms nothing when the page's own script shows the success alert, with nothing submitted", async () => {
    await reachRegistration('base');
    await typeApiCredentials(page, { variant: 'base' });
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.accept();
    });
    await page.evaluate(
      (name) => window.alert(`Api user API_${name} has been created successfully`),
      PRODUCTION_USER.apiUsername,
    );
    expect(alerts).toEqual([`Api user API_${PRODUCTION_USER.apiUsername} has been created successfully`]);
    expect(await popupCards()).toEqual([]);

    // Nor when the page's script submits the form itself: the browser marks that submit event
    // trusted, but the user pressed nothing. The portal even creates the user and says so.
    await Promise.all([
      page.waitForNavigation(),
      page.evaluate((selector) => {
        const submit = document.querySelector<HTMLButtonElement>(selector)!;
        submit.form!.requestSubmit(submit);
      }, productionControls('base').submit),
    ]);
    await page.waitForFunction(() => document.readyState === 'complete');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(alerts).toHaveLength(2);
    expect(await popupCards()).toEqual([]);
  });

  it("keeps nothing when the page's script clicks Submit (a background call answers)", async () => {
    await reachRegistration('addon');
    await typeApiCredentials(page, { variant: 'addon' });
    const F = productionControls('addon');
    await page.evaluate((selector) => document.querySelector<HTMLButtonElement>(selector)!.click(), F.submit);
    await page.waitForSelector(F.inPageDialog, { visible: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await popupCards()).toEqual([]);
  });

  it('leaves a set whose answer never came "captured", and says what to check', async () => {
    await reachRegistration('base');
    await typeApiCredentials(page, { variant: 'base' });
    session.portal.expireSessions();
    // The portal answers a lost session with its login page: no alert, no answer.
    const reply = await pressSubmit(page, { variant: 'base' });
    expect(reply.via).toBe('page');
    const [card] = await popupCards();
    expect(card).toMatchObject({ env: 'production', status: 'captured' });
    expect(card?.text).toMatch(/User Credentials/);
  });
});

describe('the suggestion on production', () => {
  it.each(['prefilled', 'addon'] as const)(
    'on "%s", fills compliant boxes (keeping the page\'s API_), is kept at once and confirmed by Submit',
    async (variant) => {
      await reachRegistration(variant);
      const F = productionControls(variant);
      await clickInPanel(page, 'suggest');
      await page.waitForFunction(
        () => document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="suggest-notice"]'),
        { timeout: 10_000 },
      );
      const box = await page.$eval(F.username, (el) => (el as HTMLInputElement).value);
      const password = await page.$eval(F.password, (el) => (el as HTMLInputElement).value);
      // The box the page pre-filled keeps its API_; next to an API_ add-on only the name is typed.
      expect(box).toMatch(variant === 'prefilled' ? /^API_cloudzen\d{3}$/ : /^cloudzen\d{3}$/);
      expect(await page.$eval(F.confirm, (el) => (el as HTMLInputElement).value)).toBe(password);
      for (const id of ['username', 'password', 'confirm']) await waitForCheck(page, id, 'true');
      const finalName = box.startsWith('API_') ? box : `API_${box}`;
      expect(await popupCards()).toEqual([expect.objectContaining({ env: 'production', status: 'suggested' })]);

      const reply = await pressSubmit(page, { variant });
      expect(reply.text).toBe(`Api user ${finalName} has been created successfully`);
      await waitForCaptureNotice(page, 'confirmed');
      const cards = await popupCards();
      expect(cards).toEqual([expect.objectContaining({ status: 'confirmed', username: finalName })]);
      expect(cards[0]?.text).not.toContain(password);
    },
  );
});
