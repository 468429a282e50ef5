// The pages of the practice GSTZen (my.gstzen.in), per markup variant. Wording follows GSTZen's
// help document: Part 1 Section 2 (logging into the NIC trial portal through GSTZen), Part 2
// Section 1 (deleting the test invoices from the Sales Register) and Section 3 (logging into the
// API portal through GSTZen). Every page is the layout sites/my.gstzen.in/index.html with its
// PRACTICE placeholders filled. Markup only: gstzen.mjs decides what to show.
//
// The extension finds GSTZen's controls by their visible words, never by ids or classes; the
// `framework` variant says the same words in other markup (crispy-forms ids, generated classes,
// a hidden legacy password field and an off-screen honeypot) to prove it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from './variant-pages.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LAYOUT_FILE = path.join(HERE, 'sites', 'my.gstzen.in', 'index.html');

/** The markup variants, base (as the help document shows GSTZen) first. */
export const GSTZEN_VARIANTS = /** @type {const} */ (['base', 'framework']);
/** @typedef {typeof GSTZEN_VARIANTS[number]} GstzenVariant */

/** What each variant imitates (for the index page and the README). */
export const GSTZEN_VARIANT_TRAITS = Object.freeze({
  base: "the pages of GSTZen's help document: <label for> with the red * in a span after it, help lines in <p>",
  framework:
    'a form framework (crispy-forms ids, generated classes, * inside the label, help in <small>), the GSTIN only in the URL on the login form, a hidden legacy password field and an off-screen username honeypot',
});

/** A GSTIN's E-Invoice environment: sandbox until its test invoices are deleted. */
export const STAGES = /** @type {const} */ (['sandbox', 'production']);
/** @typedef {typeof STAGES[number]} Stage */
/** How the pages show the environment. */
export const STAGE_TEXT = Object.freeze({ sandbox: 'Sandbox (testing)', production: 'Production' });

/** What the pages say: the wording the extension looks for. */
export const GSTZEN_MESSAGES = Object.freeze({
  invalidClient: 'Invalid Client ID or Client Secret Key.',
  invalidLogin: 'Invalid login details: the E-Invoice portal did not accept this username and password.',
  decoyFilled: 'A hidden field was filled: GSTZen refused the form.',
  selectFirst: 'Select the invoices to delete first.',
  tickApprove: 'Tick Approve to delete the invoices.',
  /** @param {string} username */
  loggedIn: (username) => `Logged in to the E-Invoice portal as ${username}.`,
  /** @param {number} n */
  deleted: (n) => `${n} Invoices deleted.`,
  /** @param {number} n */
  areYouSure: (n) => `Are you sure you want to delete ${n} Invoices?`,
});

/**
 * The pages of one GSTIN.
 * @param {string} gstin
 */
export function gstzenPaths(gstin) {
  const home = `/gstin/${gstin}/`;
  return Object.freeze({
    dashboard: '/',
    home,
    einvoicing: `${home}einvoicing/`,
    tallySap: `${home}einvoicing/tally-sap/`,
    login: `${home}einvoicing/login/`,
    sales: `${home}sales/`,
    delete: `${home}sales/delete/`,
  });
}

/**
 * The links of the pages that are not part of the practice portal: path segment -> title.
 * Under a GSTIN (`/gstin/<G>/<segment>/`) or on their own (`/not-in-practice/<segment>/`).
 */
export const NOT_IN_PRACTICE = Object.freeze({
  'product-codes': 'Product Codes',
  departments: 'Departments',
  parties: 'Suppliers & Customers',
  purchases: 'Purchase Register',
  'e-way-bills': 'E-Way Bills',
  'gstzen-excel': 'GSTZen Excel',
  'your-excel': 'Your Excel',
  manage: 'Manage GSTIN',
  'return-frequency': 'Return frequency',
  'new-invoice': 'New Sales Invoice',
  'upload-sales': 'Upload Sales Register XLS',
  'government-portal': 'Sales Invoices uploaded in the Government Portal',
  'delete-filtered': 'Delete all Filtered Invoices',
  downloads: 'Downloads',
  'api-credentials-guide': 'How to create E-Invoice API Credentials',
  company: 'Demo Company',
  'master-data': 'Master Data',
  'useful-tools': 'Useful Tools',
  help: 'Help',
  'add-gstin': 'Add a new GSTIN to manage',
  'manage-gstins': 'Manage multiple GSTINs',
  'tax-returns': 'Tax Returns',
  pans: 'PANs',
  'live-demo': 'Live Demo',
  settings: 'GSTIN settings',
  resources: 'Resources',
  notifications: 'Latest Notifications',
});

/**
 * @typedef {object} View  what every page needs to know
 * @property {GstzenVariant} variant
 * @property {string} query  the practice query to keep on links, forms and redirects ('' or '?variant=…')
 * @property {boolean} lookAlike  served on the look-alike host (another banner)
 */

/**
 * @typedef {object} Taxpayer  one GSTIN in the demo account
 * @property {string} gstin
 * @property {string} tradeName  e.g. CloudZen Software Labs Pvt. Ltd.
 * @property {string} dashboardName  as the dashboard's Tax Payer Name column shows it
 * @property {string} stateCode  e.g. KA
 * @property {string} stateName  e.g. Karnataka
 * @property {string} userId  GST User ID
 * @property {string} returnFrequency
 */

