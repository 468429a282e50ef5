// The practice GSTZen's controls (gstzen-pages.mjs) as CSS selectors, per markup variant, its
// seeded GSTINs and its paths, for the scripts and browser tests that play the user by hand. The
// extension itself never uses these: it finds GSTZen's controls by their visible words.

import { API_PREFIX, GSTZEN_CLIENTS, GSTZEN_TAXPAYERS } from './gstzen.mjs';
import { GSTZEN_IDS, GSTZEN_MESSAGES, GSTZEN_VARIANTS, STAGE_TEXT, gstzenPaths } from './gstzen-pages.mjs';

export { API_PREFIX, GSTZEN_CLIENTS, GSTZEN_MESSAGES, GSTZEN_VARIANTS, STAGE_TEXT, gstzenPaths };
/** @typedef {import('./gstzen-pages.mjs').GstzenVariant} GstzenVariant */

/**
 * The GSTINs of the practice account after a reset, in the dashboard's order: trade name, state
 * and how many sandbox test invoices each has.
 * @type {readonly { gstin: string, tradeName: string, dashboardName: string, stateCode: string, invoices: number }[]}
 */
export const GSTZEN_GSTINS = Object.freeze(
  GSTZEN_TAXPAYERS.map(({ gstin, tradeName, dashboardName, stateCode, invoices }) =>
    Object.freeze({ gstin, tradeName, dashboardName, stateCode, invoices }),
  ),
);

/**
 * @typedef {object} GstzenControls  CSS selectors, one control each (on the page where it is)
 * @property {string} username  "E-Invoice API Portal Username" (the real one)
 * @property {string} password  "E-Invoice API Portal Password" (the real one)
 * @property {string} clientId  "E-Invoice Client ID"
 * @property {string} clientSecret  "E-Invoice Client Secret Key"
 * @property {string | null} decoyUsername  the off-screen honeypot labelled like the username (framework), else null
 * @property {string | null} decoyPassword  the hidden legacy password field (framework), else null
 * @property {string | null} decoyClientSecret  a secret box inside a 1-px clipped box (framework), else null
 * @property {string} loginButton  "Login"
 * @property {string} selectAll  the Sales Register's header checkbox next to "Type"
 * @property {string} invoiceCheckboxes  every invoice's checkbox in the page
 * @property {string} deleteSelected  "Delete selected Invoices in page"
 * @property {string} approve  the "Approve" checkbox
 * @property {string} deleteInvoices  "Delete Invoices"
 * @property {string} goBack  "No, Go Back"
 * @property {string} status  the success message (role=status)
 * @property {string} error  the error message (role=alert)
 */

/**
 * The controls of a variant, as CSS selectors.
 * @param {GstzenVariant | string} [variant]
 * @returns {Readonly<GstzenControls>}
 */
export function gstzenControls(variant = 'base') {
  if (!(/** @type {readonly string[]} */ (GSTZEN_VARIANTS).includes(variant))) {
    throw new Error(`No practice GSTZen variant "${variant}"; there are: ${GSTZEN_VARIANTS.join(', ')}.`);
  }
  const ids = GSTZEN_IDS[/** @type {GstzenVariant} */ (variant)];
  const byId = (/** @type {string} */ id) => `[id="${id}"]`;
  return Object.freeze({
    username: byId(ids.username),
    password: byId(ids.password),
    clientId: byId(ids.clientId),
    clientSecret: byId(ids.clientSecret),
    decoyUsername: ids.decoyUsername ? byId(ids.decoyUsername) : null,
    decoyPassword: ids.decoyPassword ? byId(ids.decoyPassword) : null,
    decoyClientSecret: ids.decoyClientSecret ? byId(ids.decoyClientSecret) : null,
    loginButton: byId(ids.login),
    selectAll: byId(ids.selectAll),
    invoiceCheckboxes: 'input[type="checkbox"][name="invoice"]',
    deleteSelected: byId(ids.deleteSelected),
    approve: byId(ids.approve),
    deleteInvoices: byId(ids.deleteInvoices),
    goBack: byId(ids.goBack),
    status: `${byId(ids.status)}[role="status"]`,
    error: `${byId(ids.error)}[role="alert"]`,
  });
}

/**
 * The query a walk of `variant` carries on every URL ('' for base).
 * @param {GstzenVariant | string} [variant]
 */
export function gstzenQuery(variant = 'base') {
  gstzenControls(variant); // throws on an unknown name
  return variant === 'base' ? '' : `?variant=${variant}`;
}
