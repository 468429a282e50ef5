// The sandbox registration walked as a person with the panel would: the panel's button for the
// safe steps; typing, the practice captcha and OTP, and the portal's own buttons "by hand".
// Each phase also checks that the panel's safe actions changed the portal's controls, so the
// demo, the Firefox smoke check and the browser tests (which compose the phases) all prove it.

import { CLOUDZEN } from '../../practice-portal/sandbox-data.mjs';
import {
  chooseRegistrationThrough,
  practiceCaptcha,
  practiceOtp,
  registrationThroughChosen,
  sandboxControls,
  variantCreateAccountPath,
  variantLoginPath,
} from '../../practice-portal/sandbox-controls.mjs';
import {
  clickInPanel,
  panelAttribute,
  typeInto,
  waitForCaptureNotice,
  waitForCheck,
  waitForStep,
  waitForStillPage,
} from './panel.mjs';

/** What the walkthrough "user" types. The GSTIN is CloudZen's, known to the practice portal. */
export const DEMO_USER = Object.freeze({
  gstin: '29AAFCC9980M1ZR',
  mobile: '9876543210',
  email: 'accounts@example.in',
  username: 'gstzendemo01',
  password: 'Zen@Demo2026',
});

/**
 * @typedef {{ gstin: string, mobile: string, email: string, username: string, password: string }} WalkUser
 * @typedef {(stepId: string) => Promise<void>} AtStep  called once per step, when the page shows
 *   what the user sees at that step (the demo takes its screenshots there)
 * @typedef {import('../../practice-portal/sandbox-controls.mjs').SandboxVariant} SandboxVariant
 *   which markup of the practice sandbox to walk (SANDBOX_VARIANTS); 'base' unless said
 */

/** @type {AtStep} */
const nothing = async () => {};

/**
 * @param {boolean} holds
 * @param {string} what  what should have happened
 */
function expectOnPage(holds, what) {
  if (!holds) throw new Error(`Expected ${what}.`);
}

/**
 * @param {import('puppeteer').Page} page
 * @param {string} selector
 */
function isChecked(page, selector) {
  return page.$eval(selector, (el) => /** @type {HTMLInputElement} */ (el).checked);
}

/**
 * The text of the company <select>'s chosen option, trimmed ('' when none).
 * @param {import('puppeteer').Page} page
 * @param {string} selector
 */
function chosenCompany(page, selector) {
  return page.$eval(selector, (el) => /** @type {HTMLSelectElement} */ (el).selectedOptions[0]?.text.trim() ?? '');
}

/**
 * Home page (base) or the variant's Login page → Login → Registration Form, through the panel's
 * button. The Registration Form must keep the variant (`?variant=`).
 * @param {import('puppeteer').Page} page
 * @param {{ sandboxUrl: string, variant?: SandboxVariant, atStep?: AtStep }} options
 */
export async function openRegistrationForm(page, { sandboxUrl, variant = 'base', atStep = nothing }) {
  const fromHome = variant === 'base';
  await page.goto(`${sandboxUrl}${fromHome ? '/' : variantLoginPath(variant)}`);
  await waitForStep(page, 'sandbox.click-register');
  expectOnPage((await panelAttribute(page, 'data-found')) === 'true', 'the panel to find the Login link');
  await atStep('sandbox.click-register');
  if (fromHome) {
    await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
    expectOnPage(/login/i.test(new URL(page.url()).pathname), `the Login page, not ${page.url()}`);
    await waitForStep(page, 'sandbox.click-register');
  }
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
  expectOnPage(onRegistrationForm(page.url(), variant), `the ${variant} Registration Form, not ${page.url()}`);
}

/**
 * Whether `url` is the Registration page of `variant`.
 * @param {string} url
 * @param {SandboxVariant} variant
 */
function onRegistrationForm(url, variant) {
  const { pathname, searchParams } = new URL(url);
  return /registration/i.test(pathname) && (searchParams.get('variant') ?? 'base') === variant;
}

/**
 * The user's part of the Registration Form after User Type, the same with or without the panel:
 * types the details and the practice captcha, presses Validate and Send OTP, types the OTP.
 * `beforeValidate` runs once the details are typed, `beforeOtp` once the OTP box shows (the
 * panel's checks and steps are awaited there).
 * @param {import('puppeteer').Page} page
 * @param {{ user: WalkUser, variant: SandboxVariant, beforeValidate?: () => Promise<void>, beforeOtp?: () => Promise<void> }} options
 */
