import type { Environment } from '../environments';
import { gstinInPath, gstinInText } from '../gstin-shape';
import type { Flow, PageObservation, PageQuery, SafetyPolicy, Step } from '../engine/flow';
import type { ElementLocator } from '../engine/locator';
import {
  checkGstzenClient,
  checkGstzenUsername,
  environmentFromText,
  environmentOfClientId,
  formEnvironment,
} from '../rules/gstzen-form';
import { t } from '../i18n/t';
import { gstzenSite } from './sites';

/**
 * GSTZen's web app, https://my.gstzen.in: two tasks of GSTZen's help document on one site.
 * - Entering the e-Invoice login (Part 1 Section 2 and Part 2 Section 3,
 *   docs/gstzen-guide.md#gstzen-login-form): dashboard › GSTIN › E-Invoicing › Tally/SAP
 *   Integration › (Change E-Invoice Portal Login details) › the form, which the panel fills from
 *   a kept credential set on the user's click (the step's `handOff`).
 * - Deleting the sales-register test invoices (Part 2 Section 1,
 *   docs/gstzen-guide.md#delete-test-invoices-before-production): dashboard › GSTIN › Sales
 *   Register › select › "Delete selected Invoices in page" › Approve › "Delete Invoices". Deleting
 *   is the user's act: the assistant points and says how many, never ticks or presses.
 * The pages' words are the document's; their markup is [unknown]
 * (docs/portals.md#how-the-gstzen-flows-read-the-app), proven
 * only on the practice portal's GSTZen replica and its variant. When the live app differs, fix
 * the locators here.
 */

// ── Dashboard and a GSTIN's pages (document Part 2 Section 1, steps 1-2; Part 1 Section 2, step 2) ──
const DASHBOARD_HEADING: ElementLocator = { kind: 'text', text: /^your gstzen dashboard$/i };
const GSTIN_LINK: ElementLocator = { kind: 'link', text: /^\d{2}[a-z0-9]{13}$/i };
const E_INVOICING: ElementLocator = { kind: 'link', text: /^e-?invoicing$/i };
const SALES_REGISTER: ElementLocator = { kind: 'link', text: /^sales register$/i };
const TALLY_SAP: ElementLocator = { kind: 'link', text: /^tally\s*\/\s*sap integration$/i };

// ── E-Invoice portal login (Part 2 Section 3, steps 3-4) ──
const LOGIN_DETAILS: ElementLocator = { kind: 'text', text: /^e-?invoice portal login details$/i };
const CHANGE_LOGIN: ElementLocator = { kind: 'link', text: /^change e-?invoice portal login details\.?$/i };
const USERNAME: ElementLocator = { kind: 'field', label: /^e-?invoice api portal user ?name$/i };
const PASSWORD: ElementLocator = { kind: 'field', label: /^e-?invoice api portal password$/i };
const CLIENT_ID: ElementLocator = { kind: 'field', label: /^e-?invoice client id$/i };
const CLIENT_SECRET: ElementLocator = { kind: 'field', label: /^e-?invoice client secret( key)?$/i };
const LOGIN: ElementLocator = { kind: 'button', text: /^log ?in$/i };
/** What GSTZen says the form is for; the document's pages do not show it (docs/portals.md#how-the-gstzen-flows-read-the-app). */
const ENVIRONMENT_CAPTION = /^e-?invoice environment$/i;
const ENVIRONMENT_LINE = /^e-?invoice environment\s*:?\s*\S/i;
const LOGGED_IN = /logged in to the e-?invoice portal as\s+\S+/i;
const FORM_MESSAGE: ElementLocator = { kind: 'text', css: '[role=alert],.alert,.errorlist,.error,.text-danger' };

