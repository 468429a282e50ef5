// The practice GSTZen (my.gstzen.in): the dashboard, a GSTIN's home, E-Invoicing > Tally/SAP
// Integration with the E-Invoice portal login, and the Sales Register with Delete Invoices, as
// GSTZen's help document walks them (Part 1 Section 2, Part 2 Sections 1 and 3). server.mjs hands
// every request for my.gstzen.in (and its look-alike host) here first; what this module does not
// answer (CSS, scripts) is served from sites/my.gstzen.in/.
//
// State is in memory: per GSTIN, its E-Invoice environment (sandbox until its test invoices are
// deleted, then production), the login details saved (client ID and username; of the password
// only whether one was given, never the password), its invoices, and one message to show once.
// The markup is gstzen-pages.mjs's; the variants are described there and in practice-portal/README.md.

import {
  FIELD_NAMES,
  GSTZEN_MESSAGES,
  GSTZEN_VARIANTS,
  NOT_IN_PRACTICE,
  STAGES,
  dashboardPage,
  deletePage,
  einvoicingPage,
  gstinHomePage,
  gstinNotFoundPage,
  gstzenPaths,
  loginPage,
  notInPracticePage,
  pageNotFoundPage,
  salesPage,
  tallySapPage,
} from './gstzen-pages.mjs';
import { drain, readForm } from './request-body.mjs';

/** @typedef {import('./gstzen-pages.mjs').GstzenVariant} GstzenVariant */
/** @typedef {import('./gstzen-pages.mjs').View} View */
/** @typedef {import('./gstzen-pages.mjs').Taxpayer} Taxpayer */
/** @typedef {import('./gstzen-pages.mjs').Invoice} Invoice */
/** @typedef {import('./gstzen-pages.mjs').LoginDetails} LoginDetails */
/** @typedef {import('./gstzen-pages.mjs').Stage} Stage */

/**
 * The GSTINs of the demo account, in the dashboard's order: CloudZen first, then the document's
 * three. `invoices` is how many sandbox test invoices each has after a reset.
 * @type {readonly (Taxpayer & { invoices: number })[]}
 */
export const GSTZEN_TAXPAYERS = Object.freeze([
  {
    gstin: '29AAFCC9980M1ZR',
    tradeName: 'CloudZen Software Labs Pvt. Ltd.',
    dashboardName: 'CLOUDZEN SOFTWARE LABS PVT. LTD.',
    stateCode: 'KA',
    stateName: 'Karnataka',
    userId: 'cloudzen',
    returnFrequency: 'Monthly and Quarterly',
    invoices: 12,
  },
  {
    gstin: '36AAECB7633H1ZN',
    tradeName: 'BRS Refineries Private Limited',
    dashboardName: 'BRS REFINERIES PRIVATE L...',
    stateCode: 'TS',
    stateName: 'Telangana',
    userId: 'brsrefineries',
    returnFrequency: 'Monthly',
    invoices: 0,
  },
  {
    gstin: '36AAECC5105F1Z3',
    tradeName: 'Connect Residuary Pvt Ltd',
    dashboardName: 'CONNECT RESIDUARY PVT LTD',
    stateCode: 'TS',
    stateName: 'Telangana',
    userId: 'connectresiduary',
    returnFrequency: 'Monthly',
    invoices: 3,
  },
  {
    gstin: '09AABCD0052F1Z6',
    tradeName: 'Denave India Private Limited',
    dashboardName: 'DENAVE INDIA PRIVATE LIM...',
    stateCode: 'UP',
    stateName: 'Uttar Pradesh',
    userId: 'denave_up',
    returnFrequency: 'Monthly',
    invoices: 0,
  },
]);

/** The client ID / secret pairs GSTZen accepts, and what each says of the username. */
export const GSTZEN_CLIENTS = Object.freeze({
  /** The NIC sandbox (trial) portal: the username must not start with API_. */
  sandbox: 'ZENTRIAL',
  /** The production portal: the username starts with API_. */
  production: 'ZENLIVE',
});
export const API_PREFIX = 'API_';

/**
 * The seeded sandbox test invoices of a GSTIN: CloudZen's are the document's (W30/KA/39741 …,
 * 30-Dec-2020, SHEKAR & YATHI..., 500.00 + 45.00 + 45.00); Connect Residuary's are made up.
 * @param {string} gstin
 * @param {number} count
 * @returns {Invoice[]}
 */
