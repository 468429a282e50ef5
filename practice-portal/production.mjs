// The practice production portal (einvoice1.gst.gov.in): login with captcha and OTP, the Dash
// Board, and API Registration > User Credentials > Create API User, as GSTZen's help document (Part
// 2 Section 2) walks it. server.mjs hands every request for that host here first; what this module
// does not answer (CSS, scripts, images) is served from sites/einvoice1.gst.gov.in/.
//
// State is in memory: sessions (cookie .AspNetCore.Session) and the API users created since the
// last reset. Passwords are checked against the rule and compared, never stored, logged or echoed.
// The markup is production-pages.mjs's; the variants and answer modes are described there and in
// practice-portal/README.md.

import { randomBytes, randomInt } from 'node:crypto';
import {
  ANSWER_MODES,
  DEFAULT_ANSWER,
  PATHS,
  PRODUCTION_VARIANTS,
  apiUsersPage,
  apiUsersTable,
  createApiUserPage,
  homePage,
  loginOtpPage,
  loginPage,
  mainMenuPage,
  registrationPage,
} from './production-pages.mjs';
import { CLOUDZEN, companyList, passwordMeetsRule } from './sandbox-data.mjs';
import { drain, readForm } from './request-body.mjs';

/** @typedef {import('./production-pages.mjs').ProductionVariant} ProductionVariant */
/** @typedef {import('./production-pages.mjs').AnswerMode} AnswerMode */
/** @typedef {import('./production-pages.mjs').View} View */
/** @typedef {import('./production-pages.mjs').Taxpayer} Taxpayer */
/** @typedef {import('./production-pages.mjs').ApiUser} ApiUser */

export const SESSION_COOKIE = '.AspNetCore.Session';

/** The taxpayer every login is, unless the username is `other` (OTHER_TAXPAYER). */
export const CLOUDZEN_TAXPAYER = Object.freeze({
  gstin: '29AAFCC9980M1ZR',
  name: 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED',
});
export const OTHER_TAXPAYER = Object.freeze({ gstin: '27AAPFU0939F1ZV', name: 'PRACTICE TRADERS PRIVATE LIMITED' });
/** The login username the portal refuses ("Invalid Login Credentials"). */
export const WRONG_LOGIN_USERNAME = 'wronguser';
/** API usernames taken before anyone registers (the whole name, with API_; compared ignoring case). */
export const PRE_TAKEN_API_USERNAMES = Object.freeze(['API_gstzen1234']);
export const API_PREFIX = 'API_';

/** What the portal says. NIC's own words where known (docs/portals.md); others marked in the README. */
export const MESSAGES = Object.freeze({
  invalidCredentials: 'Invalid Login Credentials',
  invalidCaptcha: 'Invalid Captcha',
  invalidOtp: 'Invalid OTP. Please enter the correct OTP.',
  sessionExpired: 'Your session has expired. Please login again.',
  chooseThrough: 'Please select Through GSP or Through ERP: the practice portal registers only these.',
  selectGsp: 'Please select your GSP.',
  selectErp: 'Please select your ERP.',
  enterUsername: 'Please enter Username.',
  prefixRequired: 'Username should start with API_',
  passwordRule:
    'Password should contain at least one upper case, one lower case, one number and one special character [% $ # @ _ ! *]',
  passwordMismatch: 'Password and Re-enter Password do not match.',
  usernameTaken: 'This username is already registered. Please choose a different username.',
  /** @param {string} username */
  created: (username) => `Api user ${username} has been created successfully`,
});

/**
 * Look-alikes of CloudZen's name in the production ERP list (made up). Picking one is allowed:
 * the portal cannot know which company the user meant.
 */
export const PRODUCTION_LOOK_ALIKES = Object.freeze([
  { code: '90011', name: 'CLOUDZEN SOFTWARE LABS PVT LTD' },
  { code: '90012', name: 'CLOUD ZEN SOFTWARE LABS PRIVATE LIMITED' },
  { code: '90013', name: 'CLOUDZEN SOFTWARES LABS PRIVATE LIMITED(GSTZen)' },
]);

