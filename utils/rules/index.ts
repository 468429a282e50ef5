/**
 * Pure validators for what the user types on the NIC portals: no DOM, no browser APIs. The flows
 * import the checks from here; each module's own helpers and schemas are imported from it.
 */
export { type CheckResult } from './check';
export { checkGstin } from './gstin';
export { checkEmail, checkMobile } from './contact';
export { checkApiPassword, checkApiUsername, checkPasswordConfirmation } from './api-user';
