/**
 * The API user's username and password, typed on the sandbox "Create Account" form or the
 * production "Create API User" form.
 *
 * NIC documents only the password's character classes (error 3003); every length limit and
 * every character rule for usernames is a guess, so breaking one is a warning, never an error.
 * Facts and sources: docs/portals.md#nic-rules-and-messages.
 * Messages are shown on the page: they never repeat the password, nor any character of it.
 */
import { z } from 'zod/mini';
import { HIDDEN_KINDS, oddCharacterProblem, tooLongProblem, trimAscii, withoutHidden } from './characters';
import { type CheckResult, combine, empty, error, ok, warning } from './check';
import { listInWords, type MessageKey, t } from '../i18n/t';

import type { Environment } from '../environments';

/**
 * Production API usernames get this prefix from the portal, and it must be typed in GSTZen
 * [src: docs/portals.md#production-username-prefix: Zoho help, flobiz, GSTZen's API docs, GSTZen's
 * help document]. Sandbox usernames get none
 * [src: docs/portals.md#sandbox-client-id-and-usernames: Zoho help, flobiz].
 */
export const API_USERNAME_PREFIX = 'API_';

/**
 * Does the answer name the user the press created? Exactly `API_` + what the box held, or the
 * box itself when it already started with `API_` (the page put it there, or the user typed it).
 */
export function namesTypedUser(created: string, typed: string): boolean {
  const box = typed.trim();
  return created === API_USERNAME_PREFIX + box || (box.startsWith(API_USERNAME_PREFIX) && created === box);
}

/**
 * e-Invoice *web* usernames are 6-15 characters
 * [src: docs/portals.md#username-and-password-length: filegst.com, tallyexport].
 * The limit for API users is [unknown], so these only raise warnings.
 */
export const USERNAME_MIN_LENGTH = 6;
export const USERNAME_MAX_LENGTH = 15;

/**
 * Password length for API users is [unknown]; no public source gives any password length
 * (docs/portals.md#username-and-password-length). 8-15 is the team's working assumption
 * [guess: 8 is the usual minimum of password advice, 15 matches the sourced username maximum];
 * only warnings.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 15;

/**
 * Hard caps, checked before any regex: the most the vault keeps (utils/vault/credential-set.ts),
 * so a longer name or password could never be saved. Breaking one is an error.
 */
export const USERNAME_INPUT_MAX = 100;
export const PASSWORD_INPUT_MAX = 200;

/**
 * The special characters NIC's error 3003 names
 * [src: docs/portals.md#password-rule-error-3003: NIC's API error code list].
 * NIC says "such as", so others may work too; we require one of these and warn about others.
 */
export const PASSWORD_SPECIALS = '%$#@_!*';
const SPECIALS_SPACED = PASSWORD_SPECIALS.split('').join(' ');

/** A password needs the username in it to be at least this long before we warn (avoids noise). */
const MIN_USERNAME_TO_COMPARE = 3;

// ── Username ───────────────────────────────────────────────────────────────────────────────────

/**
 * How a production page shows the `API_` prefix (docs/portals.md#production-username-prefix):
 * - `add-on`: fixed text before the box; the user types only the rest.
 * - `in-box`: the page put `API_` in the box; the user types after it and the box holds the name.
 * - `none`: the page says nothing (the server adds it).
 */
export type PrefixShown = 'add-on' | 'in-box' | 'none';

/**
 * `value` is what the box holds. Sandbox names are used as typed; production names get `API_`
 * in the way `shown` says, and NIC's length and character rules apply to that final name.
 */
export function checkApiUsername(value: string, env: Environment, shown: PrefixShown = 'none'): CheckResult {
  if (env === 'sandbox') {
    if (trimAscii(value) === '') {
      return empty(t('check_username_sandbox_empty', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH }));
    }
    return combine(usernameProblems(value), ok(t('check_username_sandbox_ok')));
  }
  return checkProductionUsername(value, shown);
}

/** The empty box's message, per way the page shows the prefix. */
const PRODUCTION_EMPTY: Record<PrefixShown, MessageKey> = {
  'in-box': 'check_username_production_empty_in_box',
  'add-on': 'check_username_production_empty_add_on',
  none: 'check_username_production_empty_none',
};

function checkProductionUsername(value: string, shown: PrefixShown): CheckResult {
  const inBox = shown === 'in-box';
  const typed = inBox && value.startsWith(API_USERNAME_PREFIX) ? value.slice(API_USERNAME_PREFIX.length) : value;
  const max = USERNAME_MAX_LENGTH - API_USERNAME_PREFIX.length;
  if (trimAscii(typed) === '') {
    return empty(t(PRODUCTION_EMPTY[shown], { max, total: USERNAME_MAX_LENGTH }));
  }
  // Before the final name is built and shown in the message: it would quote what is wrong.
  const raw = usernameInputProblem(value);
  if (raw !== null) return error(raw);
  const final = productionFinalUsername(value, shown);
  const problems: CheckResult[] = [];
  if (inBox && !value.startsWith(API_USERNAME_PREFIX)) {
    problems.push(error(t('check_username_keep_prefix')));
  }
  if (shown === 'add-on' && /^api_/i.test(typed.trim())) {
    problems.push(error(t('check_username_remove_prefix')));
  }
  if (shown === 'none' && /^api_/i.test(typed.trim())) {
    problems.push(warning(t('check_username_leave_out_prefix')));
  }
  problems.push(...usernameProblems(typed, final));
  const result = combine(problems, ok(t('check_username_production_ok', { name: final })));
  if (result.status === 'ok') return result;
  return { ...result, message: `${result.message} ${t('check_username_final', { name: final })}` };
}