const byName = (/** @type {{ name: string }} */ a, /** @type {{ name: string }} */ b) => a.name.localeCompare(b.name);
/**
 * The lists "Select your ERP:" and "Select your GSP:". CloudZen is in both: the document says
 * ERP, and the GSP entry is the trap.
 */
export const PRODUCTION_COMPANIES = Object.freeze({
  erp: Object.freeze([...companyList('ERP', 'ERP'), ...PRODUCTION_LOOK_ALIKES].map(codeAndName).sort(byName)),
  gsp: Object.freeze(companyList('GSP', 'GSP').map(codeAndName).sort(byName)),
});
export { CLOUDZEN, PRODUCTION_VARIANTS, ANSWER_MODES, DEFAULT_ANSWER, PATHS as PRODUCTION_PATHS };

/** @param {{ code: string, name: string }} c */
function codeAndName({ code, name }) {
  return Object.freeze({ code, name });
}

// ---------------------------------------------------------------------------------------------
// State

/**
 * @typedef {object} Session
 * @property {string} captcha  the code of the captcha last shown
 * @property {{ username: string, otp: string } | null} pendingLogin  password and captcha accepted, OTP not yet
 * @property {Taxpayer | null} taxpayer  logged in
 * @property {boolean} techDialog  show "Contacts of Technical Person" on the next Dash Board (base)
 * @property {string} apiOtp  the OTP of Create API User
 * @property {boolean} apiOtpVerified
 * @property {string} flash  a message for the next login page (a lost session)
 */

export function createProductionState() {
  /** @type {Map<string, Session>} */
  const sessions = new Map();
  /** @type {Map<string, ApiUser[]>} GSTIN -> its API users */
  const apiUsers = new Map();
  return {
    sessions,
    /** @param {string} gstin */
    usersOf: (gstin) => apiUsers.get(gstin) ?? [],
    /** @param {string} username  the whole name */
    isTaken(username) {
      const wanted = username.toLowerCase();
      if (PRE_TAKEN_API_USERNAMES.some((u) => u.toLowerCase() === wanted)) return true;
      return [...apiUsers.values()].some((list) => list.some((u) => u.username.toLowerCase() === wanted));
    },
    /** @param {string} gstin @param {ApiUser} user */
    record(gstin, user) {
      apiUsers.set(gstin, [...(apiUsers.get(gstin) ?? []), user]);
    },
    /** Forgets every session: the next request of a logged-in page goes to the login page. */
    expireSessions() {
      sessions.clear();
    },
    reset() {
      sessions.clear();
      apiUsers.clear();
    },
  };
}
/** @typedef {ReturnType<typeof createProductionState>} ProductionState */

// ---------------------------------------------------------------------------------------------
// Requests

/**
 * The practice parameters of a URL: the variant and answer mode, and the query to keep on links,
 * forms and redirects ('' for base with its own answer mode).
 * @param {URL} url
 * @returns {View}
 */
export function viewOf(url) {
  const asked = (url.searchParams.get('variant') ?? '').toLowerCase();
  const variant = /** @type {readonly string[]} */ (PRODUCTION_VARIANTS).includes(asked)
    ? /** @type {ProductionVariant} */ (asked)
    : 'base';
  const askedAnswer = (url.searchParams.get('answer') ?? '').toLowerCase();
  const answer = /** @type {readonly string[]} */ (ANSWER_MODES).includes(askedAnswer)
    ? /** @type {AnswerMode} */ (askedAnswer)
    : DEFAULT_ANSWER[variant];
  const kept = new URLSearchParams();
  if (variant !== 'base') kept.set('variant', variant);
  if (answer !== DEFAULT_ANSWER[variant]) kept.set('answer', answer);
  const query = kept.toString();
  return { variant, answer, query: query ? `?${query}` : '' };
}

const ROUTES = new Map(Object.values(PATHS).map((p) => [p.toLowerCase(), p]));
ROUTES.set('/index.html', PATHS.home);

