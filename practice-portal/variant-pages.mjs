// The sandbox Registration screens in several markups ("variants"), each something a real portal
// release could bring, chosen by `?variant=<name>` on the Login, Registration and Create Account
// URLs. A variant is a page file plus a few data-practice-* attributes that tell the shared
// script (sites/einv-apisandbox.nic.in/einvapiclient/EncDesc/registration.js) what it does
// differently; the server's checks (server.mjs, handleSandboxCreate) are the same for all.
//
// This module renders the pages (the server uses it) and loads them statically, scripts
// stripped, for the engine's unit tests (staticVariantPage). It reads files only; no browser.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { companyList } from './sandbox-data.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SANDBOX_DIR = path.join(HERE, 'sites', 'einv-apisandbox.nic.in');
const ENC_DESC_DIR = path.join(SANDBOX_DIR, 'einvapiclient', 'EncDesc');
const TEMPLATES_DIR = path.join(HERE, 'templates');

export const LOGIN_PATH = '/einvapiclient/Login.aspx';
export const REGISTRATION_PATH = '/einvapiclient/EncDesc/Registration.aspx';
export const CREATE_ACCOUNT_PATH = '/einvapiclient/EncDesc/CreateAccount.aspx';

/** The variant names, base (the page as GSTZen's help document shows it) first. */
export const SANDBOX_VARIANTS = /** @type {const} */ (['base', 'tables', 'hide-otp', 'own-page']);
/** @typedef {typeof SANDBOX_VARIANTS[number]} SandboxVariant */

/**
 * @typedef {object} VariantSpec
 * @property {string} imitates  what portal release the variant stands for
 * @property {string} registrationFile  the Registration page's markup
 * @property {string | null} createAccountFile  Create Account on a page of its own (served at
 *   CREATE_ACCOUNT_PATH after Submit), or null when it is a section of the Registration page
 * @property {Record<string, string>} formAttributes  data-practice-* attributes added to the
 *   Registration page's <form> for registration.js (see there)
 * @property {{ lookAlikes?: boolean, trailingSpace?: boolean }} companies  how the company lists look
 */

const BASE_REGISTRATION = path.join(ENC_DESC_DIR, 'Registration.aspx');

/** @type {Readonly<Record<SandboxVariant, VariantSpec>>} */
export const VARIANT_SPECS = Object.freeze({
  base: {
    imitates: "the Registration Form of GSTZen's help document (WebForms, <label for> on every field)",
    registrationFile: BASE_REGISTRATION,
    createAccountFile: null,
    formAttributes: {},
    companies: {},
  },
  tables: {
    imitates:
      'an older or re-generated page: label cells without <label for>, framework ids, <button>s, "Registration through" as a dropdown',
    registrationFile: path.join(TEMPLATES_DIR, 'variants', 'tables.aspx'),
    createAccountFile: null,
    formAttributes: {},
    companies: { lookAlikes: true, trailingSpace: true },
  },
  'hide-otp': {
    imitates:
      'a release with UpdatePanels: the OTP box goes away once accepted, the company list is fetched after the choice',
    registrationFile: BASE_REGISTRATION,
    createAccountFile: null,
    formAttributes: { 'data-practice-after-otp': 'hide-otp', 'data-practice-company-delay': '400' },
    companies: {},
  },
  'own-page': {
    imitates: 'a release that moves Create Account to a page of its own (Bootstrap-style markup, fieldset radios)',
    registrationFile: BASE_REGISTRATION,
    createAccountFile: path.join(ENC_DESC_DIR, 'CreateAccount.aspx'),
    formAttributes: { 'data-practice-after-otp': 'post' },
    companies: {},
  },
});

/**
 * The variant a URL asks for (`?variant=`), or 'base' for none or an unknown name.
 * @param {URL} url
 * @returns {SandboxVariant}
 */
