// The pages of the practice production portal (einvoice1.gst.gov.in), per markup variant. Wording
// follows GSTZen's help document, Part 2 Section 2 (docs/gstzen-guide.md#production-registration)
// and the public notes on the portal (docs/portals.md#production-portal); what neither says is
// marked [guess] in practice-portal/README.md. Every page is the layout sites/einvoice1.gst.gov.in/
// index.html with its PRACTICE placeholders filled. Markup only: production.mjs decides what to show.

import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml, formatNicDate } from './variant-pages.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LAYOUT_FILE = path.join(HERE, 'sites', 'einvoice1.gst.gov.in', 'index.html');

/** The markup variants, base (as the document and the public notes describe the portal) first. */
export const PRODUCTION_VARIANTS = /** @type {const} */ (['base', 'addon', 'prefilled']);
/** @typedef {typeof PRODUCTION_VARIANTS[number]} ProductionVariant */

/**
 * How the portal answers Submit on the API Registration form:
 *   alert-load   a form POST; the answer page calls alert() as it loads
 *   dialog       a background post (fetch); the answer in an in-page dialog with OK
 *   alert-fetch  a background post (fetch); the answer in alert()
 *   page         a form POST; the answer page shows the words as text
 */
export const ANSWER_MODES = /** @type {const} */ (['alert-load', 'dialog', 'alert-fetch', 'page']);
/** @typedef {typeof ANSWER_MODES[number]} AnswerMode */

/** @type {Readonly<Record<ProductionVariant, AnswerMode>>} */
export const DEFAULT_ANSWER = Object.freeze({ base: 'alert-load', addon: 'dialog', prefilled: 'alert-fetch' });

/** What each variant imitates (for the index page and the README). */
export const PRODUCTION_VARIANT_TRAITS = Object.freeze({
  base: 'login in a dialog on the home page, "Contacts of Technical Person" after login, API_ added by the server unseen, <label for>',
  addon:
    'login on its own page, API_ as a fixed add-on before the Username box, GSP and ERP lists side by side, labels in table cells',
  prefilled: 'Username box pre-filled with API_, the left menu behind a "Menu" link, labels by aria-label/placeholder',
});

export const PATHS = Object.freeze({
  home: '/',
  login: '/Home/Login',
  loginOtp: '/Home/LoginOTP',
  mainMenu: '/Home/MainMenu',
  logout: '/Home/Logout',
  createApiUser: '/APIUserAccount/CreateAPIUser',
  verifyRegOtp: '/APIUserAccount/VerifyRegOTP',
  createUserData: '/APIUserAccount/CreateUserdata',
});

/**
 * @typedef {object} View  what every page needs to know
 * @property {ProductionVariant} variant
 * @property {AnswerMode} answer
 * @property {string} query  the practice query to keep on links, forms and redirects ('' or '?…')
 */

/**
 * @typedef {object} Taxpayer
 * @property {string} gstin
 * @property {string} name
 * @property {string} username  the portal login (shown in the header)
 */

/**
 * @typedef {object} ApiUser  one API user, as the list after a Create shows it
 * @property {string} username
 * @property {'GSP' | 'ERP'} through
 * @property {string} company
 * @property {Date} createdAt
 */

/** @param {View} view @param {string} p */
const href = (view, p) => escapeHtml(`${p}${view.query}`);

/** A JavaScript string literal safe inside <script>. @param {string} text */
const jsString = (text) => JSON.stringify(text).replace(/</g, '\\u003c');

// ---------------------------------------------------------------------------------------------
// Layout

/**
 * @typedef {object} LayoutOptions
 * @property {string} title
 * @property {string} content
 * @property {Taxpayer | null} [taxpayer]  logged in: Logout in the header and the left menu
 * @property {string} [headerLinks]  for pages before login (the home page's Login)
 * @property {string} [phone]  the practice phone (an OTP "sent")
 * @property {string[]} [scripts]  extra script paths
 * @property {string} [alertOnLoad]  a message the page shows with alert() once loaded
 */

/**
 * @param {View} view
 * @param {LayoutOptions} options
 */