/**
 * @typedef {object} Invoice  one row of the Sales Register
 * @property {string} id
 * @property {string} type  INV
 * @property {string} number
 * @property {string} date  as shown (30-Dec-2020)
 * @property {string} buyer  the whole name (the table cuts it)
 * @property {number} amount
 * @property {number} cgst
 * @property {number} sgst
 * @property {number} igst
 */

/**
 * @typedef {object} LoginDetails  what GSTZen keeps of a successful login (never the password)
 * @property {string} clientId
 * @property {string} username
 */

/**
 * @typedef {object} LoginValues  the form as filled, shown again after a refusal (never the password)
 * @property {string} [username]
 * @property {string} [clientId]
 * @property {string} [clientSecret]
 */

/**
 * The names each variant gives its form fields, so one POST handler reads both.
 * @type {Readonly<Record<GstzenVariant, { username: string, password: string, clientId: string, clientSecret: string, decoyUsername: string | null, decoyPassword: string | null, decoyClientSecret: string | null, invoice: string, approve: string, step: string }>>}
 */
export const FIELD_NAMES = Object.freeze({
  base: {
    username: 'einv_username',
    password: 'einv_password',
    clientId: 'einv_client_id',
    clientSecret: 'einv_client_secret',
    decoyUsername: null,
    decoyPassword: null,
    decoyClientSecret: null,
    invoice: 'invoice',
    approve: 'approve',
    step: 'step',
  },
  framework: {
    username: 'einv_form-0-api_username',
    password: 'einv_form-0-api_password',
    clientId: 'einv_form-0-client_id',
    clientSecret: 'einv_form-0-client_secret',
    decoyUsername: 'username',
    decoyPassword: 'password',
    decoyClientSecret: 'client_secret',
    invoice: 'invoice',
    approve: 'approve',
    step: 'step',
  },
});

/**
 * The ids of the controls, per variant (gstzen-controls.mjs turns them into selectors; the
 * extension never uses them).
 */
export const GSTZEN_IDS = Object.freeze({
  base: {
    username: 'einv_username',
    password: 'einv_password',
    clientId: 'einv_client_id',
    clientSecret: 'einv_client_secret',
    decoyUsername: null,
    decoyPassword: null,
    decoyClientSecret: null,
    login: 'btnEinvLogin',
    selectAll: 'selectAllInvoices',
    deleteSelected: 'btnDeleteSelected',
    approve: 'approve',
    deleteInvoices: 'btnDeleteInvoices',
    goBack: 'lnkGoBack',
    status: 'flashStatus',
    error: 'flashError',
  },
  framework: {
    username: 'id_einv_form-0-api_username',
    password: 'id_einv_form-0-api_password',
    clientId: 'id_einv_form-0-client_id',
    clientSecret: 'id_einv_form-0-client_secret',
    decoyUsername: 'id_username',
    decoyPassword: 'id_password',
    decoyClientSecret: 'id_client_secret',
    login: 'submit-id-login',
    selectAll: 'id_select_all',
    deleteSelected: 'submit-id-delete_selected',
    approve: 'id_approve',
    deleteInvoices: 'submit-id-delete',
    goBack: 'id_go_back',
    status: 'messages-success-0',
    error: 'messages-error-0',
  },
});

/** @param {View} view @param {string} p */
const href = (view, p) => escapeHtml(`${p}${view.query}`);
/** @param {View} view @param {string} segment */
const notInPracticeHref = (view, segment) => href(view, `/not-in-practice/${segment}/`);

/** The first `n` characters and "..." when longer, as GSTZen cuts names. @param {string} text @param {number} n */
export function cut(text, n) {
  return text.length > n ? `${text.slice(0, n)}...` : text;
}

/** The PAN inside a GSTIN. @param {string} gstin */
export const panOf = (gstin) => gstin.slice(2, 12);

/** 6,000.00 @param {number} n */
const money = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Class names per variant: base's readable ones, or the generated-looking ones a CSS-in-JS
 * framework leaves (both kinds are styled by gstzen.css).
 * @param {View} view
 * @param {string} base
 * @param {string} framework
 */
const cls = (view, base, framework) => (view.variant === 'framework' ? framework : base);

// ---------------------------------------------------------------------------------------------
// Layout

/**
 * @typedef {object} LayoutOptions
 * @property {string} title
 * @property {string} content
 * @property {string[]} [scripts]  extra script paths
 */

/**
 * @param {View} view
 * @param {LayoutOptions} options
 */
