// The practice sandbox's Registration controls (sites/einv-apisandbox.nic.in and the markup
// variants of variant-pages.mjs) as CSS selectors, per variant, and its practice captcha and OTP,
// for the scripts and browser tests that play the user. The extension itself never uses these:
// it finds controls by their visible labels (utils/flows/sandbox.ts).

import {
  CREATE_ACCOUNT_PATH,
  LOGIN_PATH,
  REGISTRATION_PATH,
  SANDBOX_VARIANTS,
  VARIANT_SPECS,
} from './variant-pages.mjs';

export { SANDBOX_VARIANTS };
/** @typedef {import('./variant-pages.mjs').SandboxVariant} SandboxVariant */

/**
 * @typedef {object} SandboxControls  CSS selectors, one control each (on the page where it is)
 * @property {string} taxPayer  the "Tax Payer" radio of User Type
 * @property {string} gstin
 * @property {string} mobile
 * @property {string} email
 * @property {string} captcha
 * @property {string} captchaImage  its data-practice-code holds the practice captcha (automation only)
 * @property {string} validate
 * @property {string} sendOtp
 * @property {string} otp
 * @property {string} practicePhone  the practice "phone" showing the OTP (data-practice-otp, automation only)
 * @property {string} submitOtp
 * @property {string} throughGsp  see `kind`
 * @property {string} throughErp  see `kind`
 * @property {string} company  the company <select>
 * @property {string} clientId
 * @property {string} username
 * @property {string} password
 * @property {string} confirm
 * @property {string} create
 * @property {string} message  where the portal writes its answers
 * @property {string} registerLink  "Register here" on the Login page (the same on every variant)
 * @property {{ throughGsp: 'radio' | 'select', throughErp: 'radio' | 'select' }} kind  how to choose
 *   "Registration through": 'radio' → click the selector; 'select' → throughGsp and throughErp
 *   are the same <select>: choose its option whose text is "GSP" / "ERP" (chooseRegistrationThrough
 *   does either, registrationThroughChosen reads either back)
 */

const P = '#ctl00_ContentPlaceHolder1_';
const role = (/** @type {string} */ name) => `[data-practice="${name}"]`;

/** The base page's ids (Registration.aspx as GSTZen's help document shows it). */
export const SANDBOX_CONTROLS = /** @type {Readonly<SandboxControls>} */ (
  Object.freeze({
    taxPayer: `${P}rblUserType_0`,
    gstin: `${P}txtGSTIN`,
    mobile: `${P}txtMobile`,
    email: `${P}txtEmail`,
    captcha: `${P}txtCaptcha`,
    captchaImage: '#captchaImage',
    validate: `${P}btnValidate`,
    sendOtp: `${P}btnSendOTP`,
    otp: `${P}txtOTP`,
    practicePhone: '#practicePhone',
    submitOtp: `${P}btnSubmit`,
    throughGsp: `${P}rblRegThrough_0`,
    throughErp: `${P}rblRegThrough_1`,
    company: `${P}ddlCompany`,
    clientId: `${P}txtClientId`,
    username: `${P}txtUserName`,
    password: `${P}txtPassword`,
    confirm: `${P}txtConfirmPassword`,
    create: `${P}btnCreate`,
    message: `${P}lblMsg`,
    registerLink: `${P}lnkRegister`,
    kind: Object.freeze({ throughGsp: 'radio', throughErp: 'radio' }),
  })
);

/**
 * The other variants have ids of their own (or none): the scripted user finds their controls by
 * the data-practice roles the replica's markup carries for its own script.
 * @type {Readonly<SandboxControls>}
 */
const BY_ROLE = Object.freeze({
  ...SANDBOX_CONTROLS,
  taxPayer: `${role('user-type')} input[value="TP"]`,
  gstin: role('gstin'),
  mobile: role('mobile'),
  email: role('email'),
  captcha: role('captcha'),
  captchaImage: role('captcha-image'),
  validate: role('validate'),
  sendOtp: role('send-otp'),
  otp: role('otp'),
  submitOtp: role('submit-otp'),
  throughGsp: `${role('reg-through')} input[value="GSP"]`,
  throughErp: `${role('reg-through')} input[value="ERP"]`,
  company: role('company'),
  clientId: role('client-id'),
  username: role('username'),
  password: role('password'),
  confirm: role('confirm'),
  create: role('create'),
  message: role('message'),
});

