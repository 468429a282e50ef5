/** Pure validators for what the user types on the NIC portals: no DOM, no browser APIs. */
export {
  type CheckResult,
  type CheckStatus,
  combine,
  empty,
  error,
  isAcceptable,
  listInWords,
  ok,
  warning,
  worstStatus,
} from './check';
export { checkGstin, gstinCheckCharacter, gstinSchema, isValidGstin, normaliseGstin } from './gstin';
export { checkEmail, checkMobile, emailSchema, mobileSchema, normaliseMobile } from './contact';
export {
  API_USERNAME_PREFIX,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_SPECIALS,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  type ApiEnvironment,
  type PasswordContext,
  apiPasswordSchema,
  apiUsernameForGstzen,
  apiUsernameSchema,
  checkApiPassword,
  checkApiUsername,
  checkPasswordConfirmation,
  productionApiUsername,
} from './api-user';
