// Create API User on the practice production portal as a person with the panel does it: the
// panel's button for the safe steps (open the menus, Through ERP, CloudZen in the ERP list);
// the login, captcha, OTPs, Create API User, typing and Submit by hand. Each phase checks the
// step the panel names, and that the panel's safe actions changed the portal's own controls
// (never the GSP list), so the demo and the browser tests that compose the phases prove it.

import { CLOUDZEN } from '../../practice-portal/sandbox-data.mjs';
import {
  PRODUCTION_PATHS,
  PRODUCTION_USER,
  practiceCaptcha,
  practiceOtp,
  productionControls,
  productionStartPath,
} from '../../practice-portal/production-controls.mjs';
import { clickInPanel, panelHas, typeInto, waitForCaptureNotice, waitForStep, waitForStillPage } from './panel.mjs';
import {
  closeTechDialogIfShown,
  expectOnPage,
  navigateAcceptingAlerts,
  pressSubmit,
  typeApiCredentials,
  verifyApiOtp,
} from './walk-production.mjs';

/**
 * @typedef {import('../../practice-portal/production-controls.mjs').ProductionVariant} ProductionVariant
 * @typedef {import('../../practice-portal/production-controls.mjs').AnswerMode} AnswerMode
 * @typedef {import('./walk-production.mjs').Answer} Answer
 * @typedef {import('puppeteer').Page} Page
 * @typedef {(stepId: string) => Promise<void>} AtStep  called once per step, when the page shows
 *   what the user sees at that step (the demo takes its screenshots there)
 * @typedef {object} GuidedOptions
 * @property {string} productionUrl  https://einvoice1.gst.gov.in
 * @property {ProductionVariant} [variant]
 * @property {AnswerMode} [answer]
 * @property {string} [username]  the API username as typed (without API_)
 * @property {string} [password]
 * @property {AtStep} [atStep]
 */

/** @type {AtStep} */
const nothing = async () => {};

/** @param {Page} page @param {string} selector */
function isShown(page, selector) {
  return page
    .$eval(selector, (el) => {
      const box = /** @type {HTMLElement} */ (el);
      return box.offsetParent !== null || box.getClientRects().length > 0;
    })
    .catch(() => false);
}

/** @param {Page} page @param {string} selector */
function valueOf(page, selector) {
  return page.$eval(selector, (el) => /** @type {HTMLInputElement} */ (el).value);
}

/** @param {Page} page @param {string} selector  a <select>: its chosen option's text */
function chosenText(page, selector) {
  return page.$eval(selector, (el) => /** @type {HTMLSelectElement} */ (el).selectedOptions[0]?.text.trim() ?? '');
}

/**
 * The panel offers no button on the login steps and the extension typed nothing there.
 * @param {Page} page
 * @param {string[]} selectors  the login fields on screen
 */
async function expectUntouched(page, selectors) {
  expectOnPage(!(await panelHas(page, 'do-step')), 'no panel button on a login step');
  for (const selector of selectors) {
    expectOnPage((await valueOf(page, selector)) === '', `${selector} left empty by the extension`);
  }
}

/**
 * Home → login form → login OTP → Dash Board. The panel says `prod.login` on each of the three;
 * the user types everything (the assistant never types logins, captchas or OTPs).
 * @param {Page} page
 * @param {GuidedOptions} options
 */
export async function logInGuided(page, { productionUrl, variant = 'base', answer, atStep = nothing }) {
  const F = productionControls(variant);
  await page.goto(`${productionUrl}${productionStartPath(variant, answer)}`);
  await waitForStep(page, 'prod.login');
  await atStep('prod.login');
  // The reminder of the document's Part 2 Section 1 stands until it is ticked off, once.
  if (await panelHas(page, 'reminder')) {
    await clickInPanel(page, 'reminder-tick');
    await page.waitForFunction(
      () => !document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="reminder"]'),
      { timeout: 5000 },
    );
  }
  if (variant === 'base') await page.click(F.loginButton);
  else await navigateAcceptingAlerts(page, () => page.click(F.loginButton));
  await page.waitForSelector(F.loginUsername, { visible: true });
  await waitForStep(page, 'prod.login');
  await expectUntouched(page, [F.loginUsername, F.loginPassword, F.captcha]);
  await typeInto(page, F.loginUsername, PRODUCTION_USER.loginUsername);
  await typeInto(page, F.loginPassword, PRODUCTION_USER.loginPassword);
  await typeInto(page, F.captcha, await practiceCaptcha(page));
  const refused = await navigateAcceptingAlerts(page, () => page.click(F.loginSubmit));
  expectOnPage(refused.length === 0, `the login accepted, not "${refused.join(' ')}"`);

  await waitForStep(page, 'prod.login');
  await expectUntouched(page, [F.otp]);
  await typeInto(page, F.otp, await practiceOtp(page));
  const wrong = await navigateAcceptingAlerts(page, () => page.click(F.verifyOtp));
  expectOnPage(wrong.length === 0, `the OTP accepted, not "${wrong.join(' ')}"`);
}