export function layout(view, { title, content, scripts = [] }) {
  const banner = view.lookAlike
    ? 'Practice look-alike of GSTZen on another host — the extension must ignore it'
    : 'Practice portal — not the real GSTZen site';
  const fill = /** @type {Record<string, string>} */ ({
    TITLE: escapeHtml(`${title} | GSTZen`),
    'BODY-CLASS': `variant-${view.variant}${view.lookAlike ? ' look-alike' : ''}`,
    BANNER: escapeHtml(banner),
    NAV: navbar(view),
    CONTENT: content,
    FOOTER: footer(view),
    SCRIPTS: scripts.map((s) => `  <script src="${escapeHtml(s)}"></script>`).join('\n'),
  });
  return readFileSync(LAYOUT_FILE, 'utf8')
    .replace(/<!--\n[\s\S]*?-->\n/, '') // the file's own comment
    .replace(/<!--PRACTICE:([A-Z-]+)-->/g, (_, name) => fill[/** @type {string} */ (name)] ?? '');
}

/** @param {View} view */
function navbar(view) {
  return `  <nav class="${cls(view, 'gz-nav', 'gz-nav css-1n2vq8c')}" aria-label="GSTZen">
    <a class="gz-brand" href="${href(view, '/')}">GSTZen</a>
    <a href="${notInPracticeHref(view, 'company')}">Demo Company</a>
    <a href="${notInPracticeHref(view, 'master-data')}">Master Data</a>
    <a href="${notInPracticeHref(view, 'useful-tools')}">Useful Tools</a>
    <span class="gz-nav-right">
      <a class="gz-help-button" href="${notInPracticeHref(view, 'help')}">Help</a>
      <span class="gz-user">Logged in as Demo User</span>
    </span>
  </nav>`;
}

/** @param {View} view */
function footer(view) {
  const resource = (/** @type {string} */ text) =>
    `<li><a href="${notInPracticeHref(view, 'resources')}">${escapeHtml(text)}</a></li>`;
  const notification = (/** @type {string} */ text) =>
    `<li><a href="${notInPracticeHref(view, 'notifications')}">${escapeHtml(text)}</a></li>`;
  return `  <footer class="${cls(view, 'gz-footer', 'gz-footer css-7bq0xr')}">
    <div class="gz-footer-col">
      <h4>Resources</h4>
      <ul>
        ${['CGST Act', 'IGST Act', 'UTGST Act', 'GST Comp. Act'].map(resource).join('\n        ')}
      </ul>
    </div>
    <div class="gz-footer-col">
      <h4>Latest Notifications</h4>
      <ul>
        ${['CGST 43/2020 (7 months, 3 weeks ago)', 'IGST 03/2020 (8 months, 4 weeks ago)', 'UTGST 01/2019 (8 months, 4 weeks ago)'].map(notification).join('\n        ')}
      </ul>
    </div>
    <div class="gz-footer-col">
      <h4>Contact Us</h4>
      <ul>
        <li><a href="mailto:support@gstzen.in">support@gstzen.in</a></li>
        <li><a href="tel:+917406441122">+91 7406 441122</a></li>
      </ul>
    </div>
  </footer>`;
}

/**
 * The breadcrumb, every crumb a link as in the document: Home / <name>... (<PAN>) / <name>...
 * (<ST> - <G>) / …trail. With `hideGstin` (the framework variant's login form) the GSTIN and PAN
 * are left out: only the URL has them.
 * @param {View} view
 * @param {Taxpayer | null} taxpayer
 * @param {{ text: string, href?: string }[]} trail  the last one is the current page (a link unless it has no href)
 * @param {{ hideGstin?: boolean }} [options]
 */
function breadcrumb(view, taxpayer, trail, { hideGstin = false } = {}) {
  const short = taxpayer ? cut(taxpayer.tradeName, 14) : '';
  const home = taxpayer ? gstzenPaths(taxpayer.gstin).home : '/';
  const items = [
    { text: 'Home', href: '/' },
    ...(taxpayer
      ? hideGstin
        ? [{ text: taxpayer.tradeName, href: home }]
        : [
            { text: `${short} (${panOf(taxpayer.gstin)})`, href: '/' },
            { text: `${short} (${taxpayer.stateCode} - ${taxpayer.gstin})`, href: home },
          ]
      : []),
    ...trail,
  ];
  const last = items.length - 1;
  const li = items
    .map((item, i) => {
      const current = i === last ? ' aria-current="page"' : '';
      // Base writes the separators as text, framework leaves them to CSS (Bootstrap's ::before).
      const separator = i > 0 && view.variant === 'base' ? '<span class="gz-sep" aria-hidden="true"> / </span>' : '';
      return item.href
        ? `<li>${separator}<a href="${href(view, item.href)}"${current}>${escapeHtml(item.text)}</a></li>`
        : `<li>${separator}<span${current}>${escapeHtml(item.text)}</span></li>`;
    })
    .join('');
  return `    <nav aria-label="Breadcrumb"><ol class="${cls(view, 'gz-breadcrumb', 'breadcrumb css-k3l9w2')}">${li}</ol></nav>`;
}

/**
 * The success (role=status) or error (role=alert) message, if any.
 * @param {View} view
 * @param {{ status?: string, error?: string }} messages
 */