// ── Sales register and the deletion (Part 2 Section 1, step 2 and its two bullets) ──
const SELECT_ALL: ElementLocator = { kind: 'checkbox', label: /^select all( invoices)?( in (this )?page)?$|^type$/i };
const DELETE_SELECTED_BUTTON: ElementLocator = { kind: 'button', text: /^delete selected invoices in page$/i };
const DELETE_SELECTED_LINK: ElementLocator = { kind: 'link', text: /^delete selected invoices in page$/i };
const RECORD_TOTAL = /total of ([\d,]+) records?/i;
const NO_INVOICES = /^no invoices in your sales register/i;
const DELETE_QUESTION = /are you sure you want to delete ([\d,]+) invoices?\s*\??/i;
const APPROVE: ElementLocator = { kind: 'checkbox', label: /^approve$/i };
const DELETE_INVOICES_BUTTON: ElementLocator = { kind: 'button', text: /^delete invoices$/i };
const DELETE_INVOICES_LINK: ElementLocator = { kind: 'link', text: /^delete invoices$/i };
const DELETED = /([\d,]+) invoices? (were |have been )?deleted/i;

/** "CloudZen Software Labs Pvt. Ltd. (KA - 29AAFCC9980M1ZR)": the heading of a GSTIN's pages. */
const GSTIN_HEADING = /\(\s*[a-z]{2}\s*-\s*\d{2}[a-z0-9]{13}\s*\)/i;

const count = (digits: string | undefined) => (digits ? Number(digits.replace(/,/g, '')) : NaN);

/** The GSTIN the page is about: in its URL, else in its heading ("… (KA - 29…)"); null when neither. */
export function gstzenPageGstin(q: PageQuery, url: URL): string | null {
  const fromUrl = gstinInPath(url.pathname);
  if (fromUrl) return fromUrl;
  const heading = q.readText(GSTIN_HEADING);
  return heading ? gstinInText(heading) : null;
}

/** Which environment the page says GSTZen's e-Invoice login is for ("E-Invoice environment: Production"). */
export function gstzenPageEnvironment(q: PageQuery): Environment | null {
  // "<th>E-Invoice environment</th><td>Production</td>", "<b>…:</b> Production" or one line of text.
  const line = q.readText(ENVIRONMENT_LINE);
  const inLine = line ? environmentFromText(line.replace(/^e-?invoice environment\s*:?/i, '')) : null;
  return inLine ?? environmentFromText(q.textBeside(ENVIRONMENT_CAPTION));
}

/** The login GSTZen shows it has for this GSTIN, when it shows one. */
function shownLogin(q: PageQuery): { env: Environment; username: string } | null {
  const clientId = q.textBeside(/^e-?invoice portal client id$/i) ?? '';
  const username = (q.textBeside(/^e-?invoice portal user ?name$/i) ?? '').trim();
  const env = environmentOfClientId(clientId);
  return env && /^\S{1,100}$/.test(username) && !/^not set$/i.test(username) ? { env, username } : null;
}

/** What the board may record from this page (utils/board/observation.ts). */
function observe(q: PageQuery): PageObservation[] {
  const seen: PageObservation[] = [];
  const heading = q.readText(GSTIN_HEADING);
  if (heading) {
    const tradeName = heading.slice(0, heading.search(GSTIN_HEADING)).trim().slice(0, 120);
    seen.push(tradeName ? { kind: 'gstin-seen', tradeName } : { kind: 'gstin-seen' });
  } else {
    seen.push({ kind: 'gstin-seen' });
  }
  const login = shownLogin(q);
  if (login) seen.push({ kind: 'gstzen-login', ...login });
  const deleted = count(DELETED.exec(q.readText(DELETED) ?? '')?.[1]);
  if (Number.isInteger(deleted)) seen.push({ kind: 'test-invoices-deleted', count: deleted });
  return seen;
}

const onDashboard = (q: PageQuery) => q.visible(DASHBOARD_HEADING);
const onGstinPage = (q: PageQuery) => q.visible(E_INVOICING) && q.visible(SALES_REGISTER);

const dashboard: Step = {
  id: 'gstzen.dashboard',
  title: () => t('gstzen_dashboard_title'),
  help: () => t('gstzen_dashboard_help'),
  manual: () => t('gstzen_dashboard_manual'),
  isPresent: onDashboard,
  isDone: () => false,
  targets: [GSTIN_LINK],
  path: /^\/?$/,
};

