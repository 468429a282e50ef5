// The practice portal: a small HTTPS server that serves readable replicas of the NIC portals (and
// GSTZen) under their real host names. Chromium reaches it with
//   --host-resolver-rules="MAP einv-apisandbox.nic.in 127.0.0.1:PORT,..." --ignore-certificate-errors
// so the extension's content scripts inject exactly as on the real sites.
//
//   node practice-portal/server.mjs [--port 8443]
//
// Files live in practice-portal/sites/<hostname>/. The only server-side logic is the sandbox
// Registration pages and their postbacks (Submit of the own-page variant, Create: see
// handleSandboxCreate), in every markup variant of variant-pages.mjs, the production replica's
// pages (production.mjs, which gets every einvoice1.gst.gov.in request first), the GSTZen
// replica's pages (gstzen.mjs, for my.gstzen.in and its look-alike host my.gstzen.in.example.com),
// and POST /__practice/reset.
// It never logs passwords, request bodies or query strings.

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:https';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from 'selfsigned';
import { GSTZEN_TAXPAYERS, createGstzenState, handleGstzenRequest } from './gstzen.mjs';
import { GSTZEN_VARIANTS, GSTZEN_VARIANT_TRAITS, gstzenPaths } from './gstzen-pages.mjs';
import { createProductionState, handleProductionRequest } from './production.mjs';
import { PRODUCTION_VARIANTS, PRODUCTION_VARIANT_TRAITS } from './production-pages.mjs';
import { PRE_TAKEN_USERNAMES, QUIRK_GSTIN, companyByCode, isValidGstin, passwordMeetsRule } from './sandbox-data.mjs';
import {
  CREATE_ACCOUNT_PATH,
  LOGIN_PATH,
  REGISTRATION_PATH,
  SANDBOX_VARIANTS,
  VARIANT_SPECS,
  escapeHtml,
  formatNicDate,
  fieldNamesByRole,
  keepPracticeQuery,
  practiceQuery,
  renderAcknowledgement,
  renderCreateAccount,
  renderRegistration,
  variantOf,
} from './variant-pages.mjs';
import { drain, readForm } from './request-body.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SITES_DIR = path.join(HERE, 'sites');
const CERT_DIR = path.join(HERE, '..', '.certs');
const CERT_FILE = path.join(CERT_DIR, 'practice-portal.json');

export const SANDBOX_HOST = 'einv-apisandbox.nic.in';
export const PRODUCTION_HOST = 'einvoice1.gst.gov.in';
export const GSTZEN_HOST = 'my.gstzen.in';
/**
 * GSTZen's pages on a host that only looks like GSTZen's (its banner says so): the extension must
 * not run there. Served from GSTZen's folder.
 */