/**
 * Answers a request for einvoice1.gst.gov.in if it is one of the portal's pages; returns false
 * for anything else (static files), which server.mjs then serves.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {ProductionState} state
 * @returns {Promise<boolean>}
 */
export async function handleProductionRequest(req, res, url, state) {
  const route = ROUTES.get(url.pathname.toLowerCase());
  if (!route) return false;
  const method = req.method ?? 'GET';
  const view = viewOf(url);
  const ctx = new Exchange(req, res, state, view);

  if (method === 'POST') {
    const form = await readForm(req);
    if (!form) {
      ctx.send(413, 'text/plain; charset=utf-8', 'Request too large');
      return true;
    }
    const post = POST_HANDLERS[route];
    if (post) post(ctx, form);
    else ctx.send(405, 'text/plain; charset=utf-8', 'Method not allowed');
    return true;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    await drain(req);
    ctx.send(405, 'text/plain; charset=utf-8', 'Method not allowed');
    return true;
  }
  const get = GET_HANDLERS[route];
  if (!get) return false;
  get(ctx);
  return true;
}

/** One request and its session. */
class Exchange {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {ProductionState} state
   * @param {View} view
   */
  constructor(req, res, state, view) {
    this.req = req;
    this.res = res;
    this.state = state;
    this.view = view;
    /** @type {Record<string, string>} */
    this.headers = {};
    const id = cookie(req, SESSION_COOKIE);
    const known = id ? state.sessions.get(id) : undefined;
    /** Whether the browser came with a session this server no longer knows (expired). */
    this.lost = Boolean(id && !known);
    /** @type {Session} */
    this.session = known ?? this.newSession();
  }

  /** @returns {Session} */
  newSession() {
    const id = randomBytes(16).toString('hex');
    /** @type {Session} */
    const session = {
      captcha: '',
      pendingLogin: null,
      taxpayer: null,
      techDialog: false,
      apiOtp: '',
      apiOtpVerified: false,
      flash: '',
    };
    this.state.sessions.set(id, session);
    this.headers['Set-Cookie'] = `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; Secure; SameSite=Lax`;
    return session;
  }

  /** A new captcha for the login form. */
  newCaptcha() {
    this.session.captcha = sixDigits();
    return this.session.captcha;
  }

  /** Whether a background post (fetch) asked. */
  get fromScript() {
    return this.req.headers['x-requested-with'] === 'XMLHttpRequest';
  }

  /** @param {number} status @param {string} type @param {string} body */
  send(status, type, body) {
    const buffer = Buffer.from(body, 'utf8');
    this.res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(buffer.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...this.headers,
    });
    this.res.end(this.req.method === 'HEAD' ? undefined : buffer);
  }

  /** @param {string} body */
  html(body) {
    this.send(200, 'text/html; charset=utf-8', body);
  }

  /** @param {object} body */
  json(body) {
    this.send(200, 'application/json; charset=utf-8', JSON.stringify(body));
  }

  /** A redirect to a page of the portal, keeping the practice query. @param {string} to */
  redirect(to) {
    this.res.writeHead(302, { Location: `${to}${this.view.query}`, 'Cache-Control': 'no-store', ...this.headers });
    this.res.end();
  }

  /** The login page, saying the session has expired (a fetch follows the redirect and tells its page). */
  expired() {
    // A session without a login, or one the server forgot (a new one is open then): log in again.
    this.session.taxpayer = null;
    this.session.apiOtpVerified = false;
    this.session.flash = MESSAGES.sessionExpired;
    this.redirect(PATHS.login);
  }
}

