import type { CaptureSpec, Flow, PageQuery, PortalAnswer, Step } from '../engine/flow';
import type { ChoiceLocator, ElementLocator } from '../engine/locator';
import { checkApiPassword, checkApiUsername, checkPasswordConfirmation } from '../rules';
import { API_USERNAME_PREFIX, namesTypedUser, productionFinalUsername, type PrefixShown } from '../rules/api-user';
import { isSameCompany } from './company-name';
import { expectChosen } from './fixed-value-checks';
import { CLOUDZEN_COMPANY } from './sandbox';
import { t } from '../i18n/t';
import { productionSite } from './sites';

/**
 * The production portal, https://einvoice1.gst.gov.in/: Part 2, Section 2 of GSTZen's help
 * document (docs/gstzen-guide.md#production-registration). Login ids come from public scripts
 * (docs/portals.md#production-login); the API-user screens' words from tutorial mock-ups and
 * the document (docs/portals.md#create-api-user), their markup is [unknown] (what is assumed:
 * docs/portals.md#how-the-production-flow-reads-the-portal): controls are found by
 * their words first, proven only against the practice portal's production replica and its
 * variants (practice-portal/sites/einvoice1.gst.gov.in/). When the live portal differs, fix the
 * locator here: nothing else knows these pages.
 */

// ── Login (the taxpayer's own e-Invoice / e-Way Bill login; docs/portals.md#production-login) ──
const LOGIN_OPENER: ElementLocator = { kind: 'button', text: /^login$/i, ids: ['btnLogin'] };
const LOGIN_LINK: ElementLocator = { kind: 'link', text: /^login$/i };
const LOGIN_USERNAME: ElementLocator = { kind: 'field', label: /^(user ?name|user id)$/i, ids: ['txtUserName'] };
const LOGIN_PASSWORD: ElementLocator = { kind: 'field', label: /^password$/i, ids: ['txt_password'] };
const CAPTCHA: ElementLocator = { kind: 'field', label: /captcha/i, ids: ['CaptchaCode'] };
/** The login's second factor and Create API User's OTP look alike: the menu tells them apart. */
const OTP: ElementLocator = { kind: 'field', label: /^(enter )?otp$/i, ids: ['txtOtp'] };
const VERIFY_OTP: ElementLocator = { kind: 'button', text: /^verify( otp)?$/i, ids: ['btnVerifyOTP'] };
/** Shown only once logged in. */
const LOGOUT: ElementLocator = { kind: 'link', text: /^(log ?out|sign ?out)$/i };

// ── Dashboard menu (docs/portals.md#production-dashboard-and-menu) ──
/** "Contacts of Technical Person" may open over the dashboard after login: its Exit closes it. */
const DIALOG_EXIT: ElementLocator = { kind: 'button', text: /^exit$/i };
/** A narrow layout hides the whole menu behind one toggle. */
const MENU_TOGGLE: ElementLocator = { kind: 'link', text: /^(☰\s*)?(menu|toggle navigation)$/i };
const API_REGISTRATION: ElementLocator = { kind: 'link', text: /^api registration$/i };
const USER_CREDENTIALS: ElementLocator = { kind: 'link', text: /^user credentials$/i };
/** Following it sends an OTP to the taxpayer's mobile (document, steps 4-5): the user clicks it. */
const CREATE_API_USER: ElementLocator = { kind: 'link', text: /^create api user$/i };

