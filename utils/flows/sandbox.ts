import type { CaptureSpec, Flow, PageQuery, Step, SuggestSpec } from '../engine/flow';
import type { ChoiceLocator, ElementLocator } from '../engine/locator';
import {
  checkApiPassword,
  checkApiUsername,
  checkEmail,
  checkGstin,
  checkMobile,
  checkPasswordConfirmation,
} from '../rules';
import { isSameCompany } from './company-name';
import { expectChosen, expectValue } from './fixed-value-checks';
import { t } from '../i18n/t';
import { sandboxSite } from './sites';

/**
 * The sandbox (trial) portal, https://einv-apisandbox.nic.in/: Part 1, Section 1 of GSTZen's help
 * document (docs/gstzen-guide.md#sandbox-registration). Controls are found by the words the document shows next to
 * them; ids are WebForms-style guesses [guess: docs/portals.md#sandbox-markup], proven only against the
 * practice portal and its variants (practice-portal/sites/einv-apisandbox.nic.in/). When the
 * live portal differs, fix the locator here: nothing else knows these pages.
 */

/**
 * NIC's client ID for CloudZen Software Labs (GSTZen), typed on the sandbox Create Account form
 * [src: docs/gstzen-guide.md#fixed-values, docs/portals.md#sandbox-client-id-and-usernames].
 */
export const SANDBOX_ERP_CLIENT_ID = 'AAFCC29ERP82ZSO';
/** The company that makes GSTZen, as the document writes it in NIC's ERP list. */
export const CLOUDZEN_COMPANY = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)';

const id = (name: string) => `ctl00_ContentPlaceHolder1_${name}`;

// ── Home and Login pages ──
const LOGIN_LINK: ElementLocator = { kind: 'link', text: 'Login' };
const REGISTER_LINK: ElementLocator = { kind: 'link', text: /^register here$/i };
const ANY_FIELD: ElementLocator = { kind: 'field', css: 'input,textarea' };

// ── Registration Form ──
const TAX_PAYER: ChoiceLocator = {
  kind: 'choice',
  label: /^user type$/i,
  option: { text: 'Tax Payer', similar: (t) => /^tax\s*payer$/i.test(t.trim()) },
  ids: [id('rblUserType_0')],
};
const GSTIN: ElementLocator = { kind: 'field', label: 'GSTIN', ids: [id('txtGSTIN')] };
/** Filled by the portal after Validate (read-only); stays on the form above Create Account. */
const TRADE_NAME: ElementLocator = { kind: 'field', label: /^trade name$/i, ids: [id('txtTradeName')] };
const MOBILE: ElementLocator = {
  kind: 'field',
  label: /registered mobile|^mobile( no\.?| number)?$/i,
  ids: [id('txtMobile')],
};
const EMAIL: ElementLocator = { kind: 'field', label: /registered e-?mail|^e-?mail( id)?$/i, ids: [id('txtEmail')] };
const CAPTCHA: ElementLocator = { kind: 'field', label: /^(enter )?captcha/i, ids: [id('txtCaptcha')] };
const VALIDATE: ElementLocator = { kind: 'button', text: 'Validate', ids: [id('btnValidate')] };
const SEND_OTP: ElementLocator = { kind: 'button', text: 'Send OTP', ids: [id('btnSendOTP')] };
const OTP: ElementLocator = { kind: 'field', label: /^(mobile )?otp$/i, ids: [id('txtOTP')] };
const SUBMIT_OTP: ElementLocator = { kind: 'button', text: 'Submit', ids: [id('btnSubmit')] };

// ── Create Account ──
const YOUR_GSTIN: ElementLocator = { kind: 'field', label: /^your gstin$/i, ids: [id('txtYourGSTIN')] };
const through = (option: 'ERP' | 'GSP'): ChoiceLocator => ({
  kind: 'choice',
  label: /^registration through$/i,
  option: { text: option },
  ids: [id(option === 'ERP' ? 'rblRegThrough_1' : 'rblRegThrough_0')],
});
const THROUGH_ERP = through('ERP');
const THROUGH_GSP = through('GSP');
const COMPANY: ChoiceLocator = {
  kind: 'choice',
  label: /^(company( name)?|select your (erp|gsp))$/i,
  option: { text: CLOUDZEN_COMPANY, similar: (t) => isSameCompany(t, CLOUDZEN_COMPANY) },
  ids: [id('ddlCompany')],
};
const CLIENT_ID: ElementLocator = { kind: 'field', label: /^client ?id$/i, ids: [id('txtClientId')] };
const USERNAME: ElementLocator = { kind: 'field', label: /^(enter )?user ?name$/i, ids: [id('txtUserName')] };
const PASSWORD: ElementLocator = { kind: 'field', label: /^(enter )?password$/i, ids: [id('txtPassword')] };
const CONFIRM: ElementLocator = {
  kind: 'field',
  label: /^(confirm|re-?enter) password$/i,
  ids: [id('txtConfirmPassword')],
};
const CREATE: ElementLocator = { kind: 'button', text: 'Create', ids: [id('btnCreate')] };

