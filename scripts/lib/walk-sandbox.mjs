// The sandbox registration walked as a person with the panel would: the panel's button for the
// safe steps; typing, the practice captcha and OTP, and the portal's own buttons "by hand".
// Each phase also checks that the panel's safe actions changed the portal's controls, so the
// demo, the Firefox smoke check and the browser tests (which compose the phases) all prove it.

import { practiceCaptcha, practiceOtp, SANDBOX_CONTROLS as F } from '../../practice-portal/sandbox-controls.mjs';
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
 * Home page → Login → Registration Form, through the panel's button.
 * @param {import('puppeteer').Page} page
 * @param {{ sandboxUrl: string, atStep?: AtStep }} options
 */
export async function openRegistrationForm(page, { sandboxUrl, atStep = nothing }) {
  await page.goto(`${sandboxUrl}/`);
  await waitForStep(page, 'sandbox.click-register');
  expectOnPage((await panelAttribute(page, 'data-found')) === 'true', 'the panel to find the Login link');
  await atStep('sandbox.click-register');
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
  expectOnPage(/login/i.test(new URL(page.url()).pathname), `the Login page, not ${page.url()}`);
  await waitForStep(page, 'sandbox.click-register');
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
  expectOnPage(/registration/i.test(new URL(page.url()).pathname), `the Registration Form, not ${page.url()}`);
}

/**
 * On the Registration Form, from "User Type" to "Registration through": the panel chooses Tax
 * Payer; the user types the details, the captcha and the OTP and presses the portal's buttons.
 * @param {import('puppeteer').Page} page
 * @param {{ user?: WalkUser, atStep?: AtStep }} [options]
 */
export async function verifyTaxpayer(page, { user = DEMO_USER, atStep = nothing } = {}) {
  await waitForStep(page, 'sandbox.user-type');
  expectOnPage(!(await isChecked(page, F.taxPayer)), 'no User Type chosen before the button');
  await atStep('sandbox.user-type');
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.taxpayer-details');
  expectOnPage(await isChecked(page, F.taxPayer), "the panel's button to choose Tax Payer");

  await typeInto(page, F.gstin, user.gstin);
  await typeInto(page, F.mobile, user.mobile);
  await typeInto(page, F.email, user.email);
  await typeInto(page, F.captcha, await practiceCaptcha(page));
  for (const id of ['gstin', 'mobile', 'email']) await waitForCheck(page, id);
  await atStep('sandbox.taxpayer-details');
  await page.click(F.validate);
  await page.waitForFunction(
    (sel) => !(/** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.disabled ?? true),
    {},
    F.sendOtp,
  );
  await page.click(F.sendOtp);

  await waitForStep(page, 'sandbox.otp');
  await typeInto(page, F.otp, await practiceOtp(page));
  await atStep('sandbox.otp');
  await page.click(F.submitOtp);
  await waitForStep(page, 'sandbox.registration-through');
}

/**
 * "Registration through" and the company: the panel's buttons choose ERP, then pick CloudZen and
 * type its Client ID.
 * @param {import('puppeteer').Page} page
 * @param {{ atStep?: AtStep }} [options]
 */
export async function chooseCloudZen(page, { atStep = nothing } = {}) {
  await waitForStep(page, 'sandbox.registration-through');
  await atStep('sandbox.registration-through');
  await clickInPanel(page, 'do-step');
  await waitForStep(page, 'sandbox.erp-details');
  expectOnPage(await isChecked(page, F.throughErp), "the panel's button to choose ERP");
  await clickInPanel(page, 'do-step');
  await page.waitForFunction(
    (sel) => /** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.value !== '',
    {},
    F.clientId,
  );
}

/**
 * The user types username, password and confirmation and presses Create; the portal acknowledges
 * and the panel confirms the capture.
 * @param {import('puppeteer').Page} page
 * @param {{ user?: WalkUser, atStep?: AtStep }} [options]
 */
export async function createApiUser(page, { user = DEMO_USER, atStep = nothing } = {}) {
  await typeInto(page, F.username, user.username);
  await typeInto(page, F.password, user.password);
  await typeInto(page, F.confirm, user.password);
  for (const id of ['company', 'client-id', 'username', 'password', 'confirm']) await waitForCheck(page, id);
  await atStep('sandbox.erp-details');

  await pressCreate(page);
  await waitForStep(page, 'sandbox.acknowledged');
  await waitForCaptureNotice(page, 'confirmed');
  await atStep('sandbox.acknowledged');
}

/**
 * Presses the portal's Create button as a person does and waits for the portal's answer (a new
 * page). If none comes, says what the click landed on instead.
 * @param {import('puppeteer').Page} page
 * @param {{ timeout?: number }} [options]
 */
export async function pressCreate(page, { timeout = 15_000 } = {}) {
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
 * The whole registration, from the portal's home page to the acknowledgement.
 * @param {import('puppeteer').Page} page
 * @param {{ sandboxUrl: string, user?: WalkUser, atStep?: AtStep }} options
 */
export async function walkSandbox(page, { sandboxUrl, user = DEMO_USER, atStep = nothing }) {
  await openRegistrationForm(page, { sandboxUrl, atStep });
  await verifyTaxpayer(page, { user, atStep });
  await chooseCloudZen(page, { atStep });
  await createApiUser(page, { user, atStep });
}