function messages(view, { status = '', error = '' }) {
  const ids = GSTZEN_IDS[view.variant];
  const parts = [];
  if (status) {
    parts.push(
      `<div id="${ids.status}" class="${cls(view, 'gz-msg gz-msg-ok', 'alert alert-success css-1u8qly9')}" role="status">${escapeHtml(status)}</div>`,
    );
  }
  if (error) {
    parts.push(
      `<div id="${ids.error}" class="${cls(view, 'gz-msg gz-msg-error', 'alert alert-danger css-1u8qly9')}" role="alert">${escapeHtml(error)}</div>`,
    );
  }
  return parts.length ? `    ${parts.join('\n    ')}\n` : '';
}

/**
 * The GSTIN's heading: "<Trade name> (<ST> - <G>)" and Manage; the trade name alone with `hideGstin`.
 * @param {View} view
 * @param {Taxpayer} taxpayer
 * @param {{ hideGstin?: boolean }} [options]
 */
function gstinHeading(view, taxpayer, { hideGstin = false } = {}) {
  const text = hideGstin ? taxpayer.tradeName : `${taxpayer.tradeName} (${taxpayer.stateCode} - ${taxpayer.gstin})`;
  return `    <h2 class="${cls(view, 'gz-title', 'h3 css-9s1kd0')}">${escapeHtml(text)} <a class="gz-btn gz-btn-small" href="${href(
    view,
    `${gstzenPaths(taxpayer.gstin).home}manage/`,
  )}">Manage</a></h2>\n`;
}

// ---------------------------------------------------------------------------------------------
// Dashboard and the GSTIN's pages

/**
 * "Your GSTZen Dashboard": the GSTINs tab, one row a GSTIN.
 * @param {View} view
 * @param {{ taxpayers: readonly Taxpayer[] }} options
 */
export function dashboardPage(view, { taxpayers }) {
  const rows = taxpayers
    .map(
      (t) => `          <tr>
            <td><a class="gz-gear" href="${notInPracticeHref(view, 'settings')}" title="Settings">⚙</a></td>
            <td><a href="${href(view, gstzenPaths(t.gstin).home)}">${escapeHtml(t.gstin)}</a></td>
            <td title="${escapeHtml(t.tradeName)}">${escapeHtml(t.dashboardName)}</td>
            <td>Nov Dec</td>
            <td>Nov Dec</td>
            <td>18-19</td>
            <td>${escapeHtml(t.stateCode)}</td>
          </tr>`,
    )
    .join('\n');
  const content = `    <h2 class="${cls(view, 'gz-title', 'h3 css-9s1kd0')}">Your GSTZen Dashboard</h2>
    <div class="gz-promo">Having trouble filing GSTR-9C? <a class="gz-btn gz-btn-small" href="${notInPracticeHref(view, 'live-demo')}">Live Demo</a></div>
    <nav class="gz-tabs" aria-label="Dashboard">
      <a class="active" aria-current="page" href="${href(view, '/')}">GSTINs</a>
      <a href="${notInPracticeHref(view, 'tax-returns')}">Tax Returns</a>
      <a href="${notInPracticeHref(view, 'pans')}">PANs</a>
    </nav>
    <div class="gz-card">
      <p class="gz-actions">
        <a class="gz-btn" href="${notInPracticeHref(view, 'add-gstin')}">Add a new GSTIN to manage</a>
        <a class="gz-btn" href="${notInPracticeHref(view, 'manage-gstins')}">Manage multiple GSTINs</a>
      </p>
      <table class="${cls(view, 'gz-table', 'table table-sm css-r7f3mz')}">
        <thead>
          <tr><th>⚙</th><th>GSTIN</th><th>Tax Payer Name</th><th>GSTR-1</th><th>GSTR-3B</th><th>GSTR-9</th><th>State</th></tr>
        </thead>
        <tbody>
${rows}
        </tbody>
      </table>
    </div>
`;
  return layout(view, { title: 'Dashboard', content });
}

/**
 * The GSTIN's home page: its details and the menu on the right.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer }} options
 */
export function gstinHomePage(view, { taxpayer }) {
  const paths = gstzenPaths(taxpayer.gstin);
  const menu = /** @type {[string, string][]} */ ([
    ['Product Codes', `${paths.home}product-codes/`],
    ['Departments', `${paths.home}departments/`],
    ['Suppliers & Customers', `${paths.home}parties/`],
    ['Sales Register', paths.sales],
    ['Purchase Register', `${paths.home}purchases/`],
    ['E-Way Bills', `${paths.home}e-way-bills/`],
    ['E-Invoicing', paths.einvoicing],
  ])
    .map(([text, to]) => `        <li><a href="${href(view, to)}">${escapeHtml(text)}</a></li>`)
    .join('\n');
  const content = `${breadcrumb(view, taxpayer, [])}
    <div class="gz-split">
      <div class="gz-card gz-main">
${gstinHeading(view, taxpayer)}        <p class="gz-sub">${escapeHtml(taxpayer.tradeName)} <span>${escapeHtml(taxpayer.stateName)}</span></p>
        <table class="gz-details">
          <tr><th>Taxpayer Type</th><td>Regular Tax Payer</td></tr>
          <tr><th>GST User ID</th><td>${escapeHtml(taxpayer.userId)}</td></tr>
          <tr><th>Return frequency</th><td>${escapeHtml(taxpayer.returnFrequency)} <a class="gz-btn gz-btn-small" href="${href(view, `${paths.home}return-frequency/`)}">Change</a></td></tr>
        </table>
      </div>
      <nav class="${cls(view, 'gz-side', 'gz-side list-group css-2mb8sd')}" aria-label="GSTIN menu">
      <ul>
${menu}
      </ul>
      </nav>
    </div>
`;
  return layout(view, { title: taxpayer.tradeName, content });
}