/** @type {Record<string, (ctx: Exchange) => void>} */
const GET_HANDLERS = {
  [PATHS.home](ctx) {
    ctx.html(homePage(ctx.view, { captcha: ctx.newCaptcha() }));
  },
  [PATHS.login](ctx) {
    const message = ctx.session.flash;
    // A background post that followed the redirect here leaves the message to the page it loads.
    if (!ctx.fromScript) ctx.session.flash = '';
    ctx.html(loginPage(ctx.view, { captcha: ctx.newCaptcha(), message }));
  },
  [PATHS.loginOtp](ctx) {
    const pending = ctx.session.pendingLogin;
    if (!pending) return ctx.redirect(PATHS.login);
    ctx.html(loginOtpPage(ctx.view, { otp: pending.otp }));
  },
  [PATHS.logout](ctx) {
    ctx.session.taxpayer = null;
    ctx.session.pendingLogin = null;
    ctx.session.apiOtpVerified = false;
    ctx.redirect(PATHS.home);
  },
  [PATHS.mainMenu](ctx) {
    const { taxpayer } = ctx.session;
    if (!taxpayer) return ctx.expired();
    const techDialog = ctx.session.techDialog;
    ctx.session.techDialog = false;
    ctx.html(mainMenuPage(ctx.view, { taxpayer, techDialog }));
  },
  [PATHS.createApiUser](ctx) {
    const { taxpayer } = ctx.session;
    if (!taxpayer) return ctx.expired();
    // "It will trigger an OTP to your registered mobile Number."
    ctx.session.apiOtp = sixDigits();
    ctx.session.apiOtpVerified = false;
    ctx.html(createApiUserPage(ctx.view, { taxpayer, otp: ctx.session.apiOtp }));
  },
  [PATHS.verifyRegOtp](ctx) {
    const { taxpayer } = ctx.session;
    if (!taxpayer) return ctx.expired();
    if (!ctx.session.apiOtpVerified) return ctx.redirect(PATHS.createApiUser);
    ctx.html(registrationPage(ctx.view, { taxpayer, companies: PRODUCTION_COMPANIES }));
  },
  [PATHS.createUserData](ctx) {
    ctx.redirect(ctx.session.taxpayer ? PATHS.createApiUser : PATHS.login);
  },
};

/** @type {Record<string, (ctx: Exchange, form: URLSearchParams) => void>} */
const POST_HANDLERS = {
  /** Username, password and captcha: then the OTP (second factor). */
  [PATHS.login](ctx, form) {
    const username = (form.get('UserLogin.UserName') ?? '').trim();
    const password = form.get('UserLogin.Password') ?? '';
    const captcha = (form.get('CaptchaCode') ?? '').trim();
    const problem =
      !ctx.session.captcha || captcha !== ctx.session.captcha
        ? MESSAGES.invalidCaptcha
        : !username || !password || username.toLowerCase() === WRONG_LOGIN_USERNAME
          ? MESSAGES.invalidCredentials
          : null;
    if (problem) {
      // The form again, with a new captcha: in its dialog on base's home page, else on its page.
      const captchaCode = ctx.newCaptcha();
      return ctx.html(
        ctx.view.variant === 'base'
          ? homePage(ctx.view, { captcha: captchaCode, loginOpen: true, alertOnLoad: problem })
          : loginPage(ctx.view, { captcha: captchaCode, alertOnLoad: problem }),
      );
    }
    ctx.session.captcha = '';
    ctx.session.pendingLogin = { username, otp: sixDigits() };
    ctx.redirect(PATHS.loginOtp);
  },

  [PATHS.loginOtp](ctx, form) {
    const pending = ctx.session.pendingLogin;
    if (!pending) return ctx.expired();
    if ((form.get('Otp') ?? '').trim() !== pending.otp) {
      return ctx.html(loginOtpPage(ctx.view, { otp: pending.otp, alertOnLoad: MESSAGES.invalidOtp }));
    }
    const known = pending.username.toLowerCase() === 'other' ? OTHER_TAXPAYER : CLOUDZEN_TAXPAYER;
    ctx.session.pendingLogin = null;
    ctx.session.taxpayer = { ...known, username: pending.username };
    ctx.session.techDialog = ctx.view.variant === 'base';
    ctx.redirect(PATHS.mainMenu);
  },

  /** Verify OTP of Create API User: the API Registration form, at this URL. */
  [PATHS.verifyRegOtp](ctx, form) {
    const { taxpayer } = ctx.session;
    if (!taxpayer) return ctx.expired();
    if (!ctx.session.apiOtp || (form.get('Otp') ?? '').trim() !== ctx.session.apiOtp) {
      return ctx.html(
        createApiUserPage(ctx.view, { taxpayer, otp: ctx.session.apiOtp, alertOnLoad: MESSAGES.invalidOtp }),
      );
    }
    ctx.session.apiOtpVerified = true;
    ctx.html(registrationPage(ctx.view, { taxpayer, companies: PRODUCTION_COMPANIES }));
  },

  /** Submit of the API Registration form. */
  [PATHS.createUserData](ctx, form) {
    const { taxpayer } = ctx.session;
    if (!taxpayer || !ctx.session.apiOtpVerified) return ctx.expired();
    const values = {
      through: form.get('RegType') ?? '',
      gsp: form.get('GspId') ?? '',
      erp: form.get('ErpId') ?? '',
      username: (form.get('UserName') ?? '').trim(),
    };
    const answer = createApiUser(ctx.state, ctx.view.variant, taxpayer, {
      ...values,
      // Compared, never stored, logged or echoed.
      password: form.get('Password') ?? '',
      confirm: form.get('ConfirmPassword') ?? '',
    });
    const users = ctx.state.usersOf(taxpayer.gstin);

    if (ctx.fromScript) {
      return ctx.json(answer.ok ? { ok: true, message: answer.message, usersHtml: apiUsersTable(users) } : answer);
    }
    if (answer.ok) return ctx.html(apiUsersPage(ctx.view, { taxpayer, users, message: answer.message }));
    // The form again, as filled (passwords excepted), with the answer.
    const shown = ctx.view.answer === 'page' ? { message: answer.message } : { alertOnLoad: answer.message };
    ctx.html(registrationPage(ctx.view, { taxpayer, companies: PRODUCTION_COMPANIES, values, ...shown }));
  },
};