// ── Registration screen (/APIUserAccount/VerifyRegOTP; docs/gstzen-guide.md#production-dashboard-and-api-registration) ──
const THROUGH_ERP: ChoiceLocator = {
  kind: 'choice',
  label: /do you wish to register your gstin( for)?\??$|^register (your gstin )?through$/i,
  option: { text: 'Through ERP', similar: (t) => /^(through )?erp$/i.test(t.trim()) },
};
/** Only the ERP list: the GSP list may hold CloudZen too, and is never the one to use. */
const ERP_LIST: ChoiceLocator = {
  kind: 'choice',
  label: /^select (your )?erp$/i,
  option: { text: CLOUDZEN_COMPANY, similar: (t) => isSameCompany(t, CLOUDZEN_COMPANY) },
};
const USERNAME: ElementLocator = { kind: 'field', label: /^(api )?user ?name$/i, ids: ['txtUserName'] };
const PASSWORD: ElementLocator = { kind: 'field', label: /^(api )?password$/i, ids: ['txtPassword'] };
const CONFIRM: ElementLocator = {
  kind: 'field',
  label: /^(re-?enter|confirm) password$/i,
  ids: ['txtConfirmPassword'],
};
const SUBMIT: ElementLocator = { kind: 'button', text: /^submit$/i, ids: ['btnSave', 'btnSubmit'] };

// ── The portal's answers (docs/gstzen-guide.md#production-registration, step 10; docs/portals.md#errors-when-creating-the-api-user) ──
/** The words of the success answer, wherever the page shows them (alert, dialog, page). */
const CREATED_WORDS = /has been created successfully/i;
const REFUSAL =
  /already|invalid|not match|do not match|should contain|must|not valid|error|failed|not allowed|try again/i;
/** The kind of refusal that is sometimes untrue (document, page 1): 3004 "username is already registered" is not. */
const ALREADY_CREATED =
  /you are already registered|^already registered|already created|already linked|details already exist/i;
/** Where an in-page answer may be: CSS only, so that every candidate is read. */
const IN_PAGE_MESSAGE: ElementLocator = {
  kind: 'text',
  css: '[role=dialog] p,[role=alertdialog] p,.modal-body,.divError,.alert,.error,.text-danger,.validation-summary-errors,[id*="Msg"],[id*="msg"]',
};

/**
 * The name the success answer says it created: "Api user API_acme01 has been created
 * successfully" → "API_acme01"; null for any other wording (those are not a success).
 */
export function createdUsername(text: string): string | null {
  const match = /^api user\s+(API_\S+)\s+has been created successfully\.?$/i.exec(text.replace(/\s+/g, ' ').trim());
  return match ? match[1]! : null;
}

/** How the page shows the API_ prefix of the username box (docs/portals.md#production-username-prefix). */
export function prefixShown(q: PageQuery): PrefixShown {
  if (q.textBefore(USERNAME).replace(/\s+/g, '') === API_USERNAME_PREFIX) return 'add-on';
  if (q.initialValue(USERNAME).startsWith(API_USERNAME_PREFIX)) return 'in-box';
  return 'none';
}

/** "GSTIN: 29AAFCC9980M1ZR" at the top of the registration screen, as a caption and value or one line. */
function shownGstin(q: PageQuery): string {
  for (const text of [q.textBeside(/^gstin$/i), q.readText(/gstin\s*:?\s*\d{2}[a-z0-9]{13}/i)]) {
    const gstin = /\b(\d{2}[A-Z0-9]{13})\b/i.exec(text ?? '')?.[1];
    if (gstin) return gstin.toUpperCase();
  }
  return '';
}

// ── Evidence of where the user is ──
const loggedIn = (q: PageQuery) => q.visible(LOGOUT);
const throughErpChosen = (q: PageQuery) => q.checked(THROUGH_ERP);
const cloudZenChosen = (q: PageQuery) => q.checked(ERP_LIST);
const createdShown = (q: PageQuery) => q.dialog(CREATED_WORDS) !== null || q.textVisible(CREATED_WORDS);