export function layout(
  view,
  { title, content, taxpayer = null, headerLinks = '', phone = '', scripts = [], alertOnLoad },
) {
  const fill = /** @type {Record<string, string>} */ ({
    TITLE: escapeHtml(title),
    'BODY-CLASS': `variant-${view.variant}${taxpayer ? ' logged-in' : ''}`,
    'HEADER-LINKS': taxpayer
      ? `<span class="welcome">Welcome ${escapeHtml(taxpayer.username)}</span>
        <a id="lnkLogout" href="${href(view, PATHS.logout)}">Logout</a>`
      : headerLinks,
    SIDEBAR: taxpayer ? sidebar(view) : '',
    CONTENT: content,
    PHONE: phone,
    SCRIPTS: [
      ...scripts.map((s) => `  <script src="${escapeHtml(s)}"></script>`),
      ...(alertOnLoad
        ? [`  <script>window.addEventListener('load', function () { alert(${jsString(alertOnLoad)}); });</script>`]
        : []),
    ].join('\n'),
  });
  return readFileSync(LAYOUT_FILE, 'utf8')
    .replace(/<!--\n[\s\S]*?-->\n/, '') // the file's own comment
    .replace(/<!--PRACTICE:([A-Z-]+)-->/g, (_, name) => fill[/** @type {string} */ (name)] ?? '');
}

/**
 * The left menu: Bootstrap collapse links, all collapsed. In the prefilled variant the whole menu
 * is hidden behind a "Menu" link.
 * @param {View} view
 */
function sidebar(view) {
  const none = 'href="#" title="Not part of the practice portal"';
  /** @param {string} id @param {string} text @param {string} items */
  const parent = (id, text, items) => `
        <li>
          <a class="parentmenu" data-toggle="collapse" href="#${id}" aria-expanded="false" aria-controls="${id}">${text}</a>
          <ul id="${id}" class="collapse">${items}
          </ul>
        </li>`;
  /** @param {string} text @param {string} [link] */
  const item = (text, link) => `
            <li><a ${link ? `href="${href(view, link)}"` : none}>${text}</a></li>`;
  const menu = `<ul class="nav">
        <li><a href="${href(view, PATHS.mainMenu)}">Dash Board</a></li>${parent(
          'mnuEInvoice',
          'e-Invoice',
          item('Generate') + item('Cancel') + item('Print') + item('Bulk Upload'),
        )}${parent('mnuEwb', 'e-Way Bill', item('Generate by IRN') + item('Print EWB'))}${parent(
          'mnuReports',
          'Reports',
          item('IRN Details') + item('Cancelled IRNs'),
        )}${parent(
          'mnuApiRegistration',
          'API Registration',
          item('IP Whitelisting') +
            parent(
              'mnuUserCredentials',
              'User Credentials',
              item('Create API User', PATHS.createApiUser) + item('Freeze API User') + item('Change API Password'),
            ),
        )}${parent('mnuUserMgmt', 'User Management', item('Create Sub-User') + item('Update Profile'))}
      </ul>`;
  if (view.variant === 'prefilled') {
    return `    <div class="sidebar-wrap">
      <a id="lnkMenuToggle" class="menu-toggle" href="#" aria-controls="sidebar" aria-expanded="false">Menu</a>
      <nav class="sidebar" id="sidebar" aria-label="Main menu" hidden>
      ${menu}
      </nav>
    </div>`;
  }
  return `    <nav class="sidebar" id="sidebar" aria-label="Main menu">
      ${menu}
    </nav>`;
}

/**
 * The practice phone, showing the OTP "sent" to the registered mobile. Its data-practice-otp is
 * for automated tests only; the extension never reads it.
 * @param {string} otp
 * @param {string} purpose
 */
export function practicePhone(otp, purpose) {
  return `  <div id="practicePhone" class="practice-phone" data-practice-otp="${escapeHtml(otp)}">Practice portal — SMS to your mobile: ${escapeHtml(otp)} is the OTP for ${escapeHtml(purpose)} on the e-Invoice System</div>`;
}

// ---------------------------------------------------------------------------------------------
// Before login: home, login form, login OTP

/**
 * A captcha picture of `code` (an SVG data URL), drawn here so the server knows the code.
 * @param {string} code
 */
