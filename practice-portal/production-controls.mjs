// The practice production portal's controls (production-pages.mjs) as CSS selectors, per markup
// variant, its practice captcha and OTP, and the default person, for the scripts and browser tests
// that play the user by hand. The extension itself never uses these: it finds controls by their
// visible labels.

import { ANSWER_MODES, DEFAULT_ANSWER, PATHS, PRODUCTION_VARIANTS, REGISTRATION_IDS } from './production-pages.mjs';

export { ANSWER_MODES, DEFAULT_ANSWER, PRODUCTION_VARIANTS, PATHS as PRODUCTION_PATHS };
/** @typedef {import('./production-pages.mjs').ProductionVariant} ProductionVariant */
/** @typedef {import('./production-pages.mjs').AnswerMode} AnswerMode */

/** The person the scripted walks play (the login maps to CloudZen's GSTIN 29AAFCC9980M1ZR). */
export const PRODUCTION_USER = Object.freeze({
  loginUsername: 'cloudzen_ka',
  loginPassword: 'Zen@Login2026',
  apiUsername: 'gstzenlive1',
  apiPassword: 'Zen@Live2026',
});

/**
 * @typedef {object} ProductionControls  CSS selectors, one control each (on the page where it is)
 * @property {string} loginButton  "Login" on the home page: opens the dialog (base) or is a link to the login page
 * @property {string} loginUsername
 * @property {string} loginPassword
 * @property {string} captcha  "Enter Captcha"
 * @property {string} captchaImage  its data-practice-code holds the practice captcha (automation only)
 * @property {string} loginSubmit  the form's Login button
 * @property {string} otp  "Enter OTP" (login) and "Enter OTP:" (Create API User)
 * @property {string} practicePhone  the practice "phone" showing the OTP (data-practice-otp, automation only)
 * @property {string} verifyOtp  "Verify OTP" (both OTP pages)
 * @property {string} techDialog  "Contacts of Technical Person" (base, right after login)
 * @property {string} techDialogExit  its Exit
 * @property {string | null} menuToggle  the "Menu" link the left menu hides behind (prefilled), else null
 * @property {string} apiRegistrationMenu  "API Registration" (a collapse toggle)
 * @property {string} userCredentialsMenu  "User Credentials" (a collapse toggle inside it)
 * @property {string} createApiUserLink  "Create API User"
 * @property {string} logout
 * @property {string} throughDirect
 * @property {string} throughGsp
 * @property {string} throughErp
 * @property {string} throughClientId
 * @property {string} gspList  "Select your GSP:"
 * @property {string} erpList  "Select your ERP:"
 * @property {string} username  API username ("Username:")
 * @property {string} password
 * @property {string} confirm  "Re-enter Password:"
 * @property {string} submit
 * @property {string} exit
 * @property {string} regTitle  "API Registration Through …"
 * @property {string} apiUsers  the list of API users after a Create
 * @property {string} inPageDialog  the in-page answer dialog (answer mode "dialog")
 * @property {string} inPageDialogText
 * @property {string} inPageDialogOk
 * @property {string} answerMessage  the answer as page text (answer mode "page")
 * @property {string} loginError  the login page's message (e.g. session expired)
 */

/**
 * The controls of a variant, as CSS selectors.
 * @param {ProductionVariant | string} [variant]
 * @returns {Readonly<ProductionControls>}
 */
export function productionControls(variant = 'base') {
  if (!(/** @type {readonly string[]} */ (PRODUCTION_VARIANTS).includes(variant))) {
    throw new Error(`No practice production variant "${variant}"; there are: ${PRODUCTION_VARIANTS.join(', ')}.`);
  }
  const ids = REGISTRATION_IDS[/** @type {ProductionVariant} */ (variant)];
  return Object.freeze({
    loginButton: '#btnLogin',
    loginUsername: '#txtUserName',
    loginPassword: '#txt_password',
    captcha: '#CaptchaCode',
    captchaImage: '#captcha_image',
    loginSubmit: '#btnLoginSubmit',
    otp: '#txtOtp',
    practicePhone: '#practicePhone',
    verifyOtp: '#btnVerifyOTP',
    techDialog: '#techPersonModal',
    techDialogExit: '#btnTechExit',
    menuToggle: variant === 'prefilled' ? '#lnkMenuToggle' : null,
    apiRegistrationMenu: 'a.parentmenu[href="#mnuApiRegistration"]',
    userCredentialsMenu: 'a.parentmenu[href="#mnuUserCredentials"]',
    createApiUserLink: '#mnuUserCredentials a[href^="/APIUserAccount/CreateAPIUser"]',
    logout: '#lnkLogout',
    throughDirect: `#${ids.radio[0]}`,
    throughGsp: `#${ids.radio[1]}`,
    throughErp: `#${ids.radio[2]}`,
    throughClientId: `#${ids.radio[3]}`,
    gspList: `#${ids.gsp}`,
    erpList: `#${ids.erp}`,
    username: `#${ids.user}`,
    password: `#${ids.pwd}`,
    confirm: `#${ids.cpwd}`,
    submit: `#${ids.submit}`,
    exit: '#btnExit',
    regTitle: '#regTitle',
    apiUsers: '#tblApiUsers',
    inPageDialog: '#answerDialog',
    inPageDialogText: '#answerText',
    inPageDialogOk: '#btnAnswerOk',
    answerMessage: '#answerMessage',
    loginError: '#frmLogin .divError',
  });
}

/**
 * The path a walk of `variant` starts at: the home page, with the variant and answer mode in its
 * query (kept on every link, form and redirect from there).
 * @param {ProductionVariant | string} [variant]
 * @param {AnswerMode} [answer]  the variant's own mode (DEFAULT_ANSWER) unless given
 */
export function productionStartPath(variant = 'base', answer) {
  productionControls(variant); // throws on an unknown name
  if (answer && !(/** @type {readonly string[]} */ (ANSWER_MODES).includes(answer))) {
    throw new Error(`No answer mode "${answer}"; there are: ${ANSWER_MODES.join(', ')}.`);
  }
  const query = new URLSearchParams();
  if (variant !== 'base') query.set('variant', variant);
  if (answer && answer !== DEFAULT_ANSWER[/** @type {ProductionVariant} */ (variant)]) query.set('answer', answer);
  const q = query.toString();
  return `${PATHS.home}${q ? `?${q}` : ''}`;
}

/** The answer mode a walk of `variant` meets: `answer` if given, else the variant's own. @param {ProductionVariant | string} variant @param {AnswerMode} [answer] */
export function answerModeOf(variant, answer) {
  return answer ?? DEFAULT_ANSWER[/** @type {ProductionVariant} */ (variant)] ?? 'alert-load';
}

/**
 * The practice captcha's code, which the practice portal exposes for automation (a person reads
 * the picture). The extension never reads it.
 * @param {import('puppeteer').Page} page
 */
export function practiceCaptcha(page) {
  return practiceValue(page, '#captcha_image', 'data-practice-code');
}

/**
 * The OTP the practice portal "sends" to its on-page phone.
 * @param {import('puppeteer').Page} page
 */
export function practiceOtp(page) {
  return practiceValue(page, '#practicePhone', 'data-practice-otp');
}

/**
 * @param {import('puppeteer').Page} page
 * @param {string} selector
 * @param {string} attribute
 * @returns {Promise<string>}
 */
async function practiceValue(page, selector, attribute) {
  const value = await page.$eval(selector, (el, name) => el.getAttribute(name) ?? '', attribute);
  if (!value) throw new Error(`The practice portal shows no ${attribute} on ${selector}.`);
  return value;
}