const steps: Step[] = [
  {
    id: 'prod.open-portal',
    title: () => t('production_open_portal_title'),
    help: () => t('production_open_portal_help', { url: productionSite.startUrl }),
    manual: () => t('production_open_portal_manual'),
    isPresent: () => false,
    isDone: () => true,
    targets: [],
  },
  {
    id: 'prod.login',
    title: () => t('production_login_title'),
    help: () => t('production_login_help'),
    manual: () => t('production_login_manual'),
    isPresent: (q) =>
      !loggedIn(q) && (q.visible(LOGIN_OPENER) || q.visible(LOGIN_LINK) || q.visible(CAPTCHA) || q.visible(OTP)),
    isDone: () => false,
    targets: [OTP, LOGIN_USERNAME, LOGIN_PASSWORD, CAPTCHA, LOGIN_OPENER, LOGIN_LINK],
    path: /^\/(home(\/(index|login))?)?\/?$/i,
  },
  {
    id: 'prod.api-registration',
    title: () => t('production_api_registration_title'),
    help: () => t('production_api_registration_help'),
    manual: () => t('production_api_registration_manual'),
    // Any logged-in page that shows no later step (a technical-person page, home) starts here.
    isPresent: loggedIn,
    isDone: (q) => q.visible(USER_CREDENTIALS) || q.visible(CREATE_API_USER),
    // The dialog's Exit first while it is open: the menu behind it cannot be used yet.
    targets: [DIALOG_EXIT, API_REGISTRATION, MENU_TOGGLE],
    path: /\/home\/mainmenu/i,
    action: {
      kind: 'sequence',
      label: () => t('production_api_registration_title'),
      actions: [
        { kind: 'open-menu', label: () => t('production_open_menu'), toggle: MENU_TOGGLE, reveals: API_REGISTRATION },
        {
          kind: 'open-menu',
          label: () => t('production_api_registration_title'),
          toggle: API_REGISTRATION,
          reveals: USER_CREDENTIALS,
        },
      ],
    },
    isActionDone: (q) => q.visible(USER_CREDENTIALS),
  },
  {
    id: 'prod.create-api-user',
    title: () => t('production_create_api_user_title'),
    help: () => t('production_create_api_user_help'),
    manual: () => t('production_create_api_user_manual'),
    isPresent: (q) => loggedIn(q) && (q.visible(USER_CREDENTIALS) || q.visible(CREATE_API_USER)),
    isDone: () => false,
    targets: [CREATE_API_USER, USER_CREDENTIALS],
    action: {
      kind: 'open-menu',
      label: () => t('production_open_user_credentials'),
      toggle: USER_CREDENTIALS,
      reveals: CREATE_API_USER,
    },
    isActionDone: (q) => q.visible(CREATE_API_USER),
  },
  {
    id: 'prod.otp',
    title: () => t('production_otp_title'),
    help: () => t('production_otp_help'),
    manual: () => t('production_otp_manual'),
    isPresent: (q) => loggedIn(q) && q.visible(OTP),
    isDone: (q) => q.visible(THROUGH_ERP),
    targets: [OTP, VERIFY_OTP],
    path: /\/apiuseraccount\/createapiuser/i,
  },
  {
    id: 'prod.through-erp',
    title: () => t('production_through_erp_title'),
    help: () => t('production_through_erp_help'),
    manual: () => t('production_through_erp_manual'),
    isPresent: (q) => q.visible(THROUGH_ERP),
    isDone: throughErpChosen,
    targets: [THROUGH_ERP],
    path: /\/apiuseraccount\/verifyregotp/i,
    action: {
      kind: 'choose',
      label: () => t('production_choose_through_erp'),
      choice: THROUGH_ERP,
      notListed: () => t('production_through_erp_not_listed'),
    },
  },
  {
    id: 'prod.select-erp',
    title: () => t('production_select_erp_title'),
    help: () => t('production_select_erp_help', { company: CLOUDZEN_COMPANY }),
    manual: () => t('production_select_erp_manual', { company: CLOUDZEN_COMPANY }),
    isPresent: (q) => q.visible(ERP_LIST) && throughErpChosen(q),
    isDone: cloudZenChosen,
    targets: [ERP_LIST],
    action: {
      kind: 'choose',
      label: () => t('flow_pick_cloudzen'),
      choice: ERP_LIST,
      notListed: () => t('production_erp_not_listed'),
    },
    checks: [
      {
        id: 'company',
        label: () => 'ERP',
        fields: [ERP_LIST],
        check: expectChosen(ERP_LIST),
      },
    ],
  },
  {
    id: 'prod.credentials',
    title: () => t('production_credentials_title'),
    help: () => t('production_credentials_help'),
    manual: () => t('production_credentials_manual'),
    isPresent: (q) => q.visible(USERNAME) && throughErpChosen(q) && cloudZenChosen(q),
    isDone: () => false,
    targets: [USERNAME, PASSWORD, CONFIRM, SUBMIT],
    checks: [
      {
        id: 'username',
        label: () => t('flow_check_username'),
        fields: [USERNAME],
        check: ([v = ''], q) => checkApiUsername(v, 'production', prefixShown(q)),
      },
      {
        id: 'password',
        label: () => t('flow_check_password'),
        fields: [PASSWORD, USERNAME],
        check: ([password = '', username = ''], q) =>
          checkApiPassword(password, { username: productionFinalUsername(username, prefixShown(q)) }),
      },
      {
        id: 'confirm',
        label: () => t('production_check_confirm'),
        fields: [CONFIRM, PASSWORD],
        check: ([confirm = '', password = '']) => checkPasswordConfirmation(password, confirm),
      },
    ],
    suggest: {
      username: USERNAME,
      password: PASSWORD,
      confirm: CONFIRM,
      tradeName: (q) => q.textBeside(/^(trade |legal )?name$/i) ?? '',
      pagePrefix: API_USERNAME_PREFIX,
    },
  },
  {
    id: 'prod.created',
    title: () => t('flow_api_user_created_title'),
    help: () => t('production_created_help'),
    manual: () => t('production_created_manual'),
    isPresent: createdShown,
    isDone: () => false,
    targets: [],
    path: /\/apiuseraccount\/createuserdata/i,
  },
];