/** GSTZen's answer to Login on the form: an error stays on the form. */
function formMessage(q: PageQuery): string | null {
  const said = q.message(FORM_MESSAGE, /invalid|refused|not accept|error|required|wrong/i);
  return said ? t('gstzen_says', { said }) : null;
}

const loginSteps: Step[] = [
  dashboard,
  {
    id: 'gstzen.gstin',
    title: () => t('gstzen_einvoicing_title'),
    help: () => t('gstzen_einvoicing_help'),
    manual: () => t('gstzen_einvoicing_manual'),
    isPresent: onGstinPage,
    isDone: () => false,
    targets: [E_INVOICING],
    action: { kind: 'follow-link', label: () => t('gstzen_open_einvoicing'), targets: [E_INVOICING] },
  },
  {
    id: 'gstzen.einvoicing',
    title: () => t('gstzen_tally_title'),
    help: () => t('gstzen_tally_help'),
    manual: () => t('gstzen_tally_manual'),
    isPresent: (q) => q.visible(TALLY_SAP),
    isDone: () => false,
    targets: [TALLY_SAP],
    action: { kind: 'follow-link', label: () => t('gstzen_open_tally'), targets: [TALLY_SAP] },
  },
  {
    id: 'gstzen.login-details',
    title: () => t('gstzen_login_details_title'),
    help: () => t('gstzen_login_details_help'),
    manual: () => t('gstzen_login_details_manual'),
    isPresent: (q) => q.visible(CHANGE_LOGIN) || q.visible(LOGIN_DETAILS),
    isDone: () => false,
    targets: [CHANGE_LOGIN],
    action: { kind: 'follow-link', label: () => t('gstzen_change_login'), targets: [CHANGE_LOGIN] },
    status(q) {
      const login = shownLogin(q);
      if (!login) return null;
      return login.env === 'sandbox'
        ? t('gstzen_has_sandbox_login', { username: login.username })
        : t('gstzen_has_production_login', { username: login.username });
    },
  },
  {
    id: 'gstzen.login-form',
    title: () => t('gstzen_login_form_title'),
    help: () => t('gstzen_login_form_help'),
    manual: () => t('gstzen_login_form_manual'),
    isPresent: (q) => q.visible(USERNAME) && q.visible(CLIENT_ID),
    isDone: () => false,
    targets: [USERNAME, PASSWORD, CLIENT_ID, CLIENT_SECRET, LOGIN],
    checks: [
      {
        id: 'gstzen-username',
        label: () => t('flow_check_username'),
        fields: [USERNAME, CLIENT_ID],
        check: ([username = '', clientId = ''], q) =>
          checkGstzenUsername(username, formEnvironment(gstzenPageEnvironment(q), clientId, username)),
      },
      {
        id: 'gstzen-client',
        label: () => t('gstzen_check_client'),
        fields: [CLIENT_ID, CLIENT_SECRET, USERNAME],
        check: ([clientId = '', clientSecret = '', username = ''], q) =>
          checkGstzenClient(clientId, clientSecret, formEnvironment(gstzenPageEnvironment(q), clientId, username)),
      },
    ],
    handOff: {
      username: USERNAME,
      password: PASSWORD,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      pageEnvironment: gstzenPageEnvironment,
    },
    status: formMessage,
  },
  {
    id: 'gstzen.logged-in',
    title: () => t('gstzen_logged_in_title'),
    help: () => t('gstzen_logged_in_help'),
    manual: () => t('gstzen_logged_in_manual'),
    isPresent: (q) => q.readText(LOGGED_IN) !== null,
    isDone: () => false,
    targets: [],
    status: (q) => {
      const said = q.readText(LOGGED_IN);
      return said ? t('gstzen_logged_in_status', { said }) : null;
    },
  },
];