/**
 * The panel's suggestion types into the Create Account boxes. The username is based on the trade
 * name the Registration Form shows after Validate (a box, or a caption and its text); a Create
 * Account page of its own may show none: the suggestion then uses a neutral stem.
 */
const SUGGEST: SuggestSpec = {
  username: USERNAME,
  password: PASSWORD,
  confirm: CONFIRM,
  tradeName: (q) => q.value(TRADE_NAME).trim() || (q.textBeside(/^trade name$/i) ?? '').trim(),
};

// ── The portal's answers: the refusals' words [src: docs/portals.md#errors-when-creating-the-api-user];
// the acknowledgement's wording is [unknown] (docs/portals.md#sandbox-pages-and-flow) ──
const ACKNOWLEDGEMENT = /^acknowledge?ment$|created successfully/i;
// CSS only, so that every candidate is read: the message may be in any of them.
const PORTAL_MESSAGE: ElementLocator = {
  kind: 'text',
  css: '[id$="lblMsg"],[id*="Msg"],.msg,.error,.alert-danger,.text-danger,.validation-summary-errors,[role=alert]',
};
const REFUSAL = /already|invalid|not match|do not match|should contain|not valid|error|failed/i;
// 3004 "This username is already registered" is a real refusal, not the quirk: not matched here.
const ALREADY_CREATED =
  /you are already registered|^already registered|already created|already linked|details already exist/i;

// ── Evidence that a step is behind the user ──
// The Login page also asks for a GSTIN: the taxpayer's details are the Registration Form's once Tax Payer is chosen.
const taxPayerChosen = (q: PageQuery) => q.checked(TAX_PAYER);
const createAccountShown = (q: PageQuery) => q.visible(YOUR_GSTIN) || q.visible(THROUGH_ERP);
const throughChosen = (q: PageQuery) =>
  q.checked(THROUGH_ERP) || (q.checked(THROUGH_GSP) && q.hasOption(COMPANY)) || !q.visible(THROUGH_ERP);