export function variantOf(url) {
  const asked = url.searchParams.get('variant')?.toLowerCase() ?? '';
  return /** @type {readonly string[]} */ (SANDBOX_VARIANTS).includes(asked)
    ? /** @type {SandboxVariant} */ (asked)
    : 'base';
}

/**
 * The practice parameters of a URL, as a query string to keep on the sandbox's own links and form
 * actions ('' when there are none): `variant` (a known, non-base one) and `cloudzen=gsp`.
 * @param {URL} url
 */
export function practiceQuery(url) {
  const kept = new URLSearchParams();
  const variant = variantOf(url);
  if (variant !== 'base') kept.set('variant', variant);
  if (url.searchParams.get('cloudzen')?.toLowerCase() === 'gsp') kept.set('cloudzen', 'gsp');
  const query = kept.toString();
  return query ? `?${query}` : '';
}

/**
 * Adds `query` to the links and form actions that lead to the Login, Registration and Create
 * Account pages, as a WebForms page keeps its query string across postbacks.
 * @param {string} html
 * @param {string} query  from practiceQuery()
 */
export function keepPracticeQuery(html, query) {
  if (!query) return html;
  const escaped = escapeHtml(query);
  return html.replace(
    /((?:href|action)=")(\/einvapiclient\/(?:Login|EncDesc\/Registration|EncDesc\/CreateAccount)\.aspx)"/gi,
    (_, attr, target) => `${attr}${target}${escaped}"`,
  );
}

/**
 * @typedef {object} RenderOptions
 * @property {string} [query]  practiceQuery() of the request
 * @property {string} [message]  text for the page's message (red)
 * @property {'ERP' | 'GSP'} [cloudzenUnder]  which list holds CloudZen (`?cloudzen=gsp`)
 */

/**
 * The Registration page of `variant` in its initial state.
 * @param {SandboxVariant} variant
 * @param {RenderOptions} [options]
 */
export function renderRegistration(variant, options = {}) {
  const spec = VARIANT_SPECS[variant];
  let html = fillPlaceholders(readFileSync(spec.registrationFile, 'utf8'), variant, options);
  if (spec.createAccountFile) {
    // Create Account lives on its own page: this page has no such section.
    html = html.replace(/[ \t]*<!--PRACTICE:CREATE-ACCOUNT-->[\s\S]*?<!--\/PRACTICE:CREATE-ACCOUNT-->\n?/, '');
  }
  const attributes = Object.entries(spec.formAttributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  if (attributes) html = html.replace(/<form\b/, `<form${attributes}`);
  return html;
}

/**
 * The Create Account page of a variant that has one, for the verified `gstin`.
 * @param {SandboxVariant} variant
 * @param {RenderOptions & { gstin: string }} options
 */
export function renderCreateAccount(variant, options) {
  const file = VARIANT_SPECS[variant].createAccountFile;
  if (!file) throw new Error(`The "${variant}" variant has Create Account on its Registration page.`);
  return fillPlaceholders(readFileSync(file, 'utf8'), variant, options).replace(
    '<!--PRACTICE:GSTIN-->',
    escapeHtml(options.gstin),
  );
}

/**
 * The acknowledgement a successful Create answers with (the same for every variant).
 * @param {{ GSTIN: string, USERNAME: string, COMPANY: string, CLIENT_ID: string, DATE: string }} values
 * @param {string} [query]
 */
export function renderAcknowledgement(values, query = '') {
  const template = readFileSync(path.join(TEMPLATES_DIR, 'sandbox-acknowledgement.html'), 'utf8');
  const html = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key) =>
    key in values ? escapeHtml(values[/** @type {keyof typeof values} */ (key)]) : whole,
  );
  return keepPracticeQuery(html, query);
}

/**
 * @param {string} html
 * @param {SandboxVariant} variant
 * @param {RenderOptions} options
 */