/**
 * E-Invoicing: GSTZen Excel, Tally/SAP Integration, Your Excel.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer }} options
 */
export function einvoicingPage(view, { taxpayer }) {
  const paths = gstzenPaths(taxpayer.gstin);
  /** @param {string} text @param {string} to @param {string} about */
  const tile = (text, to, about) =>
    `      <div class="${cls(view, 'gz-tile', 'gz-tile css-w0v9tq')}"><a class="gz-tile-title" href="${href(view, to)}">${text}</a><p class="gz-tile-about">${about}</p></div>`;
  const content = `${breadcrumb(view, taxpayer, [{ text: 'E-Invoicing', href: paths.einvoicing }])}
${gstinHeading(view, taxpayer)}    <div class="gz-tiles">
${tile('GSTZen Excel', `${paths.home}gstzen-excel/`, 'Fill your invoices in GSTZen&#39;s Excel template')}
${tile('Tally/SAP Integration', paths.tallySap, 'Upload your Sales Register from Tally or SAP')}
${tile('Your Excel', `${paths.home}your-excel/`, 'Map the columns of your own Excel file')}
    </div>
`;
  return layout(view, { title: 'E-Invoicing', content });
}

/**
 * Tally/SAP Integration ("E-Invoice Sales Register Uploader"): the saved E-Invoice Portal Login
 * Details and "Change …", or the login form itself when the GSTIN has none yet.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, stage: Stage, login: LoginDetails | null, status?: string }} options
 */
export function tallySapPage(view, { taxpayer, stage, login, status = '' }) {
  const paths = gstzenPaths(taxpayer.gstin);
  const hideGstin = !login && view.variant === 'framework';
  const trail = [
    { text: 'E-Invoicing', href: paths.einvoicing },
    { text: 'E-Invoice Sales Register Uploader', href: paths.tallySap },
  ];
  const body = login
    ? `    <div class="gz-card">
      <h3 class="gz-subtitle">E-Invoice Portal Login Details</h3>
      <p><a href="${notInPracticeHref(view, 'api-credentials-guide')}">Refer to this document on how to create E-Invoice API Credentials. Click here.</a></p>
      <table class="${cls(view, 'gz-details', 'table table-bordered css-5rkq1p')}">
        <tr><th>E-Invoice Portal Client ID</th><td>${escapeHtml(login.clientId)}</td></tr>
        <tr><th>E-Invoice Portal Username</th><td>${escapeHtml(login.username)}</td></tr>
        <tr><th>E-Invoice environment</th><td>${STAGE_TEXT[stage]}</td></tr>
      </table>
      <p><a class="gz-btn" href="${href(view, paths.login)}">Change E-Invoice Portal Login details</a></p>
    </div>
`
    : `    <div class="gz-card">
${loginForm(view, { taxpayer, stage })}
    </div>
`;
  const content = `${breadcrumb(view, taxpayer, trail, { hideGstin })}
${gstinHeading(view, taxpayer, { hideGstin })}${messages(view, { status })}${body}`;
  return layout(view, { title: 'E-Invoice Sales Register Uploader', content });
}

/**
 * "Login to E-Invoice Portal": the form on its own page.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, stage: Stage, values?: LoginValues, error?: string }} options
 */
export function loginPage(view, { taxpayer, stage, values = {}, error = '' }) {
  const hideGstin = view.variant === 'framework';
  const content = `${breadcrumb(view, taxpayer, [{ text: 'Login to E-Invoice Portal', href: gstzenPaths(taxpayer.gstin).login }], { hideGstin })}
${gstinHeading(view, taxpayer, { hideGstin })}    <div class="gz-card">
${loginForm(view, { taxpayer, stage, values, error })}
    </div>
`;
  return layout(view, { title: 'Login to E-Invoice Portal', content });
}

/** The form's four fields: key, label, help. */
const LOGIN_FIELDS = /** @type {const} */ ([
  ['username', 'E-Invoice API Portal Username', 'The username of your account in the E-Invoice portal.'],
  ['password', 'E-Invoice API Portal Password', 'The password of your account in the E-Invoice portal.'],
  ['clientId', 'E-Invoice Client ID', 'Client ID of your account in the E-Invoice portal.'],
  ['clientSecret', 'E-Invoice Client Secret Key', 'Client Secret key of your account in the E-Invoice portal.'],
]);

/**
 * The E-Invoice portal login form (its own page, or Tally/SAP Integration without details). It
 * always posts to the login page. Fields start empty; after a refusal they keep what was typed,
 * the password excepted.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, stage: Stage, values?: LoginValues, error?: string }} options
 */