const steps: Step[] = [
  {
    id: 'sandbox.open-portal',
    title: () => t('sandbox_open_portal_title'),
    help: () => t('sandbox_open_portal_help', { url: sandboxSite.startUrl }),
    manual: () => t('sandbox_open_portal_manual'),
    isPresent: () => false,
    isDone: () => true,
    targets: [],
  },
  {
    id: 'sandbox.click-register',
    title: () => t('sandbox_click_register_title'),
    help: () => t('sandbox_click_register_help'),
    manual: () => t('sandbox_click_register_manual'),
    // The menu's Login link may show on every page: it means this step only on a page with no
    // form (the home page); the Login page is known by its "Register here".
    isPresent: (q) => q.visible(REGISTER_LINK) || (q.visible(LOGIN_LINK) && !q.visible(ANY_FIELD)),
    isDone: () => false,
    targets: [REGISTER_LINK, LOGIN_LINK],
    path: /\/(index\.html?)?$|login/i,
    action: {
      kind: 'follow-link',
      label: () => t('sandbox_click_register_title'),
      targets: [REGISTER_LINK, LOGIN_LINK],
    },
  },
  {
    id: 'sandbox.user-type',
    title: () => t('sandbox_user_type_title'),
    help: () => t('sandbox_user_type_help'),
    manual: () => t('sandbox_user_type_manual'),
    isPresent: (q) => q.visible(TAX_PAYER),
    isDone: (q) => q.checked(TAX_PAYER),
    targets: [TAX_PAYER],
    path: /registration/i,
    action: {
      kind: 'choose',
      label: () => t('sandbox_user_type_title'),
      choice: TAX_PAYER,
      notListed: () => t('sandbox_user_type_not_listed'),
    },
  },
  {
    id: 'sandbox.taxpayer-details',
    title: () => t('sandbox_taxpayer_details_title'),
    help: () => t('sandbox_taxpayer_details_help'),
    manual: () => t('sandbox_taxpayer_details_manual'),
    isPresent: (q) => q.visible(GSTIN) && taxPayerChosen(q),
    isDone: (q) => q.visible(OTP) || createAccountShown(q),
    targets: [GSTIN, MOBILE, EMAIL, CAPTCHA, VALIDATE, SEND_OTP],
    checks: [
      { id: 'gstin', label: () => 'GSTIN', fields: [GSTIN], check: ([v = '']) => checkGstin(v) },
      { id: 'mobile', label: () => t('flow_check_mobile'), fields: [MOBILE], check: ([v = '']) => checkMobile(v) },
      { id: 'email', label: () => t('flow_check_email'), fields: [EMAIL], check: ([v = '']) => checkEmail(v) },
    ],
  },
  {
    id: 'sandbox.otp',
    title: () => t('sandbox_otp_title'),
    help: () => t('sandbox_otp_help'),
    manual: () => t('sandbox_otp_manual'),
    isPresent: (q) => q.visible(OTP),
    isDone: createAccountShown,
    targets: [OTP, SUBMIT_OTP],
  },
  {
    id: 'sandbox.registration-through',
    title: () => t('sandbox_registration_through_title'),
    // ERP per the document; one guide says GSP (docs/portals.md#registration-through-erp-or-gsp).
    help: () => t('sandbox_registration_through_help'),
    manual: () => t('sandbox_registration_through_manual'),
    isPresent: (q) => q.visible(THROUGH_ERP),
    isDone: throughChosen,
    targets: [THROUGH_ERP],
    action: {
      kind: 'choose',
      label: () => t('sandbox_choose_erp'),
      choice: THROUGH_ERP,
      notListed: () => t('sandbox_registration_through_not_listed'),
    },
  },
  {
    id: 'sandbox.erp-details',
    title: () => t('sandbox_erp_details_title'),
    help: () => t('sandbox_erp_details_help', { company: CLOUDZEN_COMPANY, clientId: SANDBOX_ERP_CLIENT_ID }),
    manual: () => t('sandbox_erp_details_manual', { company: CLOUDZEN_COMPANY, clientId: SANDBOX_ERP_CLIENT_ID }),
    isPresent: (q) => q.visible(COMPANY) && throughChosen(q),
    isDone: () => false,
    targets: [COMPANY, CLIENT_ID, USERNAME, PASSWORD, CONFIRM, CREATE],
    suggest: SUGGEST,
    isActionDone: (q) => q.checked(COMPANY) && q.value(CLIENT_ID).trim() === SANDBOX_ERP_CLIENT_ID,
    action: {
      kind: 'sequence',
      label: () => t('sandbox_erp_details_action'),
      actions: [
        {
          kind: 'choose',
          label: () => t('flow_pick_cloudzen'),
          choice: COMPANY,
          notListed: () => t('sandbox_company_not_listed'),
        },
        { kind: 'fill', label: () => t('sandbox_fill_client_id'), target: CLIENT_ID, value: SANDBOX_ERP_CLIENT_ID },
      ],
      focusAfter: USERNAME,
    },
    checks: [
      {
        id: 'company',
        label: () => t('flow_check_company'),
        fields: [COMPANY],
        check: expectChosen(COMPANY, 'or-gsp'),
      },
      {
        id: 'client-id',
        label: () => t('flow_check_client_id'),
        fields: [CLIENT_ID],
        check: expectValue(SANDBOX_ERP_CLIENT_ID, () => t('flow_check_client_id')),
      },
      {
        id: 'username',
        label: () => t('flow_check_username'),
        fields: [USERNAME],
        check: ([v = '']) => checkApiUsername(v, sandboxSite.environment),
      },
      {
        id: 'password',
        label: () => t('flow_check_password'),
        fields: [PASSWORD, USERNAME],
        check: ([password = '', username = '']) => checkApiPassword(password, { username }),
      },
      {
        id: 'confirm',
        label: () => t('sandbox_check_confirm'),
        fields: [CONFIRM, PASSWORD],
        check: ([confirm = '', password = '']) => checkPasswordConfirmation(password, confirm),
      },
    ],
  },
  {
    id: 'sandbox.acknowledged',
    title: () => t('flow_api_user_created_title'),
    help: () => t('sandbox_acknowledged_help', { clientId: SANDBOX_ERP_CLIENT_ID }),
    manual: () => t('sandbox_acknowledged_manual'),
    isPresent: (q) => q.textVisible(ACKNOWLEDGEMENT),
    isDone: () => false,
    targets: [],
  },
];

const capture: CaptureSpec = {
  trigger: CREATE,
  buttonName: 'Create',
  reads: { gstin: [YOUR_GSTIN, GSTIN], username: USERNAME, password: PASSWORD },
  answer(q, typedUsername) {
    if (q.textVisible(ACKNOWLEDGEMENT)) {
      // The acknowledgement names the user it created: one naming someone else is not ours.
      const shown = q.textBeside(/^user ?name$/i);
      if (shown && shown.toLowerCase() !== typedUsername.toLowerCase()) return null;
      return { status: 'confirmed', finalUsername: shown ?? typedUsername };
    }
    // A refusal answers Create only where Create's form is: the Registration Form (which the
    // postback shows again with its message) or Create Account. A Login page's message does not.
    if (!q.visible(TAX_PAYER) && !q.visible(YOUR_GSTIN)) return null;
    const message = q.message(PORTAL_MESSAGE, REFUSAL);
    return message
      ? { status: 'rejected', portalMessage: message, alreadyCreated: ALREADY_CREATED.test(message) }
      : null;
  },
  // Only an acknowledgement that shows its user's name: without one it could be anyone's.
  namedConfirmation: (q) => (q.textVisible(ACKNOWLEDGEMENT) ? q.textBeside(/^user ?name$/i) || null : null),
};

export const sandboxFlow: Flow = {
  ...sandboxSite,
  steps,
  fallbackStepId: 'sandbox.click-register',
  // The user presses these and types these, never the assistant (docs/gstzen-guide.md#sandbox-registration).
  // No action presses a button at all; these words also keep it off links and radios that post
  // back. The home page's Login link is the document's step 2 (a plain link to the Login page).
  policy: {
    neverPress: /validate|send\s*otp|verify|submit|create|resend|save|exit/i,
    neverFill: /captcha|otp|password|pass\s*word/i,
  },
  capture,
};
