// The sandbox registration walked as a person with the panel would: the panel's button for the
// safe steps; typing, the practice captcha and OTP, and the portal's own buttons "by hand".
// Used by `npm run demo` (headless) and `npm run smoke:firefox`.

import { practiceCaptcha, practiceOtp, SANDBOX_CONTROLS as F } from '../../practice-portal/sandbox-controls.mjs';
import { clickInPanel, typeInto, waitForCaptureNotice, waitForCheck, waitForStep, waitForStillPage } from './panel.mjs';

/** What the walkthrough "user" types. The GSTIN is CloudZen's, known to the practice portal. */
export const DEMO_USER = Object.freeze({
  gstin: '29AAFCC9980M1ZR',
  mobile: '9876543210',
  email: 'accounts@example.in',
  username: 'gstzendemo01',
  password: 'Zen@Demo2026',
});

/**
 * From the portal's home page to the acknowledgement. `atStep` is called once per step, when the
 * page shows what the user sees at that step (the demo takes its screenshots there).
 * @param {import('puppeteer').Page} page
 * @param {{ sandboxUrl: string, user?: typeof DEMO_USER, atStep?: (stepId: string) => Promise<void> }} options
 */
export async function walkSandbox(page, { sandboxUrl, user = DEMO_USER, atStep = async () => {} }) {
  // Home page: the panel points to Login; its button follows the link, then "Register here".
  await page.goto(`${sandboxUrl}/`);
  await waitForStep(page, 'sandbox.click-register');
  await atStep('sandbox.click-register');
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);
  await waitForStep(page, 'sandbox.click-register');
  await Promise.all([page.waitForNavigation(), clickInPanel(page, 'do-step')]);

  // Registration Form: the panel's button chooses Tax Payer.
  await waitForStep(page, 'sandbox.user-type');
  await atStep('sandbox.user-type');
  await clickInPanel(page, 'do-step');

  // Taxpayer details: typed by the user, checked by the panel as they are typed.
  await waitForStep(page, 'sandbox.taxpayer-details');
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

  // OTP: read from the practice "phone", typed by the user, who presses Submit.
  await waitForStep(page, 'sandbox.otp');
  await typeInto(page, F.otp, await practiceOtp(page));
  await atStep('sandbox.otp');
  await page.click(F.submitOtp);

  // Registration through: the panel's button chooses ERP.
  await waitForStep(page, 'sandbox.registration-through');
  await atStep('sandbox.registration-through');
  await clickInPanel(page, 'do-step');

  // ERP details: the panel's button picks CloudZen and types the Client ID; the user types
  // username, password and confirmation.
  await waitForStep(page, 'sandbox.erp-details');
  await clickInPanel(page, 'do-step');
  await page.waitForFunction(
    (sel) => /** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.value !== '',
    {},
    F.clientId,
  );
  await typeInto(page, F.username, user.username);
  await typeInto(page, F.password, user.password);
  await typeInto(page, F.confirm, user.password);
  for (const id of ['company', 'client-id', 'username', 'password', 'confirm']) await waitForCheck(page, id);
  await atStep('sandbox.erp-details');

  // The user presses Create; the portal acknowledges and the panel confirms the capture.
  await waitForStillPage(page);
  await Promise.all([page.waitForNavigation(), page.click(F.create)]);
  await waitForStep(page, 'sandbox.acknowledged');
  await waitForCaptureNotice(page, 'confirmed');
  await atStep('sandbox.acknowledged');
}