function loginForm(view, { taxpayer, stage, values = {}, error = '' }) {
  const action = href(view, gstzenPaths(taxpayer.gstin).login);
  const names = FIELD_NAMES[view.variant];
  const ids = GSTZEN_IDS[view.variant];
  /** @param {(typeof LOGIN_FIELDS)[number][0]} key */
  const valueOf = (key) => (key === 'password' ? '' : escapeHtml(values[key] ?? ''));
  const type = (/** @type {string} */ key) => (key === 'password' ? 'password' : 'text');

  if (view.variant === 'base') {
    const fields = LOGIN_FIELDS.map(
      ([key, label, help]) => `        <div class="gz-field">
          <label for="${ids[key]}">${label}</label><span class="gz-required" aria-hidden="true">*</span>
          <input type="${type(key)}" id="${ids[key]}" name="${names[key]}" value="${valueOf(key)}" aria-required="true" aria-describedby="${ids[key]}_help">
          <p class="gz-help" id="${ids[key]}_help">${help}</p>
        </div>`,
    ).join('\n');
    return `      <form id="einvLoginForm" class="gz-form" method="post" action="${action}" autocomplete="off">
        <p class="gz-intro">Refer to this document on how to create E-Invoice API Credentials. <a class="gz-btn gz-btn-small" href="${notInPracticeHref(view, 'api-credentials-guide')}">Download PDF</a></p>
        <div class="gz-env"><span class="gz-env-label">E-Invoice environment</span> <span class="gz-env-value">${STAGE_TEXT[stage]}</span></div>
${messages(view, { error })}${fields}
        <div class="gz-form-actions"><button type="submit" id="${ids.login}" class="gz-btn gz-btn-primary">Login</button></div>
      </form>`;
  }

  // framework: crispy-forms markup, the * inside the label, help in <small>, and three decoys: an
  // off-screen username (an autofill trap), a display:none legacy password, and a full-size
  // secret box inside a 1-px clipped "visually hidden" box (a leftover of an old layout).
  const field = (
    /** @type {(typeof LOGIN_FIELDS)[number]} */ [key, label, help],
  ) => `        <div id="div_${ids[key]}" class="form-group css-1d3bbye">
          <label for="${ids[key]}" class="requiredField">${label}<span class="asteriskField">*</span></label>
          <div class="css-0">
            <input type="${type(key)}" name="${names[key]}" maxlength="100" class="${key === 'password' ? 'passwordinput' : 'textinput textInput'} form-control css-15k2zq6" id="${ids[key]}" value="${valueOf(key)}">
            <small id="hint_${ids[key]}" class="form-text text-muted">${help}</small>
          </div>
        </div>`;
  const [username, password, clientId, clientSecret] = LOGIN_FIELDS;
  return `      <form id="einv-login-form" class="css-4f9k2a" method="post" action="${action}" novalidate>
        <input type="hidden" name="csrfmiddlewaretoken" value="practice-portal-not-a-real-token">
        <div class="css-q8v1xs">
          <p>Refer to this document on how to create E-Invoice API Credentials.</p>
          <p><a class="btn btn-link css-1x0lh2p" href="${notInPracticeHref(view, 'api-credentials-guide')}">Download PDF</a></p>
        </div>
        <dl class="css-env-7g2k"><dt>E-Invoice environment</dt><dd>${STAGE_TEXT[stage]}</dd></dl>
${messages(view, { error })}        <div class="form-group css-1d3bbye" style="position:absolute; left:-10000px; top:auto; width:1px; height:1px; overflow:hidden">
          <label for="${ids.decoyUsername}">E-Invoice API Portal Username</label>
          <input type="text" name="${names.decoyUsername}" id="${ids.decoyUsername}" tabindex="-1" autocomplete="off" value="">
        </div>
${field(username)}
        <div style="display:none">
          <label for="${ids.decoyPassword}">E-Invoice API Portal Password</label>
          <input type="password" name="${names.decoyPassword}" id="${ids.decoyPassword}" autocomplete="off">
        </div>
${field(password)}
${field(clientId)}
        <div class="visually-hidden" style="position:absolute; width:1px; height:1px; padding:0; margin:-1px; overflow:hidden; clip:rect(0, 0, 0, 0); white-space:nowrap; border:0">
          <label for="${ids.decoyClientSecret}">E-Invoice Client Secret Key</label>
          <input type="text" name="${names.decoyClientSecret}" id="${ids.decoyClientSecret}" style="width:240px; height:30px" tabindex="-1" autocomplete="off" value="">
        </div>
${field(clientSecret)}
        <div class="form-actions css-9k1m3c"><input type="submit" name="login" value="Login" class="btn btn-primary css-1ld7zp3" id="${ids.login}"></div>
      </form>`;
}

// ---------------------------------------------------------------------------------------------
// Sales Register and Delete Invoices

/**
 * Hidden inputs carrying the practice query, for forms that GET (a GET form drops its action's query).
 * @param {View} view
 */
function queryInputs(view) {
  return [...new URLSearchParams(view.query)]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
}

/**
 * The Sales Register: its links, the selection form (delete selected) and the invoices table.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, invoices: readonly Invoice[], status?: string, error?: string }} options
 */
