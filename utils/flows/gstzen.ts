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
  title: 'Open your GSTIN',
  help: 'On your GSTZen dashboard, click the GSTIN you are setting up. Not in the list? Add it first with “Add a new GSTIN to manage”.',
  manual: 'Go to my.gstzen.in (Home) and click your GSTIN in the GSTINs list.',
  isPresent: onDashboard,
  isDone: () => false,
  targets: [GSTIN_LINK],
  path: /^\/?$/,
};

/** GSTZen's answer to Login on the form: an error stays on the form. */
function formMessage(q: PageQuery): string | null {
  const said = q.message(FORM_MESSAGE, /invalid|refused|not accept|error|required|wrong/i);
  return said ? `GSTZen says: ${said}` : null;
}

const loginSteps: Step[] = [
  dashboard,
  {
    id: 'gstzen.gstin',
    title: 'Click E-Invoicing',
    help: 'On your GSTIN’s page, click “E-Invoicing” in the menu on the right (the button does it).',
    manual: 'On your GSTIN’s page, click “E-Invoicing” in the list on the right.',
    isPresent: onGstinPage,
    isDone: () => false,
    targets: [E_INVOICING],
    action: { kind: 'follow-link', label: 'Open E-Invoicing', targets: [E_INVOICING] },
  },
  {
    id: 'gstzen.einvoicing',
    title: 'Click Tally/SAP Integration',
    help: 'Of “GSTZen Excel”, “Tally/SAP Integration” and “Your Excel”, click “Tally/SAP Integration” (the button does it).',
    manual: 'On the E-Invoicing page, click “Tally/SAP Integration”.',
    isPresent: (q) => q.visible(TALLY_SAP),
    isDone: () => false,
    targets: [TALLY_SAP],
    action: { kind: 'follow-link', label: 'Open Tally/SAP Integration', targets: [TALLY_SAP] },
  },
  {
    id: 'gstzen.login-details',
    title: 'Click “Change E-Invoice Portal Login details”',
    help: 'GSTZen shows the e-Invoice login it has for this GSTIN. To enter your new API user, click “Change E-Invoice Portal Login details” (the button does it).',
    manual: 'Under “E-Invoice Portal Login Details”, click “Change E-Invoice Portal Login details”.',
    isPresent: (q) => q.visible(CHANGE_LOGIN) || q.visible(LOGIN_DETAILS),
    isDone: () => false,
    targets: [CHANGE_LOGIN],
    action: { kind: 'follow-link', label: 'Change the login details', targets: [CHANGE_LOGIN] },
    status(q) {
      const login = shownLogin(q);
      return login
        ? `GSTZen now has the ${login.env === 'sandbox' ? 'sandbox' : 'production'} login ${login.username}.`
        : null;
    },
  },
  {
    id: 'gstzen.login-form',
    title: 'Enter your API user, then press Login',
    help: 'The panel fills the four boxes from the API user it kept for this GSTIN: pick sandbox or production below. Or type them: the API username and password you made on the NIC portal, and ZENTRIAL (sandbox) or ZENLIVE (production) as both Client ID and Client Secret Key. Then press Login yourself.',
    manual:
      'Fill “E-Invoice API Portal Username” and “Password” with your API user, and “E-Invoice Client ID” and “Client Secret Key” with ZENTRIAL (sandbox) or ZENLIVE (production); then press Login.',
    isPresent: (q) => q.visible(USERNAME) && q.visible(CLIENT_ID),
    isDone: () => false,
    targets: [USERNAME, PASSWORD, CLIENT_ID, CLIENT_SECRET, LOGIN],
    checks: [
      {
        id: 'gstzen-username',
        label: 'Username',
        fields: [USERNAME, CLIENT_ID],
        check: ([username = '', clientId = ''], q) =>
          checkGstzenUsername(username, formEnvironment(gstzenPageEnvironment(q), clientId, username)),
      },
      {
        id: 'gstzen-client',
        label: 'Client ID and secret',
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
    title: 'GSTZen accepted the login',
    help: 'GSTZen logged into the e-Invoice portal with your API user for this GSTIN. The onboarding board (the assistant’s toolbar button) ticks this off.',
    manual: 'Look for GSTZen’s message that it logged in to the E-Invoice portal.',
    isPresent: (q) => q.readText(LOGGED_IN) !== null,
    isDone: () => false,
    targets: [],
    status: (q) => q.readText(LOGGED_IN),
  },
];

const deleteSteps: Step[] = [
  dashboard,
  {
    id: 'gstzen.gstin',
    title: 'Click Sales Register',
    help: 'Before production, delete the invoices you made while testing with the sandbox. On your GSTIN’s page, click “Sales Register” on the right (the button does it).',
    manual: 'On your GSTIN’s page, click “Sales Register” in the list on the right.',
    isPresent: onGstinPage,
    isDone: () => false,
    targets: [SALES_REGISTER],
    action: { kind: 'follow-link', label: 'Open Sales Register', targets: [SALES_REGISTER] },
  },
  {
    id: 'gstzen.sales-register',
    title: 'Select the test invoices, then “Delete selected Invoices in page”',
    help: 'Tick the box next to “Type” at the top of the list to select this page’s invoices, then click “Delete selected Invoices in page”. Deleting is yours to do: the assistant points, never presses.',
    manual: 'In the Sales Register, tick the box next to “Type”, then click “Delete selected Invoices in page”.',
    isPresent: (q) => q.visible(DELETE_SELECTED_BUTTON) || q.visible(DELETE_SELECTED_LINK),
    isDone: () => false,
    targets: [SELECT_ALL, DELETE_SELECTED_BUTTON, DELETE_SELECTED_LINK],
    path: /\/sales\/?$/i,
    status(q) {
      if (q.readText(NO_INVOICES)) return 'The Sales Register is empty: there is nothing to delete.';
      const total = count(RECORD_TOTAL.exec(q.readText(RECORD_TOTAL) ?? '')?.[1]);
      return Number.isInteger(total)
        ? `The page says the Sales Register holds ${total} invoice${total === 1 ? '' : 's'} (all pages).`
        : null;
    },
  },
  {
    id: 'gstzen.delete-confirm',
    title: 'Check the number, tick Approve, click “Delete Invoices”',
    help: 'Read how many invoices the page will delete. If those are your sandbox test invoices, tick Approve and click “Delete Invoices” yourself; if not, click “No, Go Back”.',
    manual: 'Tick “Approve”, then click “Delete Invoices” (or “No, Go Back”).',
    isPresent: (q) => q.readText(DELETE_QUESTION) !== null,
    isDone: () => false,
    targets: [APPROVE, DELETE_INVOICES_BUTTON, DELETE_INVOICES_LINK],
    status(q) {
      const n = count(DELETE_QUESTION.exec(q.readText(DELETE_QUESTION) ?? '')?.[1]);
      return Number.isInteger(n) ? `The page says it will delete ${n} invoice${n === 1 ? '' : 's'}.` : null;
    },
  },
  {
    id: 'gstzen.deleted',
    title: 'Test invoices deleted',
    help: 'GSTZen deleted them. If the Sales Register still lists test invoices (on other pages), delete those too; then make your production API user on einvoice1.gst.gov.in.',
    manual: 'Look for GSTZen’s message that the invoices were deleted.',
    isPresent: (q) => q.readText(DELETED) !== null,
    isDone: () => false,
    targets: [],
    status: (q) => {
      const said = q.readText(DELETED);
      return said ? `GSTZen says: ${said}` : null;
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
  task: { id: 'gstzen-login', label: 'Enter the e-Invoice login' },
};

export const gstzenDeleteFlow: Flow = {
  ...common,
  steps: deleteSteps,
  task: { id: 'gstzen-delete', label: 'Delete the sandbox test invoices' },
};