const deleteSteps: Step[] = [
  dashboard,
  {
    id: 'gstzen.gstin',
    title: () => t('gstzen_sales_register_link_title'),
    help: () => t('gstzen_sales_register_link_help'),
    manual: () => t('gstzen_sales_register_link_manual'),
    isPresent: onGstinPage,
    isDone: () => false,
    targets: [SALES_REGISTER],
    action: { kind: 'follow-link', label: () => t('gstzen_open_sales_register'), targets: [SALES_REGISTER] },
  },
  {
    id: 'gstzen.sales-register',
    title: () => t('gstzen_select_invoices_title'),
    help: () => t('gstzen_select_invoices_help'),
    manual: () => t('gstzen_select_invoices_manual'),
    isPresent: (q) => q.visible(DELETE_SELECTED_BUTTON) || q.visible(DELETE_SELECTED_LINK),
    isDone: () => false,
    targets: [SELECT_ALL, DELETE_SELECTED_BUTTON, DELETE_SELECTED_LINK],
    path: /\/sales\/?$/i,
    status(q) {
      if (q.readText(NO_INVOICES)) return t('gstzen_sales_register_empty');
      const total = count(RECORD_TOTAL.exec(q.readText(RECORD_TOTAL) ?? '')?.[1]);
      if (!Number.isInteger(total)) return null;
      return total === 1
        ? t('gstzen_sales_register_holds_one', { count: total })
        : t('gstzen_sales_register_holds', { count: total });
    },
  },
  {
    id: 'gstzen.delete-confirm',
    title: () => t('gstzen_delete_confirm_title'),
    help: () => t('gstzen_delete_confirm_help'),
    manual: () => t('gstzen_delete_confirm_manual'),
    isPresent: (q) => q.readText(DELETE_QUESTION) !== null,
    isDone: () => false,
    targets: [APPROVE, DELETE_INVOICES_BUTTON, DELETE_INVOICES_LINK],
    status(q) {
      const n = count(DELETE_QUESTION.exec(q.readText(DELETE_QUESTION) ?? '')?.[1]);
      if (!Number.isInteger(n)) return null;
      return n === 1 ? t('gstzen_will_delete_one', { count: n }) : t('gstzen_will_delete', { count: n });
    },
  },
  {
    id: 'gstzen.deleted',
    title: () => t('gstzen_deleted_title'),
    help: () => t('gstzen_deleted_help'),
    manual: () => t('gstzen_deleted_manual'),
    isPresent: (q) => q.readText(DELETED) !== null,
    isDone: () => false,
    targets: [],
    status: (q) => {
      const said = q.readText(DELETED);
      return said ? t('gstzen_says', { said }) : null;
    },
  },
];

/**
 * What the assistant never presses on GSTZen, whatever a step says: logging in, anything that
 * deletes or approves, saves, uploads or downloads (docs/gstzen-guide.md#gstzen-login-form).
 */
const policy: SafetyPolicy = {
  // "Log in", "Login to E-Invoice Portal", but not "Change E-Invoice Portal Login details" (a link
  // to the form, which the step's button follows); "Change" alone is the return frequency's.
  neverPress:
    /^log ?in\b|log ?out|sign ?out|delete|approve|submit|save|upload|download|go back|add a new|manage|^change$/i,
  neverFill: /password|pass\s*word|user ?name|client|secret|captcha|otp/i,
};

/**
 * The GSTZen task the document has next for a GSTIN, by the onboarding board (utils/board/
 * sections.ts): deleting the test invoices once the sandbox login is done and production's API
 * user is not made yet (Part 2 Section 1 comes first); else entering a login.
 */
export function nextGstzenTask(done: (boardSection: string) => boolean): string {
  const deletingIsNext = done('sandbox-gstzen-login') && !done('delete-test-invoices') && !done('production-api-user');
  return deletingIsNext ? 'gstzen-delete' : 'gstzen-login';
}

const common = {
  ...gstzenSite,
  nextTask: nextGstzenTask,
  fallbackStepId: 'gstzen.dashboard',
  policy,
  pageGstin: gstzenPageGstin,
  observe,
};

export const gstzenLoginFlow: Flow = {
  ...common,
  steps: loginSteps,
  task: { id: 'gstzen-login', label: () => t('gstzen_task_login') },
};

export const gstzenDeleteFlow: Flow = {
  ...common,
  steps: deleteSteps,
  task: { id: 'gstzen-delete', label: () => t('gstzen_task_delete') },
};
