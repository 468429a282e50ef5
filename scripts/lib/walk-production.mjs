// Create API User on the practice production portal (einvoice1.gst.gov.in), played by hand as a
// person does, without the extension: each phase is one stretch of GSTZen's help document, Part 2
// Section 2, so the demo and the browser tests can compose them, and later put the extension's
// panel between them. Selectors, captcha and OTP come from practice-portal/production-controls.mjs.

import { CLOUDZEN } from '../../practice-portal/sandbox-data.mjs';
import {
  PRODUCTION_PATHS,
  PRODUCTION_USER,
  practiceCaptcha,
  practiceOtp,
  productionControls,
  productionStartPath,
} from '../../practice-portal/production-controls.mjs';
import { waitForStillPage } from './panel.mjs';

export { PRODUCTION_USER };

/**
 * @typedef {import('../../practice-portal/production-controls.mjs').ProductionVariant} ProductionVariant
 *   which markup of the practice production portal to walk (PRODUCTION_VARIANTS); 'base' unless said
 * @typedef {import('../../practice-portal/production-controls.mjs').AnswerMode} AnswerMode
 * @typedef {import('puppeteer').Page} Page
 * @typedef {{ variant?: ProductionVariant }} VariantOption
 */

/**
 * @typedef {object} Answer  what the portal answered, and how
 * @property {string} text
 * @property {'alert' | 'dialog' | 'page'} via  a native alert() (accepted), the in-page dialog
 *   (left open: see closeAnswerDialog), or text on a new page (the answer, or the login page's
 *   message after a lost session)
 */

/**
 * @param {boolean} holds
 * @param {string} what  what should have happened
 */
export function expectOnPage(holds, what) {
  if (!holds) throw new Error(`Expected ${what}.`);
}

/** @param {Page} page @param {string} path */
function onPath(page, path) {
  return new URL(page.url()).pathname.toLowerCase() === path.toLowerCase();
}

/**
 * Empties a box and types `text` into it, key by key.
 * @param {Page} page
 * @param {string} selector
 * @param {string} text
 */
async function typeInto(page, selector, text) {
  await page.$eval(selector, (el) => {
    /** @type {HTMLInputElement} */ (el).value = '';
  });
  if (text) await page.type(selector, text);
}

/**
 * Runs `action` (a click that navigates), accepting any native alert() the new page shows as it
 * loads; resolves with their texts once the new page has loaded.
 * @param {Page} page
 * @param {() => Promise<unknown>} action
 * @returns {Promise<string[]>}
 */
export async function navigateAcceptingAlerts(page, action) {
  /** @type {string[]} */
  const alerts = [];
  /** @param {import('puppeteer').Dialog} dialog */
  const onDialog = (dialog) => {
    alerts.push(dialog.message());
    dialog.accept().catch(() => {});
  };
  page.on('dialog', onDialog);
  try {
    await Promise.all([page.waitForNavigation(), action()]);
  } finally {
    page.off('dialog', onDialog);
  }
  return alerts;
}

/**
 * Step 1 and the start of step 2: the home page (variant and answer mode in its query, kept from
 * there on), then Login: base opens the login form in a dialog, the others go to the login page.
 * @param {Page} page
 * @param {{ productionUrl: string, variant?: ProductionVariant, answer?: AnswerMode }} options
 */
export async function openLogin(page, { productionUrl, variant = 'base', answer }) {
  const F = productionControls(variant);
  await page.goto(`${productionUrl}${productionStartPath(variant, answer)}`);
  if (variant === 'base') {
    await page.click(F.loginButton);
  } else {
    await Promise.all([page.waitForNavigation(), page.click(F.loginButton)]);
    expectOnPage(onPath(page, PRODUCTION_PATHS.login), `the login page, not ${page.url()}`);
  }
  await page.waitForSelector(F.loginUsername, { visible: true });
}

/**
 * Step 2: types username, password and the practice captcha, presses Login; types the practice
 * OTP and presses Verify OTP. Ends on the Dash Board (with "Contacts of Technical Person" open in
 * base). Throws with the portal's words if it refuses.
 * @param {Page} page
 * @param {VariantOption & { username?: string, password?: string }} [options]
 */
export async function logIn(page, options = {}) {
  const {
    variant = 'base',
    username = PRODUCTION_USER.loginUsername,
    password = PRODUCTION_USER.loginPassword,
  } = options;
  const F = productionControls(variant);
  await typeInto(page, F.loginUsername, username);
  await typeInto(page, F.loginPassword, password);
  await typeInto(page, F.captcha, await practiceCaptcha(page));
  const refused = await navigateAcceptingAlerts(page, () => page.click(F.loginSubmit));
  expectOnPage(
    refused.length === 0 && onPath(page, PRODUCTION_PATHS.loginOtp),
    `the login OTP page, not "${refused.join(' ')}" on ${page.url()}`,
  );

  await typeInto(page, F.otp, await practiceOtp(page));
  const wrong = await navigateAcceptingAlerts(page, () => page.click(F.verifyOtp));
  expectOnPage(
    wrong.length === 0 && onPath(page, PRODUCTION_PATHS.mainMenu),
    `the Dash Board, not "${wrong.join(' ')}" on ${page.url()}`,
  );
}

