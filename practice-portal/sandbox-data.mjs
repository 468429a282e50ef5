// Server-side data of the sandbox replica: the GSP/ERP company lists with their client IDs, the
// trade names "found" for a GSTIN, and the fixed practice cases. Nothing here is served as a file;
// the server renders the option lists into Registration.aspx (codes and names only, never client IDs).
//
// All company names except CloudZen's are made up for practice. The client IDs are made up too,
// except CloudZen's sandbox client ID AAFCC29ERP82ZSO (GSTZen's help document).

/** The one company the assistant guides users to. */
export const CLOUDZEN = Object.freeze({
  code: '40127',
  name: 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)',
  clientId: 'AAFCC29ERP82ZSO',
});

/** A GSTIN whose Create answers "You are already registered..." the first time (the portal quirk). */
export const QUIRK_GSTIN = '29AAACJ4323N1ZC';

/** Usernames taken before anyone registers (lower case; compared case-insensitively). */
export const PRE_TAKEN_USERNAMES = Object.freeze(['gstzen1234']);

/** Trade names the Validate step "finds"; any other valid GSTIN gets DEFAULT_TRADE_NAME. */
export const TRADE_NAMES = Object.freeze({
  '29AAFCC9980M1ZR': 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED',
});
export const DEFAULT_TRADE_NAME = 'PRACTICE TRADERS PRIVATE LIMITED';

const ERP_NAMES = [
  'AARAV BUSINESS SYSTEMS PVT LTD',
  'ABHYUDAY ERP SOLUTIONS PRIVATE LIMITED',
  'ACCUBOOKS TECHNOLOGIES PVT LTD',
  'AGILE LEDGER SOFTWARE PRIVATE LIMITED(AgileLedger)',
  'AMRIT INFOTECH PVT LTD',
  'ANANTA SOFTWARE SERVICES PVT LTD',
  'BHARAT BILLING SYSTEMS PVT LTD',
  'BRIGHTCODE ERP PRIVATE LIMITED',
  'CHANAKYA ACCOUNTING SOLUTIONS LLP',
  // A look-alike on purpose: pick by the whole name, not by its start.
  'CLOUDNEST SOFTWARE SOLUTIONS PVT LTD',
  'DAKSH ENTERPRISE SOLUTIONS PVT LTD',
  'DEEPAM INFOSYSTEMS PRIVATE LIMITED',
  'EKTA ERP TECHNOLOGIES PVT LTD',
  'FINSTACK LEDGERWORKS PVT LTD',
  'GANESH SOFTECH PRIVATE LIMITED',
  'GRIHASTHA RETAIL SYSTEMS PVT LTD',
  'HIMALAYA BUSINESS SOFTWARE PVT LTD',
  'INDUS ERP CONSULTING PRIVATE LIMITED',
  'JAGRUTI SOFTWARE PVT LTD',
  'KAVERI INFOTECH SOLUTIONS PVT LTD',
  'KSHITIJ COMPUTERS PRIVATE LIMITED',
  'LAKSHYA ENTERPRISE APPLICATIONS PVT LTD',
  'MAHALAXMI SOFTWARE PVT LTD',
  'MERIDIAN ERP SYSTEMS PRIVATE LIMITED(MeridianERP)',
  'NAVYUG BUSINESS SOLUTIONS PVT LTD',
  'NILGIRI TECHNOLOGIES PVT LTD',
  'OMKAR INFOSOFT PRIVATE LIMITED',
  'PARAS ERP LABS PVT LTD',
  'PRAGATI SOFTWARE SYSTEMS PVT LTD',
  'QUICKLEDGER INDIA PRIVATE LIMITED',
  'RACHANA INFOWAYS PVT LTD',
  'SAARTHI ERP SOLUTIONS PVT LTD',
  'SHREEJI COMPUTECH PRIVATE LIMITED',
  'SUVIDHA ACCOUNTING SYSTEMS PVT LTD',
  'TARANG BUSINESS SOLUTIONS PVT LTD',
  'UDAAN SOFTLABS PRIVATE LIMITED',
  'VAIBHAV ERP TECHNOLOGIES PVT LTD',
  'VISTAAR INFOTECH PVT LTD',
  'YASH ENTERPRISE SOFTWARE PVT LTD',
  'ZENITH LEDGER SYSTEMS PRIVATE LIMITED',
];