async function typeDetailsAndOtp(page, { user, variant, beforeValidate = async () => {}, beforeOtp = async () => {} }) {
  const F = sandboxControls(variant);
  await typeInto(page, F.gstin, user.gstin);
  await typeInto(page, F.mobile, user.mobile);
  await typeInto(page, F.email, user.email);
  await typeInto(page, F.captcha, await practiceCaptcha(page, F));
  await beforeValidate();
  await page.click(F.validate);
  await page.waitForFunction(
    (sel) => !(/** @type {HTMLButtonElement | null} */ (document.querySelector(sel))?.disabled ?? true),
    {},
    F.sendOtp,
  );
  await page.click(F.sendOtp);
  await page.waitForSelector(`${F.practicePhone}[data-practice-otp]`, { visible: true });
  await page.waitForSelector(F.otp, { visible: true });
  await beforeOtp();
  await typeInto(page, F.otp, await practiceOtp(page, F));
}

/**
 * Presses Submit (OTP). Where the variant has Create Account on a page of its own, Submit
 * navigates there: wait for it.
 * @param {import('puppeteer').Page} page
 * @param {SandboxVariant} variant
 */
async function submitOtp(page, variant) {
  const F = sandboxControls(variant);
  const ownPage = variantCreateAccountPath(variant);
  if (!ownPage) return page.click(F.submitOtp);
  await Promise.all([page.waitForNavigation(), page.click(F.submitOtp)]);
  expectOnPage(
    new URL(page.url()).pathname === new URL(ownPage, page.url()).pathname,
    `the Create Account page, not ${page.url()}`,
  );
}

/**
 * On the Registration Form, from "User Type" to "Registration through": the panel chooses Tax
 * Payer; the user types the details, the captcha and the OTP and presses the portal's buttons.
 * @param {import('puppeteer').Page} page
 * @param {{ user?: WalkUser, variant?: SandboxVariant, atStep?: AtStep }} [options]
 */
export async function verifyTaxpayer(page, { user = DEMO_USER, variant = 'base', atStep = nothing } = {}) {
  const F = sandboxControls(variant);
  await waitForStep(page, 'sandbox.user-type');
  expectOnPage(!(await isChecked(page, F.taxPayer)), 'no User Type chosen before the button');
  await atStep('sandbox.user-type');
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.taxpayer-details');
  expectOnPage(await isChecked(page, F.taxPayer), "the panel's button to choose Tax Payer");

  await typeDetailsAndOtp(page, {
    user,
    variant,
    beforeValidate: async () => {
      for (const id of ['gstin', 'mobile', 'email']) await waitForCheck(page, id);
      await atStep('sandbox.taxpayer-details');
    },
    beforeOtp: () => waitForStep(page, 'sandbox.otp'),
  });
  await atStep('sandbox.otp');
  await submitOtp(page, variant);
  await waitForStep(page, 'sandbox.registration-through');
}

/**
 * "Registration through" and the company: the panel's buttons choose ERP, then pick CloudZen and
 * type its Client ID.
 * @param {import('puppeteer').Page} page
 * @param {{ variant?: SandboxVariant, atStep?: AtStep }} [options]
 */