export function salesPage(view, { taxpayer, invoices, status = '', error = '' }) {
  const paths = gstzenPaths(taxpayer.gstin);
  const ids = GSTZEN_IDS[view.variant];
  const names = FIELD_NAMES[view.variant];
  const framework = view.variant === 'framework';
  const sum = (/** @type {'amount' | 'cgst' | 'sgst' | 'igst'} */ key) => invoices.reduce((s, i) => s + i[key], 0);
  const tax = (/** @type {number} */ n) => (n ? money(n) : '');
  const rows = invoices.length
    ? invoices
        .map(
          (i) => `            <tr>
              <td><input type="checkbox" name="${names.invoice}" value="${escapeHtml(i.id)}" aria-label="Select invoice ${escapeHtml(i.number)}"> ${escapeHtml(i.type)}</td>
              <td>${escapeHtml(i.number)}</td>
              <td>${escapeHtml(i.date)}</td>
              <td title="${escapeHtml(i.buyer)}">${escapeHtml(cut(i.buyer, 14))}</td>
              <td class="num">${money(i.amount)}</td>
              <td class="num">${tax(i.cgst)}</td>
              <td class="num">${tax(i.sgst)}</td>
              <td class="num">${tax(i.igst)}</td>
            </tr>`,
        )
        .join('\n')
    : '            <tr class="gz-empty"><td colspan="8">No invoices in your Sales Register.</td></tr>';
  const selectAll = framework
    ? `<label class="css-sr1q0x"><input type="checkbox" id="${ids.selectAll}" class="form-check-input" data-select-all="${names.invoice}"><span class="visually-hidden">Select all invoices in page</span></label>`
    : `<input type="checkbox" id="${ids.selectAll}" aria-label="Select all invoices in page" data-select-all="${names.invoice}">`;
  const deleteSelected = framework
    ? `<button type="submit" name="action" value="delete_selected" id="${ids.deleteSelected}" class="btn btn-link-button css-8d2jkq">Delete selected Invoices in page</button>`
    : `<button type="submit" id="${ids.deleteSelected}" class="gz-btn gz-btn-small">Delete selected Invoices in page</button>`;
  const link = (/** @type {string} */ text, /** @type {string} */ segment) =>
    `<a class="gz-btn gz-btn-small" href="${href(view, `${paths.home}${segment}/`)}">${text}</a>`;
  // Base GETs the selection to the delete page, framework POSTs it (both are answered alike).
  const form = framework
    ? `<form id="sales-selection" class="css-3kq0vd" method="post" action="${href(view, paths.delete)}">
        <input type="hidden" name="csrfmiddlewaretoken" value="practice-portal-not-a-real-token">`
    : `<form id="salesSelection" method="get" action="${escapeHtml(paths.delete)}">${queryInputs(view)}`;
  const content = `${breadcrumb(view, taxpayer, [{ text: 'Sales Register', href: paths.sales }])}
    <div class="gz-card">
      <h2 class="${cls(view, 'gz-title', 'h3 css-9s1kd0')}">Sales Register</h2>
      <p class="gz-actions">
        ${link('New B2B Sales Invoice', 'new-invoice')}
        ${link('New B2C Sales Invoice', 'new-invoice')}
        ${link('New Export Invoice', 'new-invoice')}
      </p>
      <p class="gz-actions">${link('Upload Sales Register XLS', 'upload-sales')}</p>
      <p class="gz-filter">Search and Filter <a href="#gzFilters" id="gzFilterToggle" aria-controls="gzFilters" aria-expanded="false">Show/Hide</a></p>
      <div id="gzFilters" class="gz-filters" hidden>
        <p>Filters are not part of the practice portal: this page always shows every invoice.</p>
      </div>
      <p>This page shows Invoices in our Sales Register.<br>
        <a href="${href(view, `${paths.home}government-portal/`)}">Click here to view Sales Invoices uploaded in the Government Portal.</a></p>
${messages(view, { status, error })}      ${form}
        <p class="gz-pager">
          <a class="gz-btn gz-btn-small disabled" aria-disabled="true">← Previous Page</a>
          <a class="gz-btn gz-btn-small disabled" aria-disabled="true">Next Page →</a>
        </p>
        <p class="gz-actions">
          ${deleteSelected}
          ${link('Delete all Filtered Invoices', 'delete-filtered')}
          ${link('Download E-Invoice PDFs for Selected Invoices', 'downloads')}
          ${link('Download XLS', 'downloads')}
          ${link('Download Line Items XLS', 'downloads')}
        </p>
        <table class="${cls(view, 'gz-table gz-sales', 'table table-sm gz-sales css-r7f3mz')}">
          <thead>
            <tr>
              <th rowspan="2" class="gz-type">${selectAll} Type</th>
              <th rowspan="2">Document Number</th>
              <th rowspan="2">Document Date</th>
              <th rowspan="2">Buyer</th>
              <th rowspan="2" class="num">Amount</th>
              <th colspan="3">Taxes</th>
            </tr>
            <tr><th class="num">CGST</th><th class="num">SGST</th><th class="num">IGST</th></tr>
          </thead>
          <tbody>
            <tr class="gz-totals">
              <td colspan="4">Total of ${invoices.length} records (includes Invoices in all pages)</td>
              <td class="num">${money(sum('amount'))}</td>
              <td class="num">${money(sum('cgst'))}</td>
              <td class="num">${money(sum('sgst'))}</td>
              <td class="num">${money(sum('igst'))}</td>
            </tr>
${rows}
          </tbody>
        </table>
      </form>
    </div>
`;
  return layout(view, { title: 'Sales Register', content, scripts: ['/static/js/sales.js'] });
}

