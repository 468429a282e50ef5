import type { Flow, PageQuery, Step } from '../engine/flow';
import type { Locator } from '../engine/locator';
import { sameCompany } from '../engine/text';
import { PORTAL_ORIGINS } from '../portals';
import { checkApiPassword, checkApiUsername, checkEmail, checkGstin, checkMobile, checkPasswordConfirmation } from '../rules';
import { expectCompany, expectValue } from './fixed-value-checks';

/**
 * The sandbox (trial) portal, https://einv-apisandbox.nic.in/: Part 1, Section 1 of GSTZen's help
 * document. Elements are found by the text the document shows; ids are WebForms-style guesses
 * proven only against the practice portal (practice-portal/sites/einv-apisandbox.nic.in/). When
 * the live portal differs, fix the locator here: nothing else knows these pages.
 */

/** NIC's client ID for CloudZen Software Labs (GSTZen), to type on the sandbox Create Account form. */
export const SANDBOX_ERP_CLIENT_ID = 'AAFCC29ERP82ZSO';
export const CLOUDZEN_COMPANY = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)';

const id = (name: string) => `ctl00_ContentPlaceHolder1_${name}`;

// ── Home and Login pages ──
const LOGIN_LINK: Locator = { text: 'Login', kind: 'link' };
const REGISTER_LINK: Locator = { text: /^register here$/i, kind: 'link' };

// ── Registration Form ──
const TAX_PAYER: Locator = { label: 'Tax Payer', kind: 'radio', ids: [id('rblUserType_0')] };
const GSTIN: Locator = { label: 'GSTIN', kind: 'field', ids: [id('txtGSTIN')] };
const MOBILE: Locator = { label: /registered mobile/i, kind: 'field', ids: [id('txtMobile')] };
const EMAIL: Locator = { label: /registered e-?mail/i, kind: 'field', ids: [id('txtEmail')] };
const CAPTCHA: Locator = { label: 'Captcha', kind: 'field', ids: [id('txtCaptcha')] };
const VALIDATE: Locator = { text: 'Validate', kind: 'button', ids: [id('btnValidate')] };
const SEND_OTP: Locator = { text: 'Send OTP', kind: 'button', ids: [id('btnSendOTP')] };
const OTP: Locator = { label: /mobile otp/i, kind: 'field', ids: [id('txtOTP')] };
const SUBMIT_OTP: Locator = { text: 'Submit', kind: 'button', ids: [id('btnSubmit')] };

// ── Create Account ──
const YOUR_GSTIN: Locator = { label: 'Your GSTIN', kind: 'field', ids: [id('txtYourGSTIN')] };
const THROUGH_ERP: Locator = { label: 'ERP', after: 'Registration through', kind: 'radio', ids: [id('rblRegThrough_1')] };
const THROUGH_GSP: Locator = { label: 'GSP', after: 'Registration through', kind: 'radio', ids: [id('rblRegThrough_0')] };
const COMPANY: Locator = { label: /company name/i, kind: 'select', ids: [id('ddlCompany')] };
const CLIENT_ID: Locator = { label: 'Client ID', after: 'Registration through', kind: 'field', ids: [id('txtClientId')] };
const USERNAME: Locator = { label: /enter username/i, kind: 'field', ids: [id('txtUserName')] };
const PASSWORD: Locator = { label: /enter password/i, kind: 'field', ids: [id('txtPassword')] };
const CONFIRM: Locator = { label: /confirm password/i, kind: 'field', ids: [id('txtConfirmPassword')] };
const CREATE: Locator = { text: 'Create', kind: 'button', ids: [id('btnCreate')] };

// ── The portal's answers ──
const ACKNOWLEDGEMENT = /^acknowledge?ment$|created successfully/i;
const PORTAL_MESSAGE: Locator = {
  ids: [id('lblMsg')],
  css: '[id$="lblMsg"],.error,.alert-danger,.text-danger,.validation-summary-errors',
  kind: 'text',
};
const REJECTION = /already|invalid|not match|do not match|should contain|not valid|error|failed/i;