export async function chooseCloudZen(page, { variant = 'base', atStep = nothing } = {}) {
  const F = sandboxControls(variant);
  await waitForStep(page, 'sandbox.registration-through');
  expectOnPage(
    (await registrationThroughChosen(page, F)) === null,
    'no "Registration through" chosen before the button',
  );
  await atStep('sandbox.registration-through');
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.erp-details');
  expectOnPage((await registrationThroughChosen(page, F)) === 'ERP', "the panel's button to choose ERP");
  await clickInPanel(page, 'do-step');
  await page.waitForFunction(
    (sel) => /** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.value !== '',
    {},
    F.clientId,
  );
  const company = await chosenCompany(page, F.company);
  expectOnPage(company === CLOUDZEN.name, `the panel's button to pick ${CLOUDZEN.name}, not "${company}"`);
}

/**
 * The user types username, password and confirmation and presses Create; the portal acknowledges
 * and the panel confirms the capture.
 * @param {import('puppeteer').Page} page
 * @param {{ user?: WalkUser, variant?: SandboxVariant, atStep?: AtStep }} [options]
 */
export async function createApiUser(page, { user = DEMO_USER, variant = 'base', atStep = nothing } = {}) {
  await typeAccount(page, { user, variant });
  for (const id of ['company', 'client-id', 'username', 'password', 'confirm']) await waitForCheck(page, id);
  await atStep('sandbox.erp-details');

  await pressCreate(page, { variant });
  await waitForStep(page, 'sandbox.acknowledged');
  await waitForCaptureNotice(page, 'confirmed');
  await atStep('sandbox.acknowledged');
}

/**
 * @param {import('puppeteer').Page} page
 * @param {{ user: WalkUser, variant: SandboxVariant }} options
 */
async function typeAccount(page, { user, variant }) {
  const F = sandboxControls(variant);
  await typeInto(page, F.username, user.username);
  await typeInto(page, F.password, user.password);
  await typeInto(page, F.confirm, user.password);
}

/**
 * Presses the portal's Create button as a person does and waits for the portal's answer (a new
 * page). If none comes, says what the click landed on instead.
 * @param {import('puppeteer').Page} page
 * @param {{ timeout?: number, variant?: SandboxVariant }} [options]
 */
export async function pressCreate(page, { timeout = 15_000, variant = 'base' } = {}) {
  const F = sandboxControls(variant);
  await page.evaluate(() => {
    document.addEventListener(
      'mousedown',
      (event) => {
        const el = /** @type {Element | undefined} */ (event.composedPath()[0]);
        document.documentElement.dataset.lastMousedown = el ? `${el.tagName}#${el.id}.${el.className}` : '?';
      },
      { capture: true, once: true },
    );
  });
  await waitForStillPage(page);
  const answered = page.waitForNavigation({ timeout });
  await page.click(F.create);
  try {
    await answered;
  } catch {
    const landed = await page.evaluate(() => document.documentElement.dataset.lastMousedown ?? 'no mousedown');
    const message = await page.$eval(F.message, (el) => el.textContent ?? '').catch(() => '(no message)');
    throw new Error(
      `Pressing Create brought no answer within ${timeout} ms; the click landed on ${landed}; portal message: ${message}`,
    );
  }
}

/**
 * The whole registration, from the portal's home page (or the variant's Login page) to the
 * acknowledgement.
 * @param {import('puppeteer').Page} page
 * @param {{ sandboxUrl: string, variant?: SandboxVariant, user?: WalkUser, atStep?: AtStep }} options
 */
export async function walkSandbox(page, { sandboxUrl, variant = 'base', user = DEMO_USER, atStep = nothing }) {
  await openRegistrationForm(page, { sandboxUrl, variant, atStep });
  await verifyTaxpayer(page, { user, variant, atStep });
  await chooseCloudZen(page, { variant, atStep });
  await createApiUser(page, { user, variant, atStep });
}

/**
 * @typedef {object} ByHandOptions
 * @property {string} sandboxUrl
 * @property {SandboxVariant} [variant]
 * @property {string} [start]  the Login page to start at (e.g. with ?cloudzen=gsp); the variant's by default
 * @property {WalkUser} [user]
 * @property {'ERP' | 'GSP'} [through]  "Registration through"; ERP by default
 * @property {string} [company]  the company to pick (its option text, trimmed); CloudZen's by default
 * @property {string} [clientId]  CloudZen's by default
 * @property {(stage: 'registration-form' | 'create-account' | 'through-chosen' | 'filled') => Promise<void>} [at]
 *   called when the page shows the Registration Form, the Create Account section (or page), right
 *   after "Registration through" is chosen, and with the form filled just before Create
 */

/**
 * The same registration played by hand, without the extension: the variant's Login page →
 * "Register here" → Tax Payer, details, captcha, Validate, Send OTP, OTP, Submit → ERP (or GSP), the
 * company, Client ID, username, password → Create. Resolves once the portal has answered (the
 * acknowledgement, or the page again with a message).
 * @param {import('puppeteer').Page} page
 * @param {ByHandOptions} options
 */
export async function walkSandboxByHand(page, options) {
  const { sandboxUrl, variant = 'base', user = DEMO_USER, through = 'ERP' } = options;
  const { company = CLOUDZEN.name, clientId = CLOUDZEN.clientId, at = async () => {} } = options;
  const F = sandboxControls(variant);
  await page.goto(`${sandboxUrl}${options.start ?? variantLoginPath(variant)}`);
  await Promise.all([page.waitForNavigation(), page.click(F.registerLink)]);
  expectOnPage(onRegistrationForm(page.url(), variant), `the ${variant} Registration Form, not ${page.url()}`);
  await at('registration-form');

  await page.click(F.taxPayer);
  await typeDetailsAndOtp(page, { user, variant });
  await submitOtp(page, variant);
  await page.waitForSelector(F.throughErp, { visible: true });
  await at('create-account');

  await chooseRegistrationThrough(page, F, through);
  await at('through-chosen');
  // The list may come a moment later (hide-otp), in a new <select>: wait for the company itself.
  const value = await page.waitForFunction(
    (sel, wanted) =>
      [.../** @type {HTMLSelectElement | null} */ (document.querySelector(sel)?.options ?? [])].find(
        (o) => o.text.trim() === wanted,
      )?.value,
    { timeout: 5000 },
    F.company,
    company,
  );
  await page.select(F.company, /** @type {string} */ (await value.jsonValue()));
  await typeInto(page, F.clientId, clientId);
  await typeAccount(page, { user, variant });
  await at('filled');
  await pressCreate(page, { variant });
}