export const GSTZEN_LOOKALIKE_HOST = 'my.gstzen.in.example.com';
/** Every host name the portal answers for (each has a folder under sites/, but the look-alike). */
export const PRACTICE_HOSTS = Object.freeze([SANDBOX_HOST, PRODUCTION_HOST, GSTZEN_HOST, GSTZEN_LOOKALIKE_HOST]);
/** The folder under sites/ a host's files are in, where it is not the host's own name. */
const SITE_FOLDERS = /** @type {Record<string, string>} */ ({ [GSTZEN_LOOKALIKE_HOST]: GSTZEN_HOST });
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/** The cookie that carries the own-page variant's verified GSTIN from Submit to Create. */
const SESSION_COOKIE = 'ASP.NET_SessionId';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.aspx': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {object} PracticePortal
 * @property {number} port
 * @property {() => Promise<void>} close
 * @property {() => void} reset  Forget every registration made so far (and any Create delay).
 * @property {(ms: number) => void} setCreateDelay  Answer the sandbox Create postback (a press of Create, not another postback) `ms` later
 *   (to test what happens while the portal is slow); reset() sets it back to 0.
 * @property {() => void} holdCreates  Hold every sandbox Create press (not other postbacks) until
 *   releaseCreates(): a test decides when the portal answers. reset() releases them too.
 * @property {() => void} releaseCreates  Answer the held Create presses now.
 * @property {() => void} expireSessions  Forget every login session of the production replica, as
 *   a session timeout does: the next logged-in page or Submit goes to the login page ("Your session
 *   has expired. Please login again."). reset() does this too.
 * @property {string} hostResolverRules  Value for Chromium's --host-resolver-rules.
 */

/**
 * Starts the practice portal.
 * @param {{ port?: number, host?: string, quiet?: boolean, log?: (line: string) => void }} [options]
 *   `log` receives one line per request (method, host and path: never a query string or body);
 *   without it the lines go to the console unless `quiet` (the default).
 * @returns {Promise<PracticePortal>}
 */
export async function startPracticePortal({ port = 0, host = '127.0.0.1', quiet = true, log: logTo } = {}) {
  const { key, cert } = await loadCertificate();
  const state = createSandboxState();
  const production = createProductionState();
  const gstzen = createGstzenState();
  /** @type {import('node:https').Server | undefined} */
  let server;
  const log = logTo ?? (quiet ? () => {} : (/** @type {string} */ line) => console.log(line));

  server = createServer({ key, cert }, (req, res) => {
    handleRequest(req, res, { state, production, gstzen, port: actualPort(), log }).catch((err) => {
      console.error('[practice-portal] internal error:', err instanceof Error ? err.message : err);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });
  const actualPort = () => {
    const address = server?.address();
    return typeof address === 'object' && address ? address.port : port;
  };

  await new Promise((resolve, reject) => {
    server?.once('error', reject);
    server?.listen(port, host, () => resolve(undefined));
  });

  const boundPort = actualPort();
  return {
    port: boundPort,
    hostResolverRules: hostResolverRulesFor(boundPort),
    reset: () => {
      state.reset();
      production.reset();
      gstzen.reset();
    },
    expireSessions: () => production.expireSessions(),
    setCreateDelay: (ms) => {
      state.createDelayMs = Math.max(0, Number(ms) || 0);
    },
    holdCreates: () => state.holdCreates(),
    releaseCreates: () => state.releaseCreates(),
    close: () =>
      new Promise((resolve, reject) => {
        if (!server) return resolve();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The Chromium flag value that sends every practice host to this server.
 * @param {number} port
 */
export function hostResolverRulesFor(port) {
  return PRACTICE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');
}

// ---------------------------------------------------------------------------------------------
// Certificate: made once with `selfsigned`, cached in .certs/ (git-ignored).

/** @returns {Promise<{ key: string, cert: string }>} */
async function loadCertificate() {
  const wantedNames = [...PRACTICE_HOSTS, 'localhost'];
  try {
    const cached = JSON.parse(await readFile(CERT_FILE, 'utf8'));
    const fresh = Date.parse(cached.notAfter) - Date.now() > 7 * 24 * 3600 * 1000;
    const coversAll = wantedNames.every((n) => cached.names?.includes(n));
    if (fresh && coversAll && cached.key && cached.cert) return { key: cached.key, cert: cached.cert };
  } catch {
    // No usable cache: make a new certificate below.
  }
  const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 2 * 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'Practice portal (not a real NIC site)' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...wantedNames.map((value) => ({ type: /** @type {const} */ (2), value })),
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  const record = { names: wantedNames, notAfter: notAfterDate.toISOString(), key: pems.private, cert: pems.cert };
  await mkdir(CERT_DIR, { recursive: true });
  // Write then rename, so two processes starting at once never read half a file.
  const tmp = `${CERT_FILE}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(record, null, 2), { mode: 0o600 });
  await rename(tmp, CERT_FILE);
  return { key: record.key, cert: record.cert };
}

// ---------------------------------------------------------------------------------------------
// Sandbox server state: who registered, which usernames are taken. In memory only.

/**
 * @typedef {object} Registration
 * @property {string} gstin
 * @property {string} username
 * @property {string} companyName
 * @property {string} clientId
 * @property {Date} createdAt
 */

function createSandboxState() {
  /** @type {Map<string, Registration>} GSTIN -> registration */
  const byGstin = new Map();
  /** @type {Set<string>} lower-case usernames */
  const usernames = new Set();
  /** @type {Map<string, { gstin: string }>} session id -> the GSTIN verified by OTP (own-page variant) */
  const sessions = new Map();
  return {
    /** How long the Create postback waits before answering (setCreateDelay). */
    createDelayMs: 0,
    /** While set, Create presses wait for it (holdCreates … releaseCreates): a portal answering when told. */
    createHold: /** @type {{ released: Promise<void>, release: () => void } | null} */ (null),
    holdCreates() {
      if (this.createHold) return;
      /** @type {() => void} */
      let release = () => undefined;
      const released = new Promise((resolve) => (release = () => resolve(undefined)));
      this.createHold = { released, release };
    },
    releaseCreates() {
      this.createHold?.release();
      this.createHold = null;
    },
    /** @param {string} gstin */
    isRegistered: (gstin) => byGstin.has(gstin),
    /** @param {string} username */
    isUsernameTaken: (username) =>
      usernames.has(username.toLowerCase()) || PRE_TAKEN_USERNAMES.includes(username.toLowerCase()),
    /** @param {Registration} reg */
    record(reg) {
      byGstin.set(reg.gstin, reg);
      usernames.add(reg.username.toLowerCase());
    },
    /** Remembers a GSTIN verified by OTP; returns the new session's id. @param {string} gstin */
    openSession(gstin) {
      const id = randomBytes(12).toString('hex');
      sessions.set(id, { gstin });
      return id;
    },
    /** @param {string | undefined} id */
    session: (id) => (id ? sessions.get(id) : undefined),
    reset() {
      byGstin.clear();
      usernames.clear();
      sessions.clear();
      this.createDelayMs = 0;
      this.releaseCreates();
    },
  };
}
/** @typedef {ReturnType<typeof createSandboxState>} SandboxState */

// ---------------------------------------------------------------------------------------------
// Requests

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ state: SandboxState, production: import('./production.mjs').ProductionState, gstzen: import('./gstzen.mjs').GstzenState, port: number, log: (line: string) => void }} ctx
 */
async function handleRequest(req, res, ctx) {
  const hostName = hostFromHeader(req.headers.host);
  const url = new URL(req.url ?? '/', 'https://placeholder.invalid');
  const method = req.method ?? 'GET';
  // Path only: query strings and bodies are never logged.
  ctx.log(`${method} ${hostName}${url.pathname}`);

  if (url.pathname === '/__practice/reset') {
    if (method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST', { Allow: 'POST' });
    await drain(req);
    ctx.state.reset();
    ctx.production.reset();
    ctx.gstzen.reset();
    if ((req.headers.accept ?? '').includes('text/html')) {
      res.writeHead(303, { Location: '/' });
      return void res.end();
    }
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true }));
  }

  if (LOCAL_HOSTS.has(hostName)) {
    if (url.pathname !== '/' && url.pathname !== '/index.html') return notFound(res, method);
    return send(res, 200, CONTENT_TYPES['.html'], localIndexPage(ctx.port), {}, method);
  }
  if (!PRACTICE_HOSTS.includes(hostName)) {
    return send(res, 421, 'text/plain; charset=utf-8', `The practice portal does not serve "${hostName}".`);
  }

  if (hostName === SANDBOX_HOST && SANDBOX_PAGES.some((p) => sameIgnoringCase(url.pathname, p))) {
    return handleSandboxPage(req, res, url, ctx.state);
  }
  if (hostName === PRODUCTION_HOST && (await handleProductionRequest(req, res, url, ctx.production))) return;
  if (
    (hostName === GSTZEN_HOST || hostName === GSTZEN_LOOKALIKE_HOST) &&
    (await handleGstzenRequest(req, res, url, ctx.gstzen, { lookAlike: hostName === GSTZEN_LOOKALIKE_HOST }))
  ) {
    return;
  }
  if (method === 'POST') {
    await drain(req);
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
  }

  const file = await resolveSiteFile(hostName, url.pathname);
  if (!file) return notFound(res, method);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (hostName === SANDBOX_HOST && type === CONTENT_TYPES['.html']) {
    // The home and Login pages keep ?variant= (and ?cloudzen=) on their links to the registration.
    const html = keepPracticeQuery(await readFile(file, 'utf8'), practiceQuery(url));
    return send(res, 200, type, html, {}, method);
  }
  return send(res, 200, type, await readFile(file), {}, method);
}

/** `Host` header without the port, lower case. @param {string | undefined} header */
function hostFromHeader(header) {
  const value = (header ?? '').trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'));
  return value.replace(/:\d+$/, '');
}

/** @param {string} a @param {string} b */
function sameIgnoringCase(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Maps a URL path to a file under sites/<host>/, or null. Like IIS, a path's case does not
 * matter. Refuses anything that would leave the site folder, and hidden files.
 * @param {string} hostName
 * @param {string} urlPath
 * @returns {Promise<string | null>}
 */
async function resolveSiteFile(hostName, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return null;

  const root = path.join(SITES_DIR, SITE_FOLDERS[hostName] ?? hostName);
  let current = root;
  for (const segment of segments) {
    const exact = path.join(current, segment);
    if (existsSync(exact)) {
      current = exact;
      continue;
    }
    const entries = await readdir(current).catch(() => /** @type {string[]} */ ([]));
    const match = entries.find((e) => e.toLowerCase() === segment.toLowerCase());
    if (!match) return null;
    current = path.join(current, match);
  }
  if (current !== root && !current.startsWith(root + path.sep)) return null;

  const info = await stat(current).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) {
    const index = path.join(current, 'index.html');
    return existsSync(index) ? index : null;
  }
  return info.isFile() ? current : null;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string | Buffer} body
 * @param {Record<string, string>} [headers]
 * @param {string} [method]
 */
function send(res, status, type, body, headers = {}, method = 'GET') {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(buffer.length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(method === 'HEAD' ? undefined : buffer);
}

/** @param {import('node:http').ServerResponse} res @param {string} method */
function notFound(res, method) {
  send(res, 404, CONTENT_TYPES['.html'], NOT_FOUND_PAGE, {}, method);
}

const NOT_FOUND_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>404 - File or directory not found.</title>
<style>body{font-family:Verdana,Arial,sans-serif;background:#eee;margin:0}
.banner{background:#fff3cd;color:#6b5200;font-size:12px;padding:3px 8px;text-align:center}
.box{background:#fff;margin:40px auto;max-width:640px;padding:16px 24px;border:1px solid #ccc}
h1{color:#c00;font-size:18px}</style></head>
<body><div class="banner">Practice portal — not the real NIC site</div>
<div class="box"><h1>404 - File or directory not found.</h1>
<p>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</p>
<p><a href="/">Home</a></p></div></body></html>
`;

// ---------------------------------------------------------------------------------------------
// Sandbox: Registration.aspx rendering and the Create postback

/** The sandbox pages the server renders (per variant) and answers postbacks for. */
const SANDBOX_PAGES = [REGISTRATION_PATH, CREATE_ACCOUNT_PATH];

/**
 * Registration.aspx and CreateAccount.aspx in the variant the URL asks for (`?variant=`), and
 * their postbacks. `?cloudzen=gsp` lists CloudZen under GSP instead of ERP.
 *   GET  Registration.aspx   the Registration Form, initial state
 *   POST Registration.aspx   Create (its section is on this page), or, for a variant with
 *                            Create Account on its own page, Submit of the verified OTP:
 *                            remembered in a session cookie, answered with a redirect there
 *   GET  CreateAccount.aspx  that page, for the session's GSTIN (no session: back to Registration)
 *   POST CreateAccount.aspx  Create
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {SandboxState} state
 */
async function handleSandboxPage(req, res, url, state) {
  const method = req.method ?? 'GET';
  const variant = variantOf(url);
  const query = practiceQuery(url);
  const options = { query, cloudzenUnder: /** @type {const} */ (query.includes('cloudzen=gsp') ? 'GSP' : 'ERP') };
  const ownPage = VARIANT_SPECS[variant].createAccountFile !== null;
  const onCreatePage = sameIgnoringCase(url.pathname, CREATE_ACCOUNT_PATH);
  const session = state.session(cookie(req, SESSION_COOKIE));
  const html = (/** @type {string} */ body) => send(res, 200, CONTENT_TYPES['.html'], body, {}, method);
  const redirect = (/** @type {string} */ location, /** @type {Record<string, string>} */ headers = {}) => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
    res.end();
  };

  if (onCreatePage && (!ownPage || !session)) {
    // No verified GSTIN (or a variant without this page): start again, as after a lost session.
    await drain(req);
    return redirect(`${REGISTRATION_PATH}${query}`);
  }
  /** The page again, in its initial state, with `message`. */
  const again = (/** @type {string} */ message) =>
    html(
      onCreatePage
        ? renderCreateAccount(variant, { ...options, message, gstin: session?.gstin ?? '' })
        : renderRegistration(variant, { ...options, message }),
    );

  if (method === 'GET' || method === 'HEAD') return again('');
  if (method !== 'POST') {
    await drain(req);
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD, POST' });
  }
  const form = await readForm(req);
  if (!form) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large');
  // The posted fields, read by the names the variant's own markup gives its controls.
  const names = fieldNamesByRole(
    onCreatePage ? renderCreateAccount(variant, { gstin: '' }) : renderRegistration(variant),
  );
  const field = (/** @type {string} */ role) => form.get(names.get(role) ?? '') ?? '';

  if (!onCreatePage && ownPage) {
    // Submit of the verified OTP: remember the GSTIN, show Create Account on its own page.
    const gstin = field('hdn-gstin').trim().toUpperCase();
    if (field('event-target') !== names.get('submit-otp') || !isValidGstin(gstin)) {
      return again('Invalid GSTIN. Please enter a valid GSTIN.');
    }
    const id = state.openSession(gstin);
    return redirect(`${CREATE_ACCOUNT_PATH}${query}`, {
      'Set-Cookie': `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    });
  }

  // Only a press of Create (it carries a username): another postback of the form answers at once.
  if (state.createDelayMs && field('username')) await new Promise((r) => setTimeout(r, state.createDelayMs));
  if (state.createHold && field('username')) await state.createHold.released;
  const answer = handleSandboxCreate(state, {
    gstin: (session && onCreatePage ? session.gstin : field('hdn-gstin') || field('your-gstin')).trim().toUpperCase(),
    companyCode: field('company').trim(),
    clientId: field('client-id').trim(),
    username: field('username').trim(),
    // Passwords are compared, never stored, logged or echoed.
    password: field('password'),
    confirm: field('confirm'),
  });
  return 'message' in answer ? again(answer.message) : html(renderAcknowledgement(answer.acknowledgement, query));
}

/**
 * The value of cookie `name` in the request, if any.
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

/**
 * @typedef {object} CreateFields  what a Create postback carries, whatever the variant's markup
 * @property {string} gstin  verified by OTP (a hidden field, or the session's)
 * @property {string} companyCode
 * @property {string} clientId
 * @property {string} username
 * @property {string} password
 * @property {string} confirm
 */

/**
 * The Create postback, the same for every variant. Checks in a fixed order (already registered,
 * username, company/Client ID, password, confirmation) [guess: the live portal's order is unknown];
 * the texts of 3004, 3027 and 3003 are NIC's (docs/portals.md#errors-when-creating-the-api-user),
 * the others made up for practice. Answers with a message for the page, or the acknowledgement's values.
 * @param {SandboxState} state
 * @param {CreateFields} fields
 * @returns {{ message: string } | { acknowledgement: Parameters<typeof renderAcknowledgement>[0] }}
 */
function handleSandboxCreate(state, { gstin, companyCode, clientId, username, password, confirm }) {
  const company = companyByCode(companyCode);
  if (!isValidGstin(gstin)) return { message: 'Invalid GSTIN. Please enter a valid GSTIN.' };

  const problem = !username
    ? 'Please enter Username.'
    : state.isUsernameTaken(username)
      ? 'This username is already registered. Please choose a different username.'
      : !company || clientId !== company.clientId
        ? 'Invalid Client Id for the selected Company.'
        : !passwordMeetsRule(password)
          ? 'Password should contain at least one upper case, one lower case, one number and one special character [% $ # @ _ ! *]'
          : password !== confirm
            ? 'Password and Confirm Password do not match.'
            : null;

  // 1. Already registered comes first. The quirk GSTIN claims it on its first, valid, attempt
  //    too, and the account is created anyway (as users of the real portal report).
  const alreadyRegistered = { message: 'You are already registered Pl.use already created username and password...' };
  if (state.isRegistered(gstin)) return alreadyRegistered;
  if (gstin === QUIRK_GSTIN) {
    if (!problem && company)
      state.record({ gstin, username, companyName: company.name, clientId, createdAt: new Date() });
    return alreadyRegistered;
  }
  // 2-4. Username, company/Client ID, password.
  if (problem || !company) return { message: problem ?? 'Invalid Client Id for the selected Company.' };

  // 5. Created.
  const createdAt = new Date();
  state.record({ gstin, username, companyName: company.name, clientId, createdAt });
  return {
    acknowledgement: {
      GSTIN: gstin,
      USERNAME: username,
      COMPANY: company.name,
      CLIENT_ID: clientId,
      DATE: formatNicDate(createdAt),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// https://localhost:PORT/ : how to reach the replicas

/** @param {number} port */
function localIndexPage(port) {
  const rules = hostResolverRulesFor(port);
  const links = [
    [SANDBOX_HOST, 'NIC e-Invoice sandbox (trial) portal: the full API-user registration'],
    [PRODUCTION_HOST, 'NIC e-Invoice production portal: login, Dash Board, Create API User'],
    [GSTZEN_HOST, 'GSTZen: dashboard, E-Invoicing login (Tally/SAP Integration), Sales Register and Delete Invoices'],
    [GSTZEN_LOOKALIKE_HOST, 'the same GSTZen pages on a look-alike host: the extension must ignore it'],
  ]
    .map(([h, what]) => `<li><a href="https://${h}/">https://${h}/</a> — ${escapeHtml(what ?? '')}</li>`)
    .join('\n      ');
  const variantLinks = SANDBOX_VARIANTS.map((v) => {
    const href = `https://${SANDBOX_HOST}${LOGIN_PATH}${v === 'base' ? '' : `?variant=${v}`}`;
    return `<li><a href="${href}">${v}</a> — ${escapeHtml(VARIANT_SPECS[v].imitates)}</li>`;
  }).join('\n      ');
  const gstzenPageLinks = GSTZEN_TAXPAYERS.map((t) => {
    const p = gstzenPaths(t.gstin);
    const a = (/** @type {string} */ to, /** @type {string} */ text) =>
      `<a href="https://${GSTZEN_HOST}${to}">${escapeHtml(text)}</a>`;
    return `<li><code>${t.gstin}</code> ${escapeHtml(t.tradeName)} (${t.invoices} test invoices): ${a(p.home, 'home')}, ${a(p.tallySap, 'Tally/SAP Integration')}, ${a(p.login, 'login form')}, ${a(p.sales, 'Sales Register')}</li>`;
  }).join('\n      ');
  const gstzenVariantLinks = GSTZEN_VARIANTS.map((v) => {
    const href = `https://${GSTZEN_HOST}/${v === 'base' ? '' : `?variant=${v}`}`;
    return `<li><a href="${href}">${v}</a> — ${escapeHtml(GSTZEN_VARIANT_TRAITS[v])}</li>`;
  }).join('\n      ');
  const productionVariantLinks = PRODUCTION_VARIANTS.map((v) => {
    const href = `https://${PRODUCTION_HOST}/?variant=${v}`;
    return `<li><a href="${href}">${v}</a> — ${escapeHtml(PRODUCTION_VARIANT_TRAITS[v])}</li>`;
  }).join('\n      ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Practice portal</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 760px; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #222; }
    code, pre { background: #f3f3f3; border-radius: 3px; }
    pre { padding: .6em; white-space: pre-wrap; word-break: break-all; }
    .note { background: #fff3cd; padding: .5em .8em; border-radius: 4px; }
  </style>
</head>
<body>
  <h1>Practice portal</h1>
  <p class="note">Replicas of the NIC e-Invoice portals and of GSTZen for practising and testing the
    e-Invoice API Setup Assistant. <strong>Not the real NIC or GSTZen sites</strong>: nothing
    typed here goes anywhere but this server's memory.</p>
  <h2>Replicas</h2>
  <ul>
      ${links}
  </ul>
  <h2>How to open them</h2>
  <p>The replicas answer under the real host names, so the extension behaves exactly as on the
    real sites. Start Chromium with these flags, and the host names resolve to this server
    (port ${port}) instead of the internet:</p>
  <pre>--host-resolver-rules="${escapeHtml(rules)}" --ignore-certificate-errors</pre>
  <p>The certificate is self-signed, hence <code>--ignore-certificate-errors</code>. Use a
    separate profile (<code>--user-data-dir=/tmp/practice-profile</code>) so your everyday
    browser never maps the real sites here.</p>
  <h2>Practice cases on the sandbox</h2>
  <ul>
    <li>GSTIN <code>29AAFCC9980M1ZR</code>: trade name CLOUDZEN SOFTWARE LABS PRIVATE LIMITED; any other valid GSTIN: PRACTICE TRADERS PRIVATE LIMITED.</li>
    <li>GSTIN <code>${QUIRK_GSTIN}</code>: Create answers "You are already registered..." even the first time.</li>
    <li>Username <code>${PRE_TAKEN_USERNAMES.join(', ')}</code> is already taken.</li>
    <li><code>https://${SANDBOX_HOST}${REGISTRATION_PATH}?cloudzen=gsp</code> lists CloudZen under GSP instead of ERP.</li>
    <li>The OTP appears in a "practice phone" box on the page.</li>
  </ul>
  <h2>Markup variants of the sandbox registration</h2>
  <p>The same registration in other markups a portal release could bring (practice-portal/README.md):</p>
  <ul>
      ${variantLinks}
  </ul>
  <h2>Practice cases on production</h2>
  <ul>
    <li>Any login (the practice captcha and OTP are on the page) is GSTIN <code>29AAFCC9980M1ZR</code>; login <code>other</code> is <code>27AAPFU0939F1ZV</code>; <code>wronguser</code> is refused.</li>
    <li>API username <code>gstzen1234</code>, or any made since the last reset, is already registered.</li>
  </ul>
  <h2>Markup variants of production's Create API User</h2>
  <ul>
      ${productionVariantLinks}
  </ul>
  <p>Add <code>&amp;answer=alert-load</code>, <code>dialog</code>, <code>alert-fetch</code> or <code>page</code> to change how Submit is answered.</p>
  <h2>GSTZen</h2>
  <p>The dashboard lists four GSTINs; each starts in the E-Invoice sandbox environment, without
    login details. Client ID and secret <code>ZENTRIAL</code> (a username without <code>API_</code>)
    or <code>ZENLIVE</code> (a username starting with <code>API_</code>) log in. Deleting a GSTIN's
    test invoices moves it to Production; <code>?stage=sandbox</code> or <code>?stage=production</code>
    on any of its pages sets it.</p>
  <ul>
      ${gstzenPageLinks}
  </ul>
  <p>Markup variants (the same words):</p>
  <ul>
      ${gstzenVariantLinks}
  </ul>
  <p>The look-alike <a href="https://${GSTZEN_LOOKALIKE_HOST}/">https://${GSTZEN_LOOKALIKE_HOST}/</a>
    serves the same pages: the extension must not run there.</p>
  <form method="post" action="/__practice/reset"><button type="submit">Forget all practice registrations</button></form>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// CLI

/** @param {string[]} argv */
function parsePort(argv) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return 8443;
  const arg = argv[i] ?? '';
  const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port wants a number from 0 to 65535, got "${raw ?? ''}"`);
  }
  return port;
}

/** Where `npm run build` leaves the Chrome MV3 build (the project root is this folder's parent). */
export const CHROME_BUILD = path.join(HERE, '..', '.output', 'chrome-mv3');

/** @param {string} arg  a shell word as is when it needs no quotes, else in single quotes */
function shellWord(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command line that starts Chromium with the built extension on the practice portal: the
 * real host names mapped to it, its self-signed certificate accepted, and a profile of its own
 * (so the flags apply even when a Chromium is already open, and the user's profile is untouched).
 * @param {{ port: number, extensionPath?: string, userDataDir?: string }} options
 * @returns {string}
 */
export function chromiumCommandLine({
  port,
  extensionPath = CHROME_BUILD,
  userDataDir = '/tmp/einv-practice-profile',
}) {
  return [
    'chromium',
    `--user-data-dir=${shellWord(userDataDir)}`,
    `--load-extension=${shellWord(path.resolve(extensionPath))}`,
    `--host-resolver-rules="${hostResolverRulesFor(port)}"`,
    '--ignore-certificate-errors',
    '--no-first-run',
    // As root (containers, these machines) Chromium's sandbox cannot start.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `https://${SANDBOX_HOST}/`,
  ].join(' ');
}

/**
 * What `npm run practice-portal` prints once it listens: where it is, and how to start Chromium
 * with the extension on it (after `npm run build`, said first when there is no build yet).
 * @param {{ port: number, extensionPath?: string, built?: boolean }} options
 * @returns {string}
 */
export function startupMessage({ port, extensionPath = CHROME_BUILD, built }) {
  const isBuilt = built ?? existsSync(path.join(extensionPath, 'manifest.json'));
  return [
    `Practice portal: https://localhost:${port}/  (self-signed certificate)`,
    `Replicas: https://${SANDBOX_HOST}/, https://${PRODUCTION_HOST}/, https://${GSTZEN_HOST}/ (and a look-alike, https://${GSTZEN_LOOKALIKE_HOST}/, where the extension must not run), for a Chromium started with the flags below.`,
    '',
    isBuilt
      ? `To try the extension there, start Chromium with the build in ${path.resolve(extensionPath)} (npm run build makes a fresh one):`
      : `To try the extension there, build it first (no ${path.resolve(extensionPath)} yet): in another terminal, npm run build; then start Chromium:`,
    `  ${chromiumCommandLine({ port, extensionPath })}`,
    '',
    `(Debian: apt-get install chromium. Google Chrome 137 and later ignores --load-extension: there, load the folder with chrome://extensions, Developer mode, Load unpacked.)`,
  ].join('\n');
}

async function main() {
  const portal = await startPracticePortal({ port: parsePort(process.argv.slice(2)), quiet: false });
  console.log(startupMessage({ port: portal.port }));
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    portal
      .close()
      .catch((err) => console.error('[practice-portal] could not close:', err instanceof Error ? err.message : err))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
