// The ids of the practice sandbox's Registration.aspx controls (sites/einv-apisandbox.nic.in),
// as CSS selectors, and its practice captcha and OTP, for the scripts and browser tests that play
// the user. The extension itself never uses these: it finds controls by their visible labels
// (utils/flows/sandbox.ts).

const P = '#ctl00_ContentPlaceHolder1_';

export const SANDBOX_CONTROLS = Object.freeze({
  taxPayer: `${P}rblUserType_0`,
  gstin: `${P}txtGSTIN`,
  mobile: `${P}txtMobile`,
  email: `${P}txtEmail`,
  captcha: `${P}txtCaptcha`,
  /** The practice captcha's code is in its data-practice-code, for automation only. */
  captchaImage: '#captchaImage',
  validate: `${P}btnValidate`,
  sendOtp: `${P}btnSendOTP`,
  otp: `${P}txtOTP`,
  /** The practice "phone" showing the OTP (data-practice-otp), for automation only. */
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
});

/**
 * The practice captcha's code, which the practice portal exposes for automation (a person reads
 * the picture). The extension never reads either of these.
 * @param {import('puppeteer').Page} page
 */
export function practiceCaptcha(page) {
  return practiceValue(page, SANDBOX_CONTROLS.captchaImage, 'data-practice-code');
}

/**
 * The OTP the practice portal "sends" to its on-page phone.
 * @param {import('puppeteer').Page} page
 */
export function practiceOtp(page) {
  return practiceValue(page, SANDBOX_CONTROLS.practicePhone, 'data-practice-otp');
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