function captchaPicture(code) {
  const digits = [...code]
    .map((d, i) => {
      const x = 12 + i * 19 + randomInt(4);
      const y = 27 + randomInt(7);
      return `<text x="${x}" y="${y}" font-family="Courier New, monospace" font-size="${20 + randomInt(5)}" font-weight="bold" fill="#3b3b7a" transform="rotate(${randomInt(31) - 15} ${x} ${y})">${d}</text>`;
    })
    .join('');
  const noise = Array.from(
    { length: 3 },
    () =>
      `<path d="M0 ${randomInt(40)} Q ${randomInt(130)} ${randomInt(40)} 130 ${randomInt(40)}" stroke="#7a6f5a" fill="none"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="130" height="40" viewBox="0 0 130 40"><rect width="130" height="40" fill="#f1ede2"/>${noise}${digits}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The login form (the home page's dialog in base, the login page elsewhere). The captcha's code is
 * also in data-practice-code, for automated tests only.
 * @param {View} view
 * @param {{ captcha: string, message?: string }} options
 */
function loginForm(view, { captcha, message = '' }) {
  return `<form id="frmLogin" method="post" action="${href(view, PATHS.login)}" autocomplete="off">
          ${message ? `<div class="divError" role="alert">${escapeHtml(message)}</div>` : ''}
          <div class="form-group">
            <label for="txtUserName">Username</label>
            <input id="txtUserName" name="UserLogin.UserName" type="text" class="form-control" maxlength="15">
          </div>
          <div class="form-group">
            <label for="txt_password">Password</label>
            <input id="txt_password" name="UserLogin.Password" type="password" class="form-control" maxlength="15">
          </div>
          <div class="form-group captcha-row">
            <img id="captcha_image" src="${captchaPicture(captcha)}" width="130" height="40" alt="Captcha" data-practice-code="${escapeHtml(captcha)}">
          </div>
          <div class="form-group">
            <label for="CaptchaCode">Enter Captcha</label>
            <input id="CaptchaCode" name="CaptchaCode" type="text" class="form-control" maxlength="6" autocomplete="off">
          </div>
          <button type="submit" id="btnLoginSubmit" class="btn btn-primary">Login</button>
          <p class="note">Note: If you have registered on the Eway bill production portal, you may use the same credentials to login to the API e-Invoicing portal.</p>
        </form>`;
}

/**
 * The home page. Base: Login opens the form in a dialog (open already when `loginOpen`, e.g. after
 * a wrong captcha). Other variants: Login is a link to the login page.
 * @param {View} view
 * @param {{ captcha: string, loginOpen?: boolean, alertOnLoad?: string }} options
 */
export function homePage(view, { captcha, loginOpen = false, alertOnLoad }) {
  const inDialog = view.variant === 'base';
  const headerLinks = inDialog
    ? '<button type="button" id="btnLogin" class="btn-login" data-toggle="modal" data-target="#loginModal">Login</button>'
    : `<a id="btnLogin" class="btn-login" href="${href(view, PATHS.login)}">Login</a>`;
  const dialog = inDialog
    ? `
      <div id="loginModal" class="modal" role="dialog" aria-modal="true" aria-labelledby="loginTitle"${loginOpen ? '' : ' hidden'}>
        <div class="modal-dialog">
          <div class="modal-header"><h4 id="loginTitle">Login</h4></div>
          <div class="modal-body">
        ${loginForm(view, { captcha })}
          </div>
          <div class="modal-footer"><button type="button" class="btn btn-default" data-dismiss="modal">Close</button></div>
        </div>
      </div>`
    : '';
  const content = `      <h2 class="page-title">e-Invoice System</h2>
      <div class="panel">
        <div class="panel-body">
          <p>Welcome to the e-Invoice System. Registered taxpayers log in to generate and cancel
            IRNs and to create the API users that their GSP or ERP uses.</p>
          <p>Click <strong>Login</strong> and enter your Username and Password.</p>
          <p class="note">Note: If you have registered on the Eway bill production portal, you may use the same credentials to login to the API e-Invoicing portal.</p>
        </div>
      </div>${dialog}`;
  return layout(view, { title: 'e-Invoice System', content, headerLinks, alertOnLoad });
}

/**
 * The login page (every variant; base users reach it after a lost session).
 * @param {View} view
 * @param {{ captcha: string, message?: string, alertOnLoad?: string }} options
 */
export function loginPage(view, { captcha, message, alertOnLoad }) {
  const content = `      <h2 class="page-title">Login</h2>
      <div class="panel">
        <div class="panel-body">
        ${loginForm(view, { captcha, message })}
        </div>
      </div>`;
  return layout(view, { title: 'Login | e-Invoice System', content, alertOnLoad });
}

/**
 * The OTP form of the login (second factor) and of Create API User.
 * @param {View} view
 * @param {{ action: string, label: string }} options
 */
function otpForm(view, { action, label }) {
  return `<p>OTP has been sent to your registered mobile number.</p>
          <form id="frmOtp" method="post" action="${href(view, action)}" autocomplete="off">
            <div class="form-group">
              <label for="txtOtp">${label}</label>
              <input id="txtOtp" name="Otp" type="text" class="form-control" maxlength="6" inputmode="numeric">
            </div>
            <button type="submit" id="btnVerifyOTP" class="btn btn-primary">Verify OTP</button>
          </form>`;
}

/**
 * The login's second factor. Not logged in yet: no menu, no Logout.
 * @param {View} view
 * @param {{ otp: string, alertOnLoad?: string }} options
 */
export function loginOtpPage(view, { otp, alertOnLoad }) {
  const content = `      <h2 class="page-title">Login</h2>
      <div class="panel">
        <div class="panel-heading"><h3>Verify OTP</h3></div>
        <div class="panel-body">
          ${otpForm(view, { action: PATHS.loginOtp, label: 'Enter OTP' })}
        </div>
      </div>`;
  return layout(view, {
    title: 'Verify OTP | e-Invoice System',
    content,
    phone: practicePhone(otp, 'login'),
    alertOnLoad,
  });
}

// ---------------------------------------------------------------------------------------------
// After login

/**
 * The Dash Board. In base, "Contacts of Technical Person" opens over it right after login.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, techDialog: boolean }} options
 */
export function mainMenuPage(view, { taxpayer, techDialog }) {
  /** @param {string} name @param {string} color */
  const card = (name, color) => `
        <div class="card card-${color}">
          <h4>${name}</h4>
          <table><tr><td>Yesterday</td><td>0</td></tr><tr><td>During This month</td><td>0</td></tr></table>
        </div>`;
  const dialog = techDialog
    ? `
      <div id="techPersonModal" class="modal" role="dialog" aria-modal="true" aria-labelledby="techTitle">
        <div class="modal-dialog">
          <div class="modal-header"><h4 id="techTitle">Contacts of Technical Person</h4></div>
          <div class="modal-body">
            <p>Please keep the contact details of your technical person up to date, so that NIC
              can reach them about your e-Invoice integration.</p>
            <table class="grid">
              <tr><th>Name</th><th>Mobile No.</th><th>e-Mail Id</th></tr>
              <tr><td>—</td><td>—</td><td>—</td></tr>
            </table>
          </div>
          <div class="modal-footer"><button type="button" id="btnTechExit" class="btn btn-danger" data-dismiss="modal">Exit</button></div>
        </div>
      </div>`
    : '';
  const content = `      <h2 class="page-title">Dash Board</h2>
      <div class="cards">${card('Generations', 'blue')}${card('Cancelled', 'red')}
      </div>
      <table class="grid dash">
        <tr><th>Category</th><th>Yesterday</th><th>During This month</th></tr>
        <tr><td>Generations</td><td>0</td><td>0</td></tr>
        <tr><td>Cancelled</td><td>0</td><td>0</td></tr>
      </table>
      <div class="notes">
        <h4>Notes</h4>
        <ul>
          <li>Bulk IRN generation: use the bulk generation tool to generate IRNs for many invoices at once.</li>
          <li>An e-Waybill generated along with the IRN reflects on the e-Waybill portal.</li>
        </ul>
      </div>${dialog}`;
  return layout(view, { title: 'Dash Board | e-Invoice System', content, taxpayer });
}

/**
 * Create API User: the OTP to the registered mobile, and Verify OTP.
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, otp: string, alertOnLoad?: string }} options
 */
export function createApiUserPage(view, { taxpayer, otp, alertOnLoad }) {
  const content = `      <h2 class="page-title">Create API User</h2>
      <div class="panel">
        <div class="panel-heading"><h3>Create API User</h3></div>
        <div class="panel-body">
          ${otpForm(view, { action: PATHS.verifyRegOtp, label: 'Enter OTP:' })}
        </div>
      </div>`;
  return layout(view, {
    title: 'Create API User | e-Invoice System',
    content,
    taxpayer,
    phone: practicePhone(otp, 'Create API User'),
    alertOnLoad,
  });
}

/**
 * @typedef {object} Company
 * @property {string} code
 * @property {string} name
 */

/**
 * @typedef {object} FormValues  what the form shows again after a refusal (never passwords)
 * @property {string} [through]  RegType: DIRECT, GSP, ERP or CLIENTID
 * @property {string} [gsp]  GspId
 * @property {string} [erp]  ErpId
 * @property {string} [username]
 */

/**
 * @typedef {object} RegistrationOptions
 * @property {Taxpayer} taxpayer
 * @property {{ gsp: readonly Company[], erp: readonly Company[] }} companies
 * @property {FormValues} [values]
 * @property {string} [message]  the answer as page text (answer mode "page")
 * @property {string} [alertOnLoad]  the answer as alert() (answer mode "alert-load")
 */

const REG_TYPES = /** @type {const} */ ([
  { value: 'DIRECT', text: 'Directly', title: 'Directly' },
  { value: 'GSP', text: 'Through GSP', title: 'Through GSP' },
  { value: 'ERP', text: 'Through ERP', title: 'Through ERP' },
  { value: 'CLIENTID', text: 'Through Client-Id of other GSTIN', title: 'Through Client-Id of other GSTIN' },
]);

/** Ids of the form's controls, per variant (names are the same everywhere). */
const IDS = Object.freeze({
  base: {
    radio: ['rbDirect', 'rbGSP', 'rbERP', 'rbClientId'],
    gsp: 'ddlGSP',
    erp: 'ddlERP',
    user: 'txtUserName',
    pwd: 'txtPassword',
    cpwd: 'txtConfirmPassword',
    submit: 'btnSave',
  },
  addon: {
    radio: ['rdo_reg_1', 'rdo_reg_2', 'rdo_reg_3', 'rdo_reg_4'],
    gsp: 'ddl_gsp_list',
    erp: 'ddl_erp_list',
    user: 'txt_api_uname',
    pwd: 'txt_api_pwd',
    cpwd: 'txt_api_cpwd',
    submit: 'btn_submit',
  },
  prefilled: {
    radio: ['RegType_0', 'RegType_1', 'RegType_2', 'RegType_3'],
    gsp: 'GspId',
    erp: 'ErpId',
    user: 'UserName',
    pwd: 'Password',
    cpwd: 'ConfirmPassword',
    submit: 'Submit',
  },
});
export { IDS as REGISTRATION_IDS };

/**
 * @param {readonly Company[]} list @param {string} [selected]
 */
function options(list, selected = '') {
  return [
    `<option value="">--Select--</option>`,
    ...list.map(
      (c) =>
        `<option value="${escapeHtml(c.code)}"${c.code === selected ? ' selected' : ''}>${escapeHtml(c.name)}</option>`,
    ),
  ].join('\n                ');
}

/**
 * The API Registration form (/APIUserAccount/VerifyRegOTP), and the answer dialog the background
 * answer modes use.
 * @param {View} view
 * @param {RegistrationOptions} options
 */
export function registrationPage(view, { taxpayer, companies, values = {}, message, alertOnLoad }) {
  const ids = IDS[view.variant];
  const through = values.through ?? '';
  const chosen = REG_TYPES.find((t) => t.value === through);
  const form = {
    base: baseForm,
    addon: addonForm,
    prefilled: prefilledForm,
  }[view.variant]({ ids, companies, values, through });

  const content = `      <h2 class="page-title">Create API User</h2>
      ${message ? answerMessage(message) : ''}
      <div id="divRegistration">
        <div class="taxpayer-info">
          <span class="lbl">GSTIN:</span><span class="val" id="lblGstin">${escapeHtml(taxpayer.gstin)}</span>
          <span class="lbl">Name:</span><span class="val" id="lblName">${escapeHtml(taxpayer.name)}</span>
        </div>
        <div class="panel">
          <div class="panel-heading"><h3 id="regTitle">API Registration${chosen ? ` ${chosen.title}` : ''}</h3></div>
          <div class="panel-body">
          <form id="frmCreateUser" method="post" action="${href(view, PATHS.createUserData)}" autocomplete="off"
                data-lists="${view.variant === 'addon' ? 'both' : 'one'}" data-answer="${view.answer}">
${form}
            <div class="form-group buttons">
              ${
                view.variant === 'prefilled'
                  ? `<input type="submit" id="${ids.submit}" class="btn btn-primary" value="Submit">`
                  : `<button type="submit" id="${ids.submit}" class="btn btn-primary">Submit</button>`
              }
              <a id="btnExit" class="btn btn-danger" href="${href(view, PATHS.mainMenu)}">Exit</a>
            </div>
          </form>
          </div>
        </div>
      </div>
      <div id="divApiUsers"></div>
      <div id="answerDialog" class="modal" role="dialog" aria-modal="true" aria-labelledby="answerTitle" hidden>
        <div class="modal-dialog">
          <div class="modal-header"><h4 id="answerTitle">einvoice1.gst.gov.in says</h4></div>
          <div class="modal-body"><p id="answerText"></p></div>
          <div class="modal-footer"><button type="button" id="btnAnswerOk" class="btn btn-primary" data-dismiss="modal">OK</button></div>
        </div>
      </div>`;
  return layout(view, {
    title: 'Create API User | e-Invoice System',
    content,
    taxpayer,
    scripts: ['/Scripts/api-user.js'],
    alertOnLoad,
  });
}

/**
 * @typedef {object} FormParts
 * @property {typeof IDS[ProductionVariant]} ids
 * @property {RegistrationOptions['companies']} companies
 * @property {FormValues} values
 * @property {string} through
 */

/** @param {FormParts} parts @param {number} i */
const checked = (parts, i) => (REG_TYPES[i]?.value === parts.through ? ' checked' : '');

/** Base: `<label for>` on every control, one list at a time. @param {FormParts} parts */
function baseForm(parts) {
  const { ids, companies, values } = parts;
  const radios = REG_TYPES.map(
    (t, i) =>
      `<span class="opt"><input type="radio" id="${ids.radio[i]}" name="RegType" value="${t.value}" data-title="${t.title}"${checked(parts, i)}> <label for="${ids.radio[i]}">${t.text}</label></span>`,
  ).join('\n              ');
  return `            <div class="form-group radios">
              <span class="lbl">Do you wish to Register your GSTIN for</span>
              ${radios}
            </div>
            <div class="form-group" id="divGsp" hidden>
              <label for="${ids.gsp}">Select your GSP:</label>
              <select id="${ids.gsp}" name="GspId" class="form-control">
                ${options(companies.gsp, values.gsp)}
              </select>
            </div>
            <div class="form-group" id="divErp" hidden>
              <label for="${ids.erp}">Select your ERP:</label>
              <select id="${ids.erp}" name="ErpId" class="form-control">
                ${options(companies.erp, values.erp)}
              </select>
            </div>
            <div class="form-group">
              <label for="${ids.user}">Username:</label>
              <input type="text" id="${ids.user}" name="UserName" class="form-control" maxlength="20" value="${escapeHtml(values.username ?? '')}">
            </div>
            <div class="form-group">
              <label for="${ids.pwd}">Password:</label>
              <input type="password" id="${ids.pwd}" name="Password" class="form-control" maxlength="20">
            </div>
            <div class="form-group">
              <label for="${ids.cpwd}">Re-enter Password:</label>
              <input type="password" id="${ids.cpwd}" name="ConfirmPassword" class="form-control" maxlength="20">
            </div>`;
}

/**
 * Addon: a layout table whose label cells have no `for`; radios wrapped by their labels; API_ a
 * fixed add-on before the Username box; GSP and ERP lists side by side (GSP first).
 * @param {FormParts} parts
 */
function addonForm(parts) {
  const { ids, companies, values } = parts;
  const radios = REG_TYPES.map(
    (t, i) =>
      `<label class="opt"><input type="radio" id="${ids.radio[i]}" name="RegType" value="${t.value}" data-title="${t.title}"${checked(parts, i)}> ${t.text}</label>`,
  ).join('\n                  ');
  return `            <table class="layout-table">
              <tr>
                <td class="lbl">Do you wish to Register your GSTIN for</td>
                <td class="radios">
                  ${radios}
                </td>
              </tr>
              <tr id="divLists" hidden>
                <td colspan="2">
                  <div class="lists-side-by-side">
                    <table><tr><td class="lbl">Select your GSP:</td><td>
                      <select id="${ids.gsp}" name="GspId" class="form-control">
                ${options(companies.gsp, values.gsp)}
                      </select></td></tr></table>
                    <table><tr><td class="lbl">Select your ERP:</td><td>
                      <select id="${ids.erp}" name="ErpId" class="form-control">
                ${options(companies.erp, values.erp)}
                      </select></td></tr></table>
                  </div>
                </td>
              </tr>
              <tr>
                <td class="lbl">Username:</td>
                <td><div class="input-group"><span class="input-group-addon">API_</span><input type="text" id="${ids.user}" name="UserName" class="form-control" maxlength="16" value="${escapeHtml(values.username ?? '')}"></div></td>
              </tr>
              <tr>
                <td class="lbl">Password:</td>
                <td><input type="password" id="${ids.pwd}" name="Password" class="form-control" maxlength="20"></td>
              </tr>
              <tr>
                <td class="lbl">Re-enter Password:</td>
                <td><input type="password" id="${ids.cpwd}" name="ConfirmPassword" class="form-control" maxlength="20"></td>
              </tr>
            </table>`;
}

/**
 * Prefilled: no `<label>` elements; the visible text sits in a sibling <div>, the controls carry
 * aria-label / placeholder; the Username box starts with the value API_.
 * @param {FormParts} parts
 */
function prefilledForm(parts) {
  const { ids, companies, values } = parts;
  const radios = REG_TYPES.map(
    (t, i) =>
      `<span class="opt"><input type="radio" id="${ids.radio[i]}" name="RegType" value="${t.value}" data-title="${t.title}" aria-label="${t.text}"${checked(parts, i)}> ${t.text}</span>`,
  ).join('\n                ');
  return `            <div class="form-group radios" role="radiogroup" aria-label="Do you wish to Register your GSTIN for">
              <div class="lbl">Do you wish to Register your GSTIN for</div>
              <div>
                ${radios}
              </div>
            </div>
            <div class="form-group" id="divGsp" hidden>
              <div class="lbl">Select your GSP:</div>
              <select id="${ids.gsp}" name="GspId" class="form-control" aria-label="Select your GSP">
                ${options(companies.gsp, values.gsp)}
              </select>
            </div>
            <div class="form-group" id="divErp" hidden>
              <div class="lbl">Select your ERP:</div>
              <select id="${ids.erp}" name="ErpId" class="form-control" aria-label="Select your ERP">
                ${options(companies.erp, values.erp)}
              </select>
            </div>
            <div class="form-group">
              <div class="lbl">Username:</div>
              <input type="text" id="${ids.user}" name="UserName" class="form-control" maxlength="20" aria-label="Username" placeholder="Username" value="${escapeHtml(values.username ?? 'API_')}">
            </div>
            <div class="form-group">
              <div class="lbl">Password:</div>
              <input type="password" id="${ids.pwd}" name="Password" class="form-control" maxlength="20" placeholder="Password">
            </div>
            <div class="form-group">
              <div class="lbl">Re-enter Password:</div>
              <input type="password" id="${ids.cpwd}" name="ConfirmPassword" class="form-control" maxlength="20" aria-label="Re-enter Password" placeholder="Re-enter Password">
            </div>`;
}

/** The answer as text on the page (answer mode "page"). @param {string} message */
function answerMessage(message) {
  const ok = /created successfully/.test(message);
  return `<div id="answerMessage" class="answer-message${ok ? '' : ' error'}" role="status">${escapeHtml(message)}</div>`;
}

/**
 * The taxpayer's API users, as the page lists them after a Create.
 * @param {readonly ApiUser[]} users
 */
export function apiUsersTable(users) {
  const rows = users
    .map(
      (u, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(u.username)}</td><td>${u.through}</td><td>${escapeHtml(u.company)}</td><td>${formatNicDate(u.createdAt)}</td><td>Active</td></tr>`,
    )
    .join('\n          ');
  return `<h3>API Users</h3>
        <table id="tblApiUsers" class="grid">
          <tr><th>Sl.No</th><th>User Name</th><th>Registered Through</th><th>GSP/ERP Name</th><th>Created On</th><th>Status</th></tr>
          ${rows}
        </table>`;
}

/**
 * The page a form-POST Create answers with: the list of API users, with the answer as page text
 * ("page") or an alert() on load ("alert-load").
 * @param {View} view
 * @param {{ taxpayer: Taxpayer, users: readonly ApiUser[], message: string }} options
 */
export function apiUsersPage(view, { taxpayer, users, message }) {
  const content = `      <h2 class="page-title">Create API User</h2>
      ${view.answer === 'page' ? answerMessage(message) : ''}
      <div id="divApiUsers">
        ${apiUsersTable(users)}
      </div>
      <p><a href="${href(view, PATHS.mainMenu)}">Dash Board</a></p>`;
  return layout(view, {
    title: 'Create API User | e-Invoice System',
    content,
    taxpayer,
    alertOnLoad: view.answer === 'alert-load' ? message : undefined,
  });
}