/**
 * Dash Board → (the panel) API Registration → (the panel) User Credentials → Create API User (by
 * hand: it sends the OTP) → OTP → Verify OTP. Ends on the registration screen.
 * @param {Page} page
 * @param {GuidedOptions} options
 */
export async function openCreateApiUserGuided(page, { variant = 'base', atStep = nothing }) {
  const F = productionControls(variant);
  // With or without "Contacts of Technical Person" over it, the dashboard means API Registration.
  await waitForStep(page, 'prod.api-registration');
  await atStep('prod.api-registration');
  await closeTechDialogIfShown(page, { variant });
  await waitForStillPage(page);
  await clickInPanel(page, 'do-step');
  await page.waitForSelector(F.userCredentialsMenu, { visible: true });

  await waitForStep(page, 'prod.create-api-user');
  await waitForStillPage(page);
  await clickInPanel(page, 'do-step');
  await page.waitForSelector(F.createApiUserLink, { visible: true });
  await atStep('prod.create-api-user');
  expectOnPage(
    new URL(page.url()).pathname.toLowerCase() === PRODUCTION_PATHS.mainMenu.toLowerCase(),
    'the panel to open menus only, not to follow Create API User',
  );
  await navigateAcceptingAlerts(page, () => page.click(F.createApiUserLink));

  await waitForStep(page, 'prod.otp');
  await expectUntouched(page, [F.otp]);
  await atStep('prod.otp');
  const refused = await verifyApiOtp(page, { variant });
  if (refused) throw new Error(`The portal refused the practice OTP: ${refused}`);
}

/**
 * Registration screen: (the panel) Through ERP → (the panel) CloudZen in the ERP list, never the
 * GSP list → username and passwords typed, checks green.
 * @param {Page} page
 * @param {GuidedOptions} options
 */
export async function chooseCloudZenGuided(page, { variant = 'base', atStep = nothing }) {
  const F = productionControls(variant);
  await waitForStep(page, 'prod.through-erp');
  await atStep('prod.through-erp');
  await waitForStillPage(page);
  await clickInPanel(page, 'do-step');
  await page.waitForFunction(
    (sel) => /** @type {HTMLInputElement | null} */ (document.querySelector(sel))?.checked === true,
    {},
    F.throughErp,
  );

  await waitForStep(page, 'prod.select-erp');
  const gspBefore = (await isShown(page, F.gspList)) ? await chosenText(page, F.gspList) : null;
  await atStep('prod.select-erp');
  await waitForStillPage(page);
  await clickInPanel(page, 'do-step');
  await page.waitForFunction(
    (sel, name) =>
      /** @type {HTMLSelectElement | null} */ (document.querySelector(sel))?.selectedOptions[0]?.text.trim() === name,
    {},
    F.erpList,
    CLOUDZEN.name,
  );
  if (gspBefore !== null) {
    expectOnPage((await chosenText(page, F.gspList)) === gspBefore, 'the GSP list left as it was');
  }
  await waitForStep(page, 'prod.credentials');
}

/**
 * The whole of Part 2 Section 2 with the panel, up to the portal's answer and the panel's notice.
 * @param {Page} page
 * @param {GuidedOptions} options
 * @returns {Promise<Answer>}
 */
export async function walkProductionGuided(page, options) {
  const { variant = 'base', atStep = nothing } = options;
  await logInGuided(page, options);
  await openCreateApiUserGuided(page, options);
  await chooseCloudZenGuided(page, options);
  await typeApiCredentials(page, {
    variant,
    username: options.username ?? PRODUCTION_USER.apiUsername,
    password: options.password ?? PRODUCTION_USER.apiPassword,
  });
  await atStep('prod.credentials');
  const answer = await pressSubmit(page, { variant });
  await waitForStep(page, 'prod.created');
  await waitForCaptureNotice(page, 'confirmed');
  await atStep('prod.created');
  return answer;
}