/**
 * @typedef {object} CreateFields
 * @property {string} through  RegType: DIRECT, GSP, ERP or CLIENTID
 * @property {string} gsp  GspId
 * @property {string} erp  ErpId
 * @property {string} username  as typed (after the add-on, or the whole box in prefilled)
 * @property {string} password
 * @property {string} confirm
 */

/**
 * Create API User's checks, in a fixed order [guess: the live portal's order is unknown]: how to
 * register, the company, the username, the password rule, the confirmation, a taken name.
 * @param {ProductionState} state
 * @param {ProductionVariant} variant
 * @param {Taxpayer} taxpayer
 * @param {CreateFields} fields
 * @returns {{ ok: boolean, message: string }}
 */
export function createApiUser(state, variant, taxpayer, { through, gsp, erp, username, password, confirm }) {
  const refuse = (/** @type {string} */ message) => ({ ok: false, message });
  if (through !== 'GSP' && through !== 'ERP') return refuse(MESSAGES.chooseThrough);
  const code = through === 'ERP' ? erp : gsp;
  const company = PRODUCTION_COMPANIES[through === 'ERP' ? 'erp' : 'gsp'].find((c) => c.code === code);
  if (!company) return refuse(through === 'ERP' ? MESSAGES.selectErp : MESSAGES.selectGsp);

  // prefilled: the box holds the whole name, API_ included. Elsewhere the server adds API_ to what
  // was typed, even when that starts with API_ already [guess].
  let name;
  if (variant === 'prefilled') {
    if (!username || username === API_PREFIX) return refuse(MESSAGES.enterUsername);
    if (!username.startsWith(API_PREFIX)) return refuse(MESSAGES.prefixRequired);
    name = username;
  } else {
    if (!username) return refuse(MESSAGES.enterUsername);
    name = API_PREFIX + username;
  }
  if (!passwordMeetsRule(password)) return refuse(MESSAGES.passwordRule);
  if (password !== confirm) return refuse(MESSAGES.passwordMismatch);
  if (state.isTaken(name)) return refuse(MESSAGES.usernameTaken);

  state.record(taxpayer.gstin, { username: name, through, company: company.name, createdAt: new Date() });
  return { ok: true, message: MESSAGES.created(name) };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function sixDigits() {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name
 */
function cookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