function seedInvoices(gstin, count) {
  const cloudzen = gstin === '29AAFCC9980M1ZR';
  return Array.from({ length: count }, (_, i) => ({
    id: `${gstin.slice(0, 2)}${gstin.slice(-3)}-${1001 + i}`,
    type: 'INV',
    number: cloudzen ? `W30/KA/${39741 - 355 * i}` : `CR/TS/20-21/${String(117 + i).padStart(4, '0')}`,
    date: cloudzen ? '30-Dec-2020' : `${28 + i}-Dec-2020`,
    buyer: cloudzen ? 'SHEKAR & YATHI ENTERPRISES' : 'SRI LAKSHMI TRADING COMPANY',
    amount: cloudzen ? 500 : 1000,
    cgst: cloudzen ? 45 : 90,
    sgst: cloudzen ? 45 : 90,
    igst: 0,
  }));
}

/**
 * @typedef {object} GstinState
 * @property {Stage} stage
 * @property {(LoginDetails & { passwordGiven: boolean }) | null} login
 * @property {Invoice[]} invoices
 * @property {{ page: 'tally-sap' | 'sales', status?: string, error?: string } | null} flash  shown once
 */

export function createGstzenState() {
  /** @type {Map<string, GstinState>} */
  const gstins = new Map();
  const state = {
    gstins,
    /** @param {string} gstin */
    taxpayer: (gstin) => GSTZEN_TAXPAYERS.find((t) => t.gstin === gstin) ?? null,
    /** @param {string} gstin @returns {GstinState} */
    of(gstin) {
      const found = gstins.get(gstin);
      if (!found) throw new Error(`No GSTIN ${gstin} in the practice GSTZen account.`);
      return found;
    },
    /** Back to the seed: every GSTIN in sandbox, no login details, its test invoices. */
    reset() {
      gstins.clear();
      for (const t of GSTZEN_TAXPAYERS) {
        gstins.set(t.gstin, {
          stage: 'sandbox',
          login: null,
          invoices: seedInvoices(t.gstin, t.invoices),
          flash: null,
        });
      }
    },
  };
  state.reset();
  return state;
}
/** @typedef {ReturnType<typeof createGstzenState>} GstzenState */

// ---------------------------------------------------------------------------------------------
// Requests

/**
 * The practice parameters of a URL: the variant (kept on every link, form and redirect) and the
 * look-alike host.
 * @param {URL} url
 * @param {boolean} lookAlike
 * @returns {View}
 */
export function gstzenViewOf(url, lookAlike) {
  const asked = (url.searchParams.get('variant') ?? '').toLowerCase();
  const variant = /** @type {readonly string[]} */ (GSTZEN_VARIANTS).includes(asked)
    ? /** @type {GstzenVariant} */ (asked)
    : 'base';
  return { variant, query: variant === 'base' ? '' : `?variant=${variant}`, lookAlike };
}

/** The pages under /gstin/<G>/, by the rest of the path. */
const GSTIN_PAGES = /** @type {const} */ ({
  '': 'home',
  'einvoicing/': 'einvoicing',
  'einvoicing/tally-sap/': 'tally-sap',
  'einvoicing/login/': 'login',
  'sales/': 'sales',
  'sales/delete/': 'delete',
});
/** @typedef {(typeof GSTIN_PAGES)[keyof typeof GSTIN_PAGES]} GstinPage */

/**
 * Answers a request for my.gstzen.in (or the look-alike host) if it is one of GSTZen's pages;
 * returns false for anything else (static files), which server.mjs then serves.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {GstzenState} state
 * @param {{ lookAlike?: boolean }} [options]
 * @returns {Promise<boolean>}
 */