const onRegistrationForm = (q: PageQuery) => q.visible(TAX_PAYER) || q.visible(GSTIN);
const acknowledged = (q: PageQuery) => q.textVisible(ACKNOWLEDGEMENT);
const createAccountShown = (q: PageQuery) => q.visible(YOUR_GSTIN) || q.visible(THROUGH_ERP);

const steps: Step[] = [
  {
    id: 'sandbox.open-portal',
    title: 'Open the sandbox portal',
    help: 'Go to https://einv-apisandbox.nic.in/ — the e-Invoice trial (sandbox) portal.',
    manual: 'Type einv-apisandbox.nic.in in the address bar.',
    isPresent: () => false,
    isDone: () => true,
    targets: [],
  },
  {
    id: 'sandbox.click-register',
    title: 'Open the Registration Form',
    help: 'On the home page click Login; on the Login page click "Register here". You do not need a login yet.',
    manual: 'Click "Login" in the menu at the top, then "Register here" below the login box.',
    isPresent: (q) =>
      q.visible(REGISTER_LINK) || (q.visible(LOGIN_LINK) && !onRegistrationForm(q) && !acknowledged(q)),
    isDone: () => false,
    targets: [REGISTER_LINK, LOGIN_LINK],
    path: /\/(index\.html?)?$|login/i,
    action: { kind: 'follow-link', label: 'Open the Registration Form', targets: [REGISTER_LINK, LOGIN_LINK] },
  },
  {
    id: 'sandbox.user-type',
    title: 'Choose Tax Payer',
    help: 'Under "User Type" choose Tax Payer: you are registering your own GSTIN.',
    manual: 'In the Registration Form, click the "Tax Payer" circle next to "User Type".',
    isPresent: (q) => q.visible(TAX_PAYER),
    isDone: (q) => q.checked(TAX_PAYER),
    targets: [TAX_PAYER],
    path: /registration/i,
    action: { kind: 'choose-radio', label: 'Choose Tax Payer', target: TAX_PAYER },
  },
  {
    id: 'sandbox.taxpayer-details',
    title: 'Enter your GSTIN, mobile and e-mail',
    help:
      'Type your GSTIN and the mobile number and e-mail registered with it on the GST portal (the OTP goes there), then the captcha you see. Press Validate, then Send OTP.',
    manual:
      'Fill GSTIN, GST Registered Mobile No., GST Registered e-Mail Id and the Captcha, click Validate, and after "Successfully Validated" click Send OTP.',
    isPresent: (q) => q.visible(GSTIN) && q.visible(TAX_PAYER),
    isDone: (q) => q.visible(OTP),
    targets: [GSTIN, MOBILE, EMAIL, CAPTCHA, VALIDATE, SEND_OTP],
    checks: [
      { id: 'gstin', label: 'GSTIN', fields: [GSTIN], check: ([v = '']) => checkGstin(v) },
      { id: 'mobile', label: 'Mobile', fields: [MOBILE], check: ([v = '']) => checkMobile(v) },
      { id: 'email', label: 'E-mail', fields: [EMAIL], check: ([v = '']) => checkEmail(v) },
    ],
  },
  {
    id: 'sandbox.otp',
    title: 'Enter the OTP and Submit',
    help: 'Type the OTP sent to your GST-registered mobile and press Submit. The assistant never reads or types OTPs.',
    manual: 'Type the OTP in "Mobile OTP" and click Submit. No OTP? Click "Click Here To Resend OTP".',
    isPresent: (q) => q.visible(OTP),
    isDone: createAccountShown,
    targets: [OTP, SUBMIT_OTP],
  },
  {
    id: 'sandbox.registration-through',
    title: 'Choose ERP under "Registration through"',
    help: 'GSTZen is registered with NIC as an ERP, so choose ERP. (If CloudZen is not in the ERP list, choose GSP instead.)',
    manual: 'In "Create Account", click the "ERP" circle next to "Registration through".',
    isPresent: (q) => q.visible(THROUGH_ERP),
    isDone: (q) => q.checked(THROUGH_ERP) || (q.checked(THROUGH_GSP) && q.hasOption(COMPANY, CLOUDZEN_COMPANY)),
    targets: [THROUGH_ERP],
    action: { kind: 'choose-radio', label: 'Choose ERP', target: THROUGH_ERP },
  },
  {
    id: 'sandbox.erp-details',
    title: 'Pick CloudZen, fill the Client ID, create your API user',
    help:
      `Company: ${CLOUDZEN_COMPANY}; Client ID: ${SANDBOX_ERP_CLIENT_ID} (the button does both). Then make up a username and password for the API user, type the password twice and press Create. The assistant keeps what you type here so it cannot be lost.`,
    manual: `Choose "${CLOUDZEN_COMPANY}" in the Company list, type ${SANDBOX_ERP_CLIENT_ID} in Client ID, then fill username and password and click Create.`,
    isPresent: (q) => q.visible(COMPANY),
    isDone: () => false,
    targets: [COMPANY, CLIENT_ID, USERNAME, PASSWORD, CONFIRM, CREATE],
    isActionDone: (q) =>
      sameCompany(q.value(COMPANY), CLOUDZEN_COMPANY) && q.value(CLIENT_ID).trim() === SANDBOX_ERP_CLIENT_ID,
    action: {
      kind: 'sequence',
      label: 'Pick CloudZen and fill the Client ID',
      actions: [
        {
          kind: 'choose-option',
          label: 'Pick CloudZen',
          target: COMPANY,
          option: CLOUDZEN_COMPANY,
          notListed:
            'CloudZen (GSTZen) is not in this list. Choose GSP under "Registration through" (some guides list CloudZen there) and press this button again.',
        },
        { kind: 'fill', label: 'Fill the Client ID', target: CLIENT_ID, value: SANDBOX_ERP_CLIENT_ID },
      ],
      focusAfter: USERNAME,
    },
    checks: [
      {
        id: 'company',
        label: 'Company',
        fields: [COMPANY],
        check: expectCompany(CLOUDZEN_COMPANY, ' (not there? choose GSP under "Registration through")'),
      },
      { id: 'client-id', label: 'Client ID', fields: [CLIENT_ID], check: expectValue(SANDBOX_ERP_CLIENT_ID, 'Client ID') },
      { id: 'username', label: 'Username', fields: [USERNAME], check: ([v = '']) => checkApiUsername(v, 'sandbox') },
      {
        id: 'password',
        label: 'Password',
        fields: [PASSWORD, USERNAME],
        check: ([password = '', username = '']) => checkApiPassword(password, { username }),
      },
      {
        id: 'confirm',
        label: 'Confirm password',
        fields: [CONFIRM, PASSWORD],
        check: ([confirm = '', password = '']) => checkPasswordConfirmation(password, confirm),
      },
    ],
  },
  {
    id: 'sandbox.acknowledged',
    title: 'API user created',
    help:
      'The portal acknowledged your API user. Enter its username and password in GSTZen, with Client ID and Client Secret ZENTRIAL.',
    manual: 'Look for the acknowledgement message on the portal.',
    isPresent: acknowledged,
    isDone: () => false,
    targets: [],
  },
];

export const sandboxFlow: Flow = {
  id: 'sandbox',
  origin: PORTAL_ORIGINS.sandbox,
  steps,
  fallbackStepId: 'sandbox.click-register',
  capture: {
    trigger: CREATE,
    gstin: [YOUR_GSTIN, GSTIN],
    username: USERNAME,
    password: PASSWORD,
    isConfirmed: acknowledged,
    rejection: (q) => q.message(PORTAL_MESSAGE, REJECTION),
    alreadyCreated: /already (registered|created|exists?)|already linked|details already exist/i,
  },
};