/**
 * Closes "Contacts of Technical Person" with its Exit button if it is open (base, after login).
 * @param {Page} page
 * @param {VariantOption} [options]
 * @returns {Promise<boolean>} whether it was open
 */
export async function closeTechDialogIfShown(page, { variant = 'base' } = {}) {
  const F = productionControls(variant);
  const shown = await page.$eval(F.techDialog, (el) => !(/** @type {HTMLElement} */ (el).hidden)).catch(() => false);
  if (!shown) return false;
  await page.click(F.techDialogExit);
  await page.waitForSelector(F.techDialog, { hidden: true });
  return true;
}

/**
 * Steps 3 and 4: opens the menus (the "Menu" link first in prefilled), API Registration > User
 * Credentials, and clicks Create API User. Ends on its OTP page.
 * @param {Page} page
 * @param {VariantOption} [options]
 */
export async function openCreateApiUserByHand(page, { variant = 'base' } = {}) {
  const F = productionControls(variant);
  if (F.menuToggle) await page.click(F.menuToggle);
  await page.waitForSelector(F.apiRegistrationMenu, { visible: true });
  await page.click(F.apiRegistrationMenu);
  await page.waitForSelector(F.userCredentialsMenu, { visible: true });
  await page.click(F.userCredentialsMenu);
  await page.waitForSelector(F.createApiUserLink, { visible: true });
  await Promise.all([page.waitForNavigation(), page.click(F.createApiUserLink)]);
  expectOnPage(onPath(page, PRODUCTION_PATHS.createApiUser), `the Create API User page, not ${page.url()}`);
  await page.waitForSelector(F.otp, { visible: true });
}

/**
 * Steps 5 and 6: types the OTP (the practice phone's, unless `otp` is given) and presses Verify
 * OTP. Resolves with null when the API Registration form shows, or with the alert the portal
 * answered instead (a wrong OTP).
 * @param {Page} page
 * @param {VariantOption & { otp?: string }} [options]
 * @returns {Promise<string | null>}
 */
export async function verifyApiOtp(page, { variant = 'base', otp } = {}) {
  const F = productionControls(variant);
  await typeInto(page, F.otp, otp ?? (await practiceOtp(page)));
  const alerts = await navigateAcceptingAlerts(page, () => page.click(F.verifyOtp));
  if (alerts.length) return alerts.join('\n');
  expectOnPage(onPath(page, PRODUCTION_PATHS.verifyRegOtp), `the API Registration form, not ${page.url()}`);
  await page.waitForSelector(F.throughErp, { visible: true });
  return null;
}

/**
 * Step 7: clicks "Through ERP"; the ERP list shows.
 * @param {Page} page
 * @param {VariantOption} [options]
 */
export async function chooseThroughErpByHand(page, { variant = 'base' } = {}) {
  const F = productionControls(variant);
  await page.click(F.throughErp);
  await page.waitForSelector(F.erpList, { visible: true });
}

/**
 * Step 8: picks CloudZen (or `company`, matched by its whole text) in the ERP list (or `list`).
 * @param {Page} page
 * @param {VariantOption & { company?: string, list?: 'erp' | 'gsp' }} [options]
 */
export async function pickCloudZenByHand(page, { variant = 'base', company = CLOUDZEN.name, list = 'erp' } = {}) {
  const F = productionControls(variant);
  const selector = list === 'erp' ? F.erpList : F.gspList;
  const value = await page.$eval(
    selector,
    (el, wanted) =>
      [.../** @type {HTMLSelectElement} */ (el).options].find((o) => (o.textContent ?? '').trim() === wanted)?.value ??
      null,
    company,
  );
  if (value === null) throw new Error(`The list ${selector} has no "${company}".`);
  await page.select(selector, value);
}

/**
 * Step 9, typing: the username (after the API_ already in the box in prefilled), the password and
 * its confirmation (the password unless `confirm` is given).
 * @param {Page} page
 * @param {VariantOption & { username?: string, password?: string, confirm?: string }} [options]
 */
export async function typeApiCredentials(page, options = {}) {
  const {
    variant = 'base',
    username = PRODUCTION_USER.apiUsername,
    password = PRODUCTION_USER.apiPassword,
    confirm = password,
  } = options;
  const F = productionControls(variant);
  if (variant === 'prefilled') {
    // A person clicks into the box and types after the API_ already there.
    await page.focus(F.username);
    await page.$eval(F.username, (el) => {
      const box = /** @type {HTMLInputElement} */ (el);
      box.setSelectionRange(box.value.length, box.value.length);
    });
    await page.keyboard.type(username);
  } else {
    await typeInto(page, F.username, username);
  }
  await typeInto(page, F.password, password);
  await typeInto(page, F.confirm, confirm);
}

/**
 * Step 9, Submit, and step 10: presses Submit and resolves once the answer shows, however it came
 * (see waitForAnswer), and any page it brought has loaded.
 * @param {Page} page
 * @param {VariantOption & { timeout?: number }} [options]
 * @returns {Promise<Answer>}
 */