export async function handleGstzenRequest(req, res, url, state, { lookAlike = false } = {}) {
  const method = req.method ?? 'GET';
  const view = gstzenViewOf(url, lookAlike);
  const ctx = new Exchange(req, res, view);
  const pathname = url.pathname;

  if (pathname === '/' || pathname === '/index.html') {
    if (!(await ctx.getOnly())) return true;
    ctx.html(200, dashboardPage(view, { taxpayers: GSTZEN_TAXPAYERS }));
    return true;
  }

  const elsewhere = /^\/not-in-practice\/([a-z0-9-]+)\/?$/.exec(pathname);
  if (elsewhere) {
    if (!(await ctx.getOnly())) return true;
    const title = NOT_IN_PRACTICE[/** @type {keyof typeof NOT_IN_PRACTICE} */ (elsewhere[1] ?? '')];
    ctx.html(title ? 200 : 404, title ? notInPracticePage(view, { title }) : pageNotFoundPage(view));
    return true;
  }

  const match = /^\/gstin\/([^/]+)(?:\/(.*))?$/i.exec(pathname);
  if (!match) {
    // Static files (CSS, scripts) are server.mjs's; any other address is GSTZen's "Page not found".
    if (/^\/static\//i.test(pathname)) return false;
    if (!(await ctx.getOnly())) return true;
    ctx.html(404, pageNotFoundPage(view));
    return true;
  }
  const gstin = decodeSafely(match[1] ?? '').toUpperCase();
  const taxpayer = state.taxpayer(gstin);
  if (!taxpayer) {
    await drain(req);
    ctx.html(404, gstinNotFoundPage(view, { gstin }));
    return true;
  }
  let rest = match[2] ?? '';
  if (match[2] === undefined || (rest && !rest.endsWith('/'))) {
    // GSTZen's addresses end in a slash (Django's APPEND_SLASH): redirect, keeping the query.
    await drain(req);
    ctx.redirect(301, `${gstzenPaths(gstin).home}${rest ? `${rest}/` : ''}${url.search}`, { keepQuery: false });
    return true;
  }
  rest = rest.toLowerCase();

  // ?stage=sandbox|production sets the GSTIN's E-Invoice environment from now on.
  const stage = url.searchParams.get('stage')?.toLowerCase() ?? '';
  if (/** @type {readonly string[]} */ (STAGES).includes(stage)) state.of(gstin).stage = /** @type {Stage} */ (stage);

  const page = /** @type {GstinPage | undefined} */ (GSTIN_PAGES[/** @type {keyof typeof GSTIN_PAGES} */ (rest)]);
  const about = NOT_IN_PRACTICE[/** @type {keyof typeof NOT_IN_PRACTICE} */ (rest.slice(0, -1))];
  if (!page) {
    if (!(await ctx.getOnly())) return true;
    ctx.html(about ? 200 : 404, about ? notInPracticePage(view, { title: about, taxpayer }) : pageNotFoundPage(view));
    return true;
  }

  const gstinState = state.of(gstin);
  if (method === 'POST' && (page === 'login' || page === 'delete')) {
    const form = await readForm(req);
    if (!form) {
      ctx.send(413, 'text/plain; charset=utf-8', 'Request too large');
      return true;
    }
    if (page === 'login') postLogin(ctx, taxpayer, gstinState, form);
    else selectOrDelete(ctx, taxpayer, gstinState, form);
    return true;
  }
  if (!(await ctx.getOnly())) return true;
  GET_HANDLERS[page](ctx, taxpayer, gstinState, url);
  return true;
}

/** One request and its answer. */
class Exchange {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {View} view
   */
  constructor(req, res, view) {
    this.req = req;
    this.res = res;
    this.view = view;
  }

  /** Whether the request is a GET or HEAD; answers 405 (and returns false) otherwise. */
  async getOnly() {
    const method = this.req.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') return true;
    await drain(this.req);
    this.send(405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
    return false;
  }

  /** @param {number} status @param {string} type @param {string} body @param {Record<string, string>} [headers] */
  send(status, type, body, headers = {}) {
    const buffer = Buffer.from(body, 'utf8');
    this.res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(buffer.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    this.res.end(this.req.method === 'HEAD' ? undefined : buffer);
  }

  /** @param {number} status @param {string} body */
  html(status, body) {
    this.send(status, 'text/html; charset=utf-8', body);
  }

  /**
   * A redirect, keeping the practice query unless told.
   * @param {number} status  303 after a POST, 301 for a missing slash
   * @param {string} to
   * @param {{ keepQuery?: boolean }} [options]
   */
  redirect(status, to, { keepQuery = true } = {}) {
    this.res.writeHead(status, { Location: `${to}${keepQuery ? this.view.query : ''}`, 'Cache-Control': 'no-store' });
    this.res.end();
  }
}

/**
 * The message waiting for `page`, taken (it shows once).
 * @param {GstinState} gstinState
 * @param {'tally-sap' | 'sales'} page
 */
function takeFlash(gstinState, page) {
  const flash = gstinState.flash;
  if (!flash || flash.page !== page) return {};
  gstinState.flash = null;
  return { status: flash.status, error: flash.error };
}

/** @type {Record<GstinPage, (ctx: Exchange, taxpayer: Taxpayer, gstinState: GstinState, url: URL) => void>} */
const GET_HANDLERS = {
  home(ctx, taxpayer) {
    ctx.html(200, gstinHomePage(ctx.view, { taxpayer }));
  },
  einvoicing(ctx, taxpayer) {
    ctx.html(200, einvoicingPage(ctx.view, { taxpayer }));
  },
  'tally-sap'(ctx, taxpayer, gstinState) {
    const { status } = takeFlash(gstinState, 'tally-sap');
    const login = gstinState.login
      ? { clientId: gstinState.login.clientId, username: gstinState.login.username }
      : null;
    ctx.html(200, tallySapPage(ctx.view, { taxpayer, stage: gstinState.stage, login, status }));
  },
  login(ctx, taxpayer, gstinState) {
    ctx.html(200, loginPage(ctx.view, { taxpayer, stage: gstinState.stage }));
  },
  sales(ctx, taxpayer, gstinState) {
    const { status, error } = takeFlash(gstinState, 'sales');
    ctx.html(200, salesPage(ctx.view, { taxpayer, invoices: gstinState.invoices, status, error }));
  },
  /** The base variant's selection form GETs here with the ticked invoices. */
  delete(ctx, taxpayer, gstinState, url) {
    selectOrDelete(ctx, taxpayer, gstinState, url.searchParams);
  },
};

/**
 * Login: checks the client ID and secret, then the username (API_ for production's ZENLIVE, not
 * for the sandbox's ZENTRIAL) and that a password was given; saves the details and goes to
 * Tally/SAP Integration, or shows the form again (as typed, but the password) with the refusal.
 * @param {Exchange} ctx
 * @param {Taxpayer} taxpayer
 * @param {GstinState} gstinState
 * @param {URLSearchParams} form
 */
function postLogin(ctx, taxpayer, gstinState, form) {
  const names = FIELD_NAMES[ctx.view.variant];
  const field = (/** @type {string | null} */ name) => (name ? (form.get(name) ?? '') : '');
  const values = {
    username: field(names.username).trim(),
    clientId: field(names.clientId).trim(),
    clientSecret: field(names.clientSecret).trim(),
  };
  // Checked for being there, never stored, logged or echoed.
  const passwordGiven = field(names.password) !== '';
  const decoyFilled = [names.decoyUsername, names.decoyPassword, names.decoyClientSecret].some((n) => field(n) !== '');

  const client = values.clientId;
  const sandbox = client === GSTZEN_CLIENTS.sandbox;
  const production = client === GSTZEN_CLIENTS.production;
  const error = decoyFilled
    ? GSTZEN_MESSAGES.decoyFilled
    : !(sandbox || production) || values.clientSecret !== client
      ? GSTZEN_MESSAGES.invalidClient
      : !values.username || !passwordGiven || values.username.startsWith(API_PREFIX) !== production
        ? GSTZEN_MESSAGES.invalidLogin
        : null;
  if (error) {
    ctx.html(200, loginPage(ctx.view, { taxpayer, stage: gstinState.stage, values, error }));
    return;
  }
  gstinState.login = { clientId: client, username: values.username, passwordGiven };
  gstinState.flash = { page: 'tally-sap', status: GSTZEN_MESSAGES.loggedIn(values.username) };
  ctx.redirect(303, gstzenPaths(taxpayer.gstin).tallySap);
}

/**
 * The delete page's two steps. From the Sales Register's selection (GET in base, POST in
 * framework): "Are you sure…" for the ticked invoices, or back to the register with "Select the
 * invoices to delete first." From the confirmation (step=confirm): without Approve the same page
 * with its error; with it the invoices go, the GSTIN's environment becomes production, and the
 * register says "N Invoices deleted.".
 * @param {Exchange} ctx
 * @param {Taxpayer} taxpayer
 * @param {GstinState} gstinState
 * @param {URLSearchParams} form
 */
function selectOrDelete(ctx, taxpayer, gstinState, form) {
  const names = FIELD_NAMES[ctx.view.variant];
  const wanted = new Set(form.getAll(names.invoice));
  const selected = gstinState.invoices.filter((i) => wanted.has(i.id));
  const paths = gstzenPaths(taxpayer.gstin);
  if (!selected.length) {
    gstinState.flash = { page: 'sales', error: GSTZEN_MESSAGES.selectFirst };
    ctx.redirect(303, paths.sales);
    return;
  }
  const confirming = ctx.req.method === 'POST' && form.get(names.step) === 'confirm';
  if (!confirming) {
    ctx.html(200, deletePage(ctx.view, { taxpayer, selected }));
    return;
  }
  if (!form.get(names.approve)) {
    ctx.html(200, deletePage(ctx.view, { taxpayer, selected, error: GSTZEN_MESSAGES.tickApprove }));
    return;
  }
  gstinState.invoices = gstinState.invoices.filter((i) => !wanted.has(i.id));
  gstinState.stage = 'production';
  gstinState.flash = { page: 'sales', status: GSTZEN_MESSAGES.deleted(selected.length) };
  ctx.redirect(303, paths.sales);
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** @param {string} text */
function decodeSafely(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