function fillPlaceholders(html, variant, { query = '', message = '', cloudzenUnder = 'ERP' }) {
  const { lookAlikes = false, trailingSpace = false } = VARIANT_SPECS[variant].companies;
  const options = (/** @type {'GSP' | 'ERP'} */ kind) =>
    companyList(kind, cloudzenUnder, { lookAlikes })
      .map(
        (c) => `      <option value="${escapeHtml(c.code)}">${escapeHtml(c.name)}${trailingSpace ? ' ' : ''}</option>`,
      )
      .join('\n');
  const lists =
    `<template id="practiceCompaniesGSP">\n${options('GSP')}\n    </template>\n` +
    `    <template id="practiceCompaniesERP">\n${options('ERP')}\n    </template>`;
  html = html.replace('<!--PRACTICE:COMPANY_LISTS-->', lists).replace('<!--PRACTICE:MESSAGE-->', escapeHtml(message));
  return keepPracticeQuery(html, query);
}

/**
 * The form field names a page gives its controls, by data-practice role (e.g. "client-id" ->
 * "ctl00$ContentPlaceHolder1$txtClientId"), so one Create handler reads every variant's postback.
 * @param {string} html
 * @returns {Map<string, string>}
 */
export function fieldNamesByRole(html) {
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const [tag] of html.matchAll(/<(?:input|select|textarea|button)\b[^>]*>/gi)) {
    const role = /\sdata-practice="([^"]+)"/.exec(tag)?.[1];
    const name = /\sname="([^"]+)"/.exec(tag)?.[1];
    if (role && name && !names.has(role)) names.set(role, name);
  }
  return names;
}

/**
 * The sections of each variant's pages, as CSS selectors, hidden until the page's script shows
 * them (by `style="display:none"` or `hidden`): what a unit test reveals by hand after
 * staticVariantPage(), in the order a user meets them.
 */
export const VARIANT_SECTIONS = Object.freeze({
  otp: '[data-practice="otp-section"]',
  createAccount: '[data-practice="create-section"]',
  company: '[data-practice="company-section"]',
});

/**
 * A variant's page as its file says, for the engine's unit tests: placeholders filled (the
 * company lists stay in their <template>s), scripts and stylesheets removed, and with `reveal`
 * every hidden section shown (style="display:none" and `hidden` dropped, the practice phone
 * excepted). Load the result with `document.documentElement.innerHTML = ...`.
 * @param {SandboxVariant} variant
 * @param {'registration' | 'create-account'} [page]  'create-account' only for own-page
 * @param {{ reveal?: boolean, message?: string, gstin?: string }} [options]
 */
export function staticVariantPage(
  variant,
  page = 'registration',
  { reveal = false, message = '', gstin = '29AAFCC9980M1ZR' } = {},
) {
  let html =
    page === 'registration'
      ? renderRegistration(variant, { message })
      : renderCreateAccount(variant, { message, gstin });
  html = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<link[^>]*>/gi, '');
  if (reveal) {
    html = html
      .replace(/\s+style="display:\s*none;?"/gi, '')
      .replace(/<(?!div id="practicePhone")([a-z]+\b[^>]*?)\s+hidden(?=[\s>])/gi, '<$1');
  }
  return html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** India's offset from UTC (no daylight saving): NIC's servers show India's time. */
const IST_OFFSET_MS = 330 * 60_000;

/**
 * dd/MM/yyyy hh:mm:ss AM in India's time, as NIC pages show dates, whatever the time zone of the
 * machine the practice portal runs on (the assistant's popup shows the same moment in IST).
 * @param {Date} d
 */
export function formatNicDate(d) {
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const ist = new Date(d.getTime() + IST_OFFSET_MS);
  const hours = ist.getUTCHours() % 12 || 12;
  return (
    `${two(ist.getUTCDate())}/${two(ist.getUTCMonth() + 1)}/${ist.getUTCFullYear()} ` +
    `${two(hours)}:${two(ist.getUTCMinutes())}:${two(ist.getUTCSeconds())} ${ist.getUTCHours() < 12 ? 'AM' : 'PM'}`
  );
}