/**
 * The name production creates from what the box holds, as the page shows the prefix. With
 * `none` and a name already starting `API_`, what the portal does is [unknown]: see
 * productionApiUsername. The name in the portal's success alert always wins over this guess.
 */
export function productionFinalUsername(value: string, shown: PrefixShown): string {
  const name = trimAscii(value);
  if (name === '') return '';
  if (shown === 'in-box') return name.startsWith(API_USERNAME_PREFIX) ? name : API_USERNAME_PREFIX + name;
  if (shown === 'add-on') return API_USERNAME_PREFIX + name;
  return productionApiUsername(name);
}

/**
 * Too long to keep, or a character the user cannot see or retype in GSTZen: hidden characters,
 * special spaces, and letters outside ASCII (look-alikes such as Cyrillic а, or ı that
 * upper-cases to I). Positions count from the first character in the box.
 */
function usernameInputProblem(value: string): string | null {
  return (
    tooLongProblem(value, USERNAME_INPUT_MAX, (length) =>
      t('check_username_too_long_input', {
        length,
        max: USERNAME_INPUT_MAX,
        min: USERNAME_MIN_LENGTH,
        safeMax: USERNAME_MAX_LENGTH,
      }),
    ) ??
    oddCharacterProblem(value, {
      field: 'check_field_username',
      plain: ['check_plain_username_one', 'check_plain_username_many'],
    })
  );
}

/**
 * Everything wrong or risky about a non-empty username: `typed` is what the user typed, `final`
 * the name the portal makes of it (NIC's length and character rules apply to that).
 */
function usernameProblems(typed: string, final: string = trimAscii(typed)): CheckResult[] {
  const problems: CheckResult[] = [];
  const value = typed;

  // First, and alone: the other messages quote the name, and nothing hidden may be quoted.
  const raw = usernameInputProblem(value);
  if (raw !== null) return [error(raw)];
  if (final.length > USERNAME_INPUT_MAX) {
    return [error(t('check_username_too_long_with_prefix', { length: final.length, max: USERNAME_INPUT_MAX }))];
  }

  // No source says spaces are refused, but a username with a space is almost surely a slip,
  // and GSTZen would have to be given the same space [guess].
  if (/\s/.test(value)) {
    problems.push(error(t(/\s/.test(value.trim()) ? 'check_username_spaces_inside' : 'check_username_spaces_edge')));
  }

  // Allowed characters are not documented for API usernames [unknown]: letters, digits and _
  // are taken as safe [guess]; anything else is a warning.
  const others = [...new Set(value.replace(/[A-Za-z0-9_\s]/g, ''))];
  if (others.length > 0) {
    problems.push(warning(t('check_username_other_characters', { characters: others.map((c) => `“${c}”`).join(' ') })));
  }

  // [src: docs/portals.md#special-characters-at-the-start-or-end: flobiz]
  const trimmed = value.trim();
  if (/^[^A-Za-z0-9]|[^A-Za-z0-9]$/.test(trimmed)) {
    problems.push(warning(t('check_username_edge_special')));
  }

  // [src for web usernames: docs/portals.md#username-and-password-length; unknown for API users]
  const length = [...final].length;
  if (length < USERNAME_MIN_LENGTH || length > USERNAME_MAX_LENGTH) {
    const values = { length, min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH, name: final };
    problems.push(
      warning(t(final !== trimmed ? 'check_username_length_with_prefix' : 'check_username_length', values)),
    );
  }

  return problems;
}

/**
 * The production username GSTZen needs: `API_` + what was typed
 * [src: docs/portals.md#production-username-prefix,
 * docs/gstzen-guide.md#production-credentials-in-gstzen].
 *
 * Assumption [guess]: when the typed name already starts with `API_` (any case), the portal does
 * not add a second prefix, so the name is returned with its prefix written `API_`. If the portal
 * in fact makes it `API_API_…`, this is wrong: prefer the name shown in the portal's success alert
 * ("Api user API_… has been created successfully"
 * [src: docs/gstzen-guide.md#production-registration, step 10]) whenever it is read.
 * Returns '' for an empty name.
 */
export function productionApiUsername(typed: string): string {
  const name = trimAscii(typed);
  if (name === '') return '';
  if (/^api_/i.test(name)) return API_USERNAME_PREFIX + name.slice(API_USERNAME_PREFIX.length);
  return API_USERNAME_PREFIX + name;
}

// ── Password ───────────────────────────────────────────────────────────────────────────────────

export interface PasswordContext {
  /** The username typed alongside, to warn when the password contains it. */
  username?: string;
}