const GSP_NAMES = [
  'AADHYA GST SERVICES PRIVATE LIMITED',
  'ACME TAXNET SOLUTIONS PVT LTD',
  'ANUGRAH GSP SERVICES PVT LTD',
  'ARTHA TAX TECHNOLOGIES PRIVATE LIMITED(ArthaGST)',
  'BHAVYA E-FILING SERVICES PVT LTD',
  'CLEARPATH TAX SYSTEMS PVT LTD',
  'COMPLYNET TECHNOLOGIES PRIVATE LIMITED',
  'DHRUV GSP SOLUTIONS PVT LTD',
  'DIGIKOSH TAX SERVICES PVT LTD',
  'EASYRETURN SOFTWARE PRIVATE LIMITED',
  'EFILE BHARAT GSP PVT LTD',
  'FISCALBRIDGE SERVICES PVT LTD',
  'GSTSETU TECHNOLOGIES PRIVATE LIMITED(GSTSetu)',
  'GUNJAN INFOTECH GSP PVT LTD',
  'HARITA TAX SOLUTIONS PVT LTD',
  'INVOICEHUB INDIA PRIVATE LIMITED',
  'JANATA GST SUVIDHA PVT LTD',
  'KARMA TAXTECH PVT LTD',
  'KOSHA DIGITAL SERVICES PRIVATE LIMITED',
  'LEKHA GSP SERVICES PVT LTD',
  'MANTRA TAX NETWORK PVT LTD',
  'MUDRA COMPLIANCE SOLUTIONS PVT LTD',
  'NIRMAL E-TAX SERVICES PRIVATE LIMITED',
  'NYAYA GSP TECHNOLOGIES PVT LTD',
  'OJAS RETURN FILING SERVICES PVT LTD',
  'PARIVAR TAX SOLUTIONS PVT LTD',
  'PRAMAAN GSP PRIVATE LIMITED(Pramaan)',
  'PUSHPAK TAXNET PVT LTD',
  'RAJASV DIGITAL SERVICES PVT LTD',
  'SAHAJ GST SOLUTIONS PRIVATE LIMITED',
  'SAMPARK E-INVOICE SERVICES PVT LTD',
  'SANCHAY TAX TECHNOLOGIES PVT LTD',
  'SETU COMPLIANCE SERVICES PRIVATE LIMITED',
  'SUGAM GSP SERVICES PVT LTD',
  'TATVA TAXTECH PVT LTD',
  'TRIVENI GST NETWORK PVT LTD',
  'UTKARSH E-RETURNS PRIVATE LIMITED',
  'VAANI TAX SOLUTIONS PVT LTD',
  'VARDHAN GSP TECHNOLOGIES PVT LTD',
  'YUKTI COMPLIANCE NETWORK PVT LTD',
];

/**
 * @typedef {{ code: string, name: string, clientId: string }} Company
 * @typedef {'GSP' | 'ERP'} RegThrough
 */

/**
 * FNV-1a, so the made-up codes and client IDs stay the same from run to run.
 * @param {string} text
 */
function hash32(text) {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Picks `count` characters of `alphabet` from a seed.
 * @param {string} seed @param {string} alphabet @param {number} count
 */
function pick(seed, alphabet, count) {
  let out = '';
  let h = hash32(seed);
  for (let i = 0; i < count; i++) {
    out += alphabet[h % alphabet.length];
    h = hash32(`${seed}:${i}:${h}`);
  }
  return out;
}

/**
 * @param {string} name
 * @param {RegThrough} kind
 * @returns {Company}
 */
function makeCompany(name, kind) {
  return {
    code: pick(`code:${name}`, '123456789', 1) + pick(`code:${name}`, '0123456789', 4),
    name,
    // Same shape as CloudZen's: 5 letters, 2 digits, GSP/ERP, 2 digits, 3 letters.
    clientId:
      'AA' +
      pick(`pan:${name}`, LETTERS, 3) +
      pick(`st:${name}`, '0123456789', 2) +
      kind +
      pick(`n:${name}`, '0123456789', 2) +
      pick(`tail:${name}`, LETTERS, 3),
  };
}

const byName = (/** @type {Company} */ a, /** @type {Company} */ b) => a.name.localeCompare(b.name);
const ERP_COMPANIES = ERP_NAMES.map((n) => makeCompany(n, 'ERP'));
const GSP_COMPANIES = GSP_NAMES.map((n) => makeCompany(n, 'GSP'));

/**
 * Names a careless match takes for CloudZen's, listed next to it under ERP in the variants that
 * ask for them (`lookAlikes`). Made up, with client IDs of their own: picking one and typing
 * CloudZen's client ID fails with "Invalid Client Id for the selected Company.".
 */
export const CLOUDZEN_LOOK_ALIKES = Object.freeze(
  ['CLOUDZEN SOFTWARE SOLUTIONS PVT LTD', 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED (OLD)'].map((n) =>
    Object.freeze(makeCompany(n, 'ERP')),
  ),
);

/**
 * The dropdown list shown for "Registration through" GSP or ERP, sorted by name.
 * CloudZen is listed under ERP, or under GSP when `cloudzenUnder` says so (`?cloudzen=gsp`);
 * with `lookAlikes`, CLOUDZEN_LOOK_ALIKES are listed under ERP too.
 * @param {RegThrough} kind
 * @param {RegThrough} [cloudzenUnder]
 * @param {{ lookAlikes?: boolean }} [options]
 * @returns {Company[]}
 */
export function companyList(kind, cloudzenUnder = 'ERP', { lookAlikes = false } = {}) {
  const list = [...(kind === 'ERP' ? ERP_COMPANIES : GSP_COMPANIES)];
  if (kind === cloudzenUnder) list.push(CLOUDZEN);
  if (lookAlikes && kind === 'ERP') list.push(...CLOUDZEN_LOOK_ALIKES);
  return list.sort(byName);
}

/**
 * @param {string} code
 * @returns {Company | undefined}
 */
export function companyByCode(code) {
  if (code === CLOUDZEN.code) return CLOUDZEN;
  return [...ERP_COMPANIES, ...GSP_COMPANIES, ...CLOUDZEN_LOOK_ALIKES].find((c) => c.code === code);
}

const GSTIN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * GSTIN shape and check character (python-stdnum's algorithm [src: docs/portals.md#check-character]).
 * @param {string} gstin
 */
export function isValidGstin(gstin) {
  if (!/^[0-9]{2}[A-Z]{3}[PCHFATBLJGKE][A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(gstin)) return false;
  const state = Number(gstin.slice(0, 2));
  if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const p = GSTIN_CHARS.indexOf(gstin[i] ?? '') * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return GSTIN_CHARS[(36 - (sum % 36)) % 36] === gstin[14];
}

/** NIC's password rule (error 3003). @param {string} password */
export function passwordMeetsRule(password) {
  return /[A-Z]/.test(password) && /[a-z]/.test(password) && /[0-9]/.test(password) && /[%$#@_!*]/.test(password);
}
