/**
 * Pure validators for what the user types on the NIC portals: no DOM, no browser APIs. The flows
 * import the checks from here; each module's own helpers and schemas are imported from it.
 *
 * Module-level values built by a call (zod schemas, sets) are marked `@__PURE__`: the popup and
 * the background import the site registry, which imports the flows and so these modules, and the
 * marks let the bundler drop what those bundles do not use (test/e2e/bundles.test.ts checks it).
 */
export { type CheckResult } from './check';
export { checkGstin } from './gstin';
export { checkEmail, checkMobile } from './contact';
export { checkApiPassword, checkApiUsername, checkPasswordConfirmation } from './api-user';
export { suggestPassword, suggestUsername } from './suggest';