/**
 * Delete Invoices: "Are you sure…", Approve, Delete Invoices, No, Go Back.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, selected: readonly Invoice[], error?: string }} options
 */
export function deletePage(view, { taxpayer, selected, error = '' }) {
  const paths = gstzenPaths(taxpayer.gstin);
  const ids = GSTZEN_IDS[view.variant];
  const names = FIELD_NAMES[view.variant];
  const hidden = selected
    .map((i) => `<input type="hidden" name="${names.invoice}" value="${escapeHtml(i.id)}">`)
    .join('\n        ');
  const approve =
    view.variant === 'framework'
      ? `<div id="div_${ids.approve}" class="form-check css-1d3bbye">
          <input type="checkbox" name="${names.approve}" class="checkboxinput form-check-input" id="${ids.approve}">
          <label for="${ids.approve}" class="form-check-label">Approve</label>
          <small id="hint_${ids.approve}" class="form-text text-muted">Check this box to deleted the selected invoices</small>
        </div>`
      : `<div class="gz-field gz-check">
          <label><input type="checkbox" id="${ids.approve}" name="${names.approve}" value="on"> Approve</label>
          <p class="gz-help">Check this box to deleted the selected invoices</p>
        </div>`;
  const buttons =
    view.variant === 'framework'
      ? `<input type="submit" name="delete" value="Delete Invoices" class="btn btn-danger css-1ld7zp3" id="${ids.deleteInvoices}">
          <a href="${href(view, paths.sales)}" class="btn btn-secondary css-1ld7zp3" id="${ids.goBack}">No, Go Back</a>`
      : `<button type="submit" id="${ids.deleteInvoices}" class="gz-btn gz-btn-danger">Delete Invoices</button>
          <a id="${ids.goBack}" class="gz-btn" href="${href(view, paths.sales)}">No, Go Back</a>`;
  const content = `${breadcrumb(view, taxpayer, [{ text: 'Sales Invoices', href: paths.sales }, { text: 'Delete Invoices' }])}
    <div class="gz-card">
      <form id="${cls(view, 'deleteInvoicesForm', 'delete-invoices-form')}" class="gz-form" method="post" action="${href(view, paths.delete)}">
        <input type="hidden" name="${names.step}" value="confirm">
        ${hidden}
        <h3 class="gz-subtitle">${escapeHtml(GSTZEN_MESSAGES.areYouSure(selected.length))}</h3>
${messages(view, { error })}        ${approve}
        <div class="gz-form-actions">
          ${buttons}
        </div>
      </form>
    </div>
`;
  return layout(view, { title: 'Delete Invoices', content });
}

// ---------------------------------------------------------------------------------------------
// Pages outside the practice

/**
 * A page GSTZen has that the practice portal does not replicate.
 * @param {View} view
 * @param {{ title: string, taxpayer?: Taxpayer | null }} options
 */
export function notInPracticePage(view, { title, taxpayer = null }) {
  const back = taxpayer ? gstzenPaths(taxpayer.gstin).home : '/';
  const content = `${breadcrumb(view, taxpayer, [{ text: title }])}
    <div class="gz-card">
      <h2 class="gz-title">${escapeHtml(title)}</h2>
      <p>Not part of the practice portal. The practice portal replicates only what GSTZen's help
        document walks through: the E-Invoicing login and deleting test invoices from the Sales Register.</p>
      <p><a class="gz-btn" href="${href(view, back)}">${taxpayer ? 'Back to the GSTIN' : 'Back to the dashboard'}</a></p>
    </div>
`;
  return layout(view, { title, content });
}

/**
 * The answer to a GSTIN the account does not hold (status 404).
 * @param {View} view
 * @param {{ gstin: string }} options
 */
export function gstinNotFoundPage(view, { gstin }) {
  const content = `${breadcrumb(view, null, [{ text: 'GSTIN not found' }])}
    <div class="gz-card">
      <h2 class="gz-title">GSTIN not found in your GSTZen account</h2>
      <p>${escapeHtml(gstin)} is not one of the GSTINs you manage.</p>
      <p><a class="gz-btn" href="${href(view, '/')}">Back to the dashboard</a></p>
    </div>
`;
  return layout(view, { title: 'GSTIN not found', content });
}

/**
 * Any other address (status 404).
 * @param {View} view
 */
export function pageNotFoundPage(view) {
  const content = `${breadcrumb(view, null, [{ text: 'Page not found' }])}
    <div class="gz-card">
      <h2 class="gz-title">Page not found</h2>
      <p>GSTZen has no page at this address.</p>
      <p><a class="gz-btn" href="${href(view, '/')}">Back to the dashboard</a></p>
    </div>
`;
  return layout(view, { title: 'Page not found', content });
}