const capture: CaptureSpec = {
  trigger: SUBMIT,
  buttonName: 'Submit',
  finalUsername: (q, typed) => productionFinalUsername(typed, prefixShown(q)),
  reads: { gstin: [], gstinText: shownGstin, username: USERNAME, password: PASSWORD },
  answer(q, typedUsername): PortalAnswer | null {
    // The newest answer the page gave since the press: a native dialog, else the page's own text.
    const said = q.dialog(new RegExp(`${CREATED_WORDS.source}|${REFUSAL.source}`, 'i'));
    const created = said ?? q.readText(CREATED_WORDS);
    if (created && CREATED_WORDS.test(created)) {
      // Another wording, or someone else's name, is not this press's answer.
      const name = createdUsername(created);
      return name && namesTypedUser(name, typedUsername) ? { status: 'confirmed', finalUsername: name } : null;
    }
    // An in-page refusal answers Submit only where its form is shown (the login page after a lost
    // session has a Username box too, and its own messages).
    const refusal = said ?? (q.visible(THROUGH_ERP) || q.visible(CONFIRM) ? q.message(IN_PAGE_MESSAGE, REFUSAL) : null);
    return refusal
      ? { status: 'rejected', portalMessage: refusal, alreadyCreated: ALREADY_CREATED.test(refusal) }
      : null;
  },
  namedConfirmation(q) {
    const said = q.dialog(CREATED_WORDS) ?? q.readText(CREATED_WORDS);
    return said ? createdUsername(said) : null;
  },
};

export const productionFlow: Flow = {
  ...productionSite,
  steps,
  fallbackStepId: 'prod.login',
  // The user presses these and types these, never the assistant (docs/gstzen-guide.md#production-registration).
  // "Create API User" sends an OTP: the user follows it.
  policy: {
    neverPress: /log ?in|log ?out|verify|submit|send\s*otp|resend|create|save|exit|freeze|change|delete/i,
    neverFill: /captcha|otp|password|pass\s*word|user ?name|user id|login/i,
  },
  capture,
  // docs/gstzen-guide.md#delete-test-invoices-before-production and #warnings-and-advice.
  reminder: {
    id: 'production.before-you-start',
    title: () => t('production_reminder_title'),
    points: [() => t('production_reminder_delete'), () => t('production_reminder_accounts')],
    tick: () => t('production_reminder_tick'),
  },
};