/** @type {Readonly<Record<SandboxVariant, Readonly<SandboxControls>>>} */
const CONTROLS = Object.freeze({
  base: SANDBOX_CONTROLS,
  tables: Object.freeze({
    ...BY_ROLE,
    throughGsp: role('reg-through'),
    throughErp: role('reg-through'),
    kind: Object.freeze({ throughGsp: 'select', throughErp: 'select' }),
  }),
  'hide-otp': BY_ROLE,
  'own-page': BY_ROLE,
});

/**
 * The controls of a variant's Registration (and Create Account) page, as CSS selectors.
 * @param {SandboxVariant | string} [variant]
 * @returns {Readonly<SandboxControls>}
 */
export function sandboxControls(variant = 'base') {
  const controls = CONTROLS[/** @type {SandboxVariant} */ (variant)];
  if (!controls)
    throw new Error(`No practice sandbox variant "${variant}"; there are: ${SANDBOX_VARIANTS.join(', ')}.`);
  return controls;
}

/** @param {SandboxVariant | string} variant */
function query(variant) {
  sandboxControls(variant); // throws on an unknown name
  return variant === 'base' ? '' : `?variant=${variant}`;
}

/**
 * Where a walk of `variant` starts: its Login page ("Register here" keeps the variant).
 * @param {SandboxVariant | string} [variant]
 */
export function variantLoginPath(variant = 'base') {
  return `${LOGIN_PATH}${query(variant)}`;
}

/** @param {SandboxVariant | string} [variant] */
export function variantRegistrationPath(variant = 'base') {
  return `${REGISTRATION_PATH}${query(variant)}`;
}

/**
 * Where the variant's Create Account section is: null when on the Registration page itself, else
 * the path of its own page, which Submit (OTP accepted) navigates to.
 * @param {SandboxVariant | string} [variant]
 * @returns {string | null}
 */
export function variantCreateAccountPath(variant = 'base') {
  const q = query(variant);
  return VARIANT_SPECS[/** @type {SandboxVariant} */ (variant)].createAccountFile ? `${CREATE_ACCOUNT_PATH}${q}` : null;
}

/**
 * Chooses "Registration through" GSP or ERP as a person does: clicks the radio, or picks the
 * option of the <select>.
 * @param {import('puppeteer').Page} page
 * @param {Readonly<SandboxControls>} controls
 * @param {'GSP' | 'ERP'} kind
 */
export async function chooseRegistrationThrough(page, controls, kind) {
  const key = kind === 'ERP' ? 'throughErp' : 'throughGsp';
  if (controls.kind[key] === 'radio') return page.click(controls[key]);
  const value = await page.$eval(
    controls[key],
    (el, wanted) =>
      [.../** @type {HTMLSelectElement} */ (el).options].find((o) => o.text.trim() === wanted)?.value ?? null,
    kind,
  );
  if (value === null) throw new Error(`"Registration through" (${controls[key]}) has no option "${kind}".`);
  await page.select(controls[key], value);
}

/**
 * What "Registration through" shows as chosen: 'GSP', 'ERP' or null.
 * @param {import('puppeteer').Page} page
 * @param {Readonly<SandboxControls>} controls
 * @returns {Promise<'GSP' | 'ERP' | null>}
 */
export async function registrationThroughChosen(page, controls) {
  if (controls.kind.throughErp === 'select') {
    const text = await page.$eval(
      controls.throughErp,
      (el) => /** @type {HTMLSelectElement} */ (el).selectedOptions[0]?.text.trim() ?? '',
    );
    return text === 'GSP' || text === 'ERP' ? text : null;
  }
  const checked = (/** @type {string} */ selector) =>
    page.$eval(selector, (el) => /** @type {HTMLInputElement} */ (el).checked);
  if (await checked(controls.throughErp)) return 'ERP';
  return (await checked(controls.throughGsp)) ? 'GSP' : null;
}

/**
 * The practice captcha's code, which the practice portal exposes for automation (a person reads
 * the picture). The extension never reads either of these.
 * @param {import('puppeteer').Page} page
 * @param {Readonly<SandboxControls>} [controls]
 */
export function practiceCaptcha(page, controls = SANDBOX_CONTROLS) {
  return practiceValue(page, controls.captchaImage, 'data-practice-code');
}

/**
 * The OTP the practice portal "sends" to its on-page phone.
 * @param {import('puppeteer').Page} page
 * @param {Readonly<SandboxControls>} [controls]
 */
export function practiceOtp(page, controls = SANDBOX_CONTROLS) {
  return practiceValue(page, controls.practicePhone, 'data-practice-otp');
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