export async function pressSubmit(page, { variant = 'base', timeout = 10_000 } = {}) {
  const F = productionControls(variant);
  // As a person aims after the page stops moving (the sandbox walk's pressCreate does the same).
  await waitForStillPage(page);
  const answered = waitForAnswer(page, { timeout });
  await page.click(F.submit);
  const answer = await answered;
  await page.waitForFunction(() => document.readyState === 'complete', { timeout });
  return answer;
}

/**
 * Waits for the portal's next answer, whichever way it comes: a native alert() (accepted; on a
 * new page as it loads, or after a background post), the in-page dialog (left open), or text on
 * a new page (#answerMessage, or the login page's message when the session was lost). Call it
 * before the action that brings the answer. Text already on the current page does not count.
 * @param {Page} page
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<Answer>}
 */
export async function waitForAnswer(page, { timeout = 10_000 } = {}) {
  // Marks the current document: "page" answers count only on a new one.
  await page.evaluate(() => {
    document.documentElement.dataset.walkWaiting = 'true';
  });
  return new Promise((resolve, reject) => {
    let done = false;
    /** @param {Answer | null} answer @param {Error} [error] */
    const finish = (answer, error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      page.off('dialog', onDialog);
      page
        .evaluate(() => {
          delete document.documentElement.dataset.walkWaiting;
        })
        .catch(() => {});
      if (answer) resolve(answer);
      else reject(error ?? new Error('No answer.'));
    };
    /** @param {import('puppeteer').Dialog} dialog */
    const onDialog = (dialog) => {
      const text = dialog.message();
      dialog.accept().then(
        () => finish({ text, via: 'alert' }),
        (/** @type {unknown} */ err) => finish(null, err instanceof Error ? err : new Error(String(err))),
      );
    };
    const timer = setTimeout(
      () => finish(null, new Error(`The portal gave no answer within ${timeout} ms (at ${page.url()}).`)),
      timeout,
    );
    page.on('dialog', onDialog);

    const poll = async () => {
      while (!done) {
        const shown = await page.evaluate(readShownAnswer).catch(() => null);
        if (shown) return finish(shown);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    void poll();
  });
}

/**
 * In the page: the answer shown by the in-page dialog, or as text on a new page; null if none yet.
 * @returns {Answer | null}
 */
function readShownAnswer() {
  const dialog = document.getElementById('answerDialog');
  if (dialog && !dialog.hidden) {
    const text = document.getElementById('answerText')?.textContent?.trim();
    return text ? { text, via: 'dialog' } : null;
  }
  if (document.documentElement.dataset.walkWaiting || document.readyState !== 'complete') return null;
  const text = document.querySelector('#answerMessage, #frmLogin .divError')?.textContent?.trim();
  return text ? { text, via: 'page' } : null;
}

/**
 * Closes the in-page answer dialog with its OK, if open.
 * @param {Page} page
 * @param {VariantOption} [options]
 */
export async function closeAnswerDialog(page, { variant = 'base' } = {}) {
  const F = productionControls(variant);
  if (await page.$eval(F.inPageDialog, (el) => /** @type {HTMLElement} */ (el).hidden).catch(() => true)) return;
  await page.click(F.inPageDialogOk);
  await page.waitForSelector(F.inPageDialog, { hidden: true });
}

/**
 * @typedef {object} ProductionByHandOptions
 * @property {string} productionUrl  e.g. https://einvoice1.gst.gov.in
 * @property {ProductionVariant} [variant]
 * @property {AnswerMode} [answer]  the variant's own answer mode unless given
 * @property {string} [loginUsername]
 * @property {string} [username]  the API username as typed (without API_)
 * @property {string} [password]
 * @property {string} [confirm]
 * @property {string} [company]  CloudZen's name unless given
 * @property {(stage: 'dashboard' | 'registration-form' | 'filled') => Promise<void>} [at]
 */

/**
 * The whole of Part 2 Section 2 by hand: home → Login (captcha, OTP) → Dash Board → API
 * Registration > User Credentials > Create API User → OTP → Through ERP → CloudZen → username
 * and passwords → Submit. Resolves with the portal's answer.
 * @param {Page} page
 * @param {ProductionByHandOptions} options
 * @returns {Promise<Answer>}
 */
export async function walkProductionByHand(page, options) {
  const { productionUrl, variant = 'base', answer, at = async () => {} } = options;
  await openLogin(page, { productionUrl, variant, answer });
  await logIn(page, { variant, username: options.loginUsername });
  await closeTechDialogIfShown(page, { variant });
  await at('dashboard');
  await openCreateApiUserByHand(page, { variant });
  const refused = await verifyApiOtp(page, { variant });
  if (refused) throw new Error(`The portal refused the practice OTP: ${refused}`);
  await at('registration-form');
  await chooseThroughErpByHand(page, { variant });
  await pickCloudZenByHand(page, { variant, company: options.company });
  await typeApiCredentials(page, {
    variant,
    username: options.username,
    password: options.password,
    confirm: options.confirm,
  });
  await at('filled');
  return pressSubmit(page, { variant });
}