export function checkApiPassword(value: string, context: PasswordContext = {}): CheckResult {
  if (value === '') {
    return empty(t('check_password_empty', { specials: SPECIALS_SPACED }));
  }
  return combine(passwordProblems(value, context), ok(t('check_password_ok')));
}

/** Everything wrong or risky about a non-empty password. No message mentions its characters. */
function passwordProblems(value: string, context: PasswordContext): CheckResult[] {
  // Before any regex. UTF-16 length, as the vault measures it; the count is not said.
  if (value.length > PASSWORD_INPUT_MAX) {
    return [error(t('check_password_too_long_input', { max: PASSWORD_INPUT_MAX }))];
  }
  const problems: CheckResult[] = [];

  // A character that cannot be seen cannot be typed again at login. Said by position and kind,
  // which tells nothing about the password's visible characters.
  const hidden = oddCharacterProblem(value, { field: 'check_field_password', refuse: HIDDEN_KINDS });
  if (hidden !== null) problems.push(error(hidden));

  // NIC error 3003 [src: docs/portals.md#password-rule-error-3003: NIC's API error code list]:
  // all four kinds are required.
  const missing: string[] = [];
  if (!/[A-Z]/.test(value)) missing.push(t('check_missing_upper'));
  if (!/[a-z]/.test(value)) missing.push(t('check_missing_lower'));
  if (!/[0-9]/.test(value)) missing.push(t('check_missing_digit'));
  if (![...value].some((c) => PASSWORD_SPECIALS.includes(c))) {
    missing.push(t('check_missing_special', { specials: SPECIALS_SPACED }));
  }
  if (missing.length > 0) {
    problems.push(error(t('check_password_missing', { missing: listInWords(missing) })));
  }

  // Whether other characters are accepted is [unknown]. Name only the kind, never the character.
  const rest = [...withoutHidden(value)].filter((c) => !/[A-Za-z0-9]/.test(c) && !PASSWORD_SPECIALS.includes(c));
  if (rest.length > 0) {
    const space = rest.some((c) => /\s/.test(c));
    const other = rest.some((c) => !/\s/.test(c));
    const key =
      space && other
        ? 'check_password_has_space_and_other'
        : space
          ? 'check_password_has_space'
          : 'check_password_has_other';
    problems.push(warning(t(key, { specials: SPECIALS_SPACED })));
  }

  // [src: docs/portals.md#special-characters-at-the-start-or-end: flobiz]
  if (/^[^A-Za-z0-9]|[^A-Za-z0-9]$/.test(value)) {
    problems.push(warning(t('check_password_edge_special')));
  }

  // [guess: length for API users is unknown; see PASSWORD_MIN_LENGTH]
  const length = [...value].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(warning(t('check_password_short', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })));
  } else if (length > PASSWORD_MAX_LENGTH) {
    problems.push(warning(t('check_password_long', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })));
  }

  // Common password advice [guess: no NIC rule known].
  if (containsUsername(value, context.username)) {
    problems.push(warning(t('check_password_contains_username')));
  }

  return problems;
}

function containsUsername(password: string, username: string | undefined): boolean {
  if (!username) return false;
  const name = username.trim().toLowerCase();
  const bare = name.startsWith('api_') ? name.slice(4) : name;
  const lower = password.toLowerCase();
  return [name, bare].some((n) => n.length >= MIN_USERNAME_TO_COMPARE && lower.includes(n));
}

// ── Confirmation ───────────────────────────────────────────────────────────────────────────────

export function checkPasswordConfirmation(password: string, confirm: string): CheckResult {
  if (confirm === '') return empty(t('check_confirm_empty'));
  if (password === '') return error(t('check_confirm_first_empty'));
  if (password === confirm) return ok(t('check_confirm_match'));
  // Hints that say how they differ without saying anything about the password itself.
  if (withoutHidden(password) === withoutHidden(confirm)) return error(t('check_confirm_differ_hidden'));
  if (trimAscii(password) === trimAscii(confirm)) return error(t('check_confirm_differ_space'));
  if (password.toLowerCase() === confirm.toLowerCase()) return error(t('check_confirm_differ_case'));
  return error(t('check_confirm_differ'));
}

// ── Schemas (stored values: only the errors are enforced, warnings are advice) ───────────────

/** An API username as stored (the name as typed or with `API_`: the error rules are the same). */
export const apiUsernameSchema = /* @__PURE__ */ z.string().check(
  z.superRefine((value, ctx) => {
    if (trimAscii(value) === '') return ctx.addIssue('The username is empty.');
    for (const p of usernameProblems(value)) {
      if (p.status === 'error') ctx.addIssue(p.message);
    }
  }),
);

/** An API password as stored: NIC's 3003 rule. Issue messages never contain the password. */
export const apiPasswordSchema = /* @__PURE__ */ z.string().check(
  z.superRefine((value, ctx) => {
    if (value === '') return ctx.addIssue('The password is empty.');
    for (const p of passwordProblems(value, {})) {
      if (p.status === 'error') ctx.addIssue(p.message);
    }
  }),
);
