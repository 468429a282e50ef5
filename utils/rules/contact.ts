/**
 * The GST-registered mobile number and e-mail address asked for on the sandbox registration form
 * ("GST Registered Mobile No.", "GST Registered e-Mail Id"
 * [src: docs/gstzen-guide.md#sandbox-registration-form]).
 * OTPs go only to the mobile and e-mail registered on the GST common portal
 * [src: docs/portals.md#otps-and-recurring-support-problems: Swipe help], so every message
 * reminds the user which number/address to use.
 */
import { z } from 'zod/mini';
import { oddCharacterProblem, tooLongProblem, trimAscii } from './characters';
import { type CheckResult, empty, error, ok, warning } from './check';
import { listInWords, t } from '../i18n/t';

/**
 * Longest mobile input looked at: "+91 98765 43210" is 15; anything past 20 is not one number.
 * Refused before any regex runs.
 */
export const MOBILE_INPUT_MAX = 20;
/** The longest e-mail address that can be delivered [src: RFC 5321, 4.5.3.1: a 256-octet path less <>]. */
export const EMAIL_MAX_LENGTH = 254;

type MobileParse =
  | { kind: 'empty' }
  | { kind: 'bad'; message: string }
  | { kind: 'number'; digits: string; prefix: '+91' | '91' | '0' | null; separators: boolean };

/**
 * Indian mobile numbers: 10 digits starting 6, 7, 8 or 9 [guess: the national numbering plan,
 * no source in docs/portals.md#otps-and-recurring-support-problems; NIC only answers 3006
 * "Invalid Mobile Number"]. A leading +91, 91 or
 * 0 and spaces/hyphens are tolerated because people copy numbers in those forms.
 */
function parseMobile(value: string): MobileParse {
  const trimmed = trimAscii(value);
  if (trimmed === '') return { kind: 'empty' };
  // Before the regexes below: `\s` would take a no-break space or BOM for a separator, and
  // another script's digits must be named as such, not quoted.
  const raw =
    tooLongProblem(trimmed, MOBILE_INPUT_MAX, (length) => t('check_mobile_too_long', { length })) ??
    oddCharacterProblem(trimmed, {
      field: 'check_field_mobile',
      plain: ['check_plain_mobile_one', 'check_plain_mobile_many'],
    });
  if (raw !== null) return { kind: 'bad', message: raw };
  let rest = trimmed.replace(/[\s-]/g, '');
  const separators = rest !== trimmed;
  let prefix: '+91' | '91' | '0' | null = null;
  if (rest.startsWith('+91')) {
    prefix = '+91';
    rest = rest.slice(3);
  } else if (/^91\d{10}$/.test(rest)) {
    prefix = '91';
    rest = rest.slice(2);
  } else if (/^0\d{10}$/.test(rest)) {
    prefix = '0';
    rest = rest.slice(1);
  }
  const bad = [...new Set(rest.replace(/\d/g, ''))];
  if (bad.length > 0) {
    return {
      kind: 'bad',
      message: t('check_mobile_not_digits', { characters: bad.map((c) => `“${c}”`).join(' ') }),
    };
  }
  if (rest.length !== 10) {
    return {
      kind: 'bad',
      message: t('check_mobile_digit_count', { count: rest.length }),
    };
  }
  if (!/^[6-9]/.test(rest)) {
    return {
      kind: 'bad',
      message: t('check_mobile_start'),
    };
  }
  return { kind: 'number', digits: rest, prefix, separators };
}

/** The bare 10 digits of a mobile number typed with or without +91/0/spaces, or null if invalid. */
export function normaliseMobile(value: string): string | null {
  const parsed = parseMobile(value);
  return parsed.kind === 'number' ? parsed.digits : null;
}

export function checkMobile(value: string): CheckResult {
  const parsed = parseMobile(value);
  switch (parsed.kind) {
    case 'empty':
      return empty(t('check_mobile_empty'));
    case 'bad':
      return error(parsed.message);
    case 'number': {
      const extras: string[] = [];
      if (parsed.prefix === '+91' || parsed.prefix === '91') extras.push(t('check_mobile_extra_country_code'));
      if (parsed.prefix === '0') extras.push(t('check_mobile_extra_zero'));
      if (parsed.separators) extras.push(t('check_mobile_extra_separators'));
      if (extras.length > 0) {
        // The portal field is believed to take exactly 10 digits [guess: NIC shows 3006 "Invalid
        // Mobile Number" for bad input and documents no accepted formats].
        return warning(t('check_mobile_extras', { digits: parsed.digits, extras: listInWords(extras) }));
      }
      return ok(t('check_mobile_ok'));
    }
  }
}

/** A mobile number as stored: normalised to its 10 digits. */
export const mobileSchema = /* @__PURE__ */ z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const parsed = parseMobile(value);
    if (parsed.kind === 'number') return parsed.digits;
    // zod/mini's transform context has no addIssue(): push the issue itself.
    ctx.issues.push({
      code: 'custom',
      message: parsed.kind === 'bad' ? parsed.message : 'Type the 10-digit mobile number.',
      input: value,
    });
    return z.NEVER;
  }),
);

/**
 * Common misspellings of big mail domains [guess: a convenience, not from a source]. Only
 * a warning: the address may really be at such a domain.
 */
const DOMAIN_TYPOS: Readonly<Record<string, string>> = {
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gnail.com': 'gmail.com',
  'gmail.co': 'gmail.com',
  'gmail.con': 'gmail.com',
  'yaho.com': 'yahoo.com',
  'yahoo.con': 'yahoo.com',
  'hotmial.com': 'hotmail.com',
  'outlok.com': 'outlook.com',
  'rediffmai.com': 'rediffmail.com',
};

/** Built on the first check of an address, not on load: the rules load on every portal page. */
let emailShape: z.ZodMiniEmail | null = null;

/** Checks the shape of an e-mail address; whether it is the GST-registered one cannot be known here. */
export function checkEmail(value: string): CheckResult {
  const email = trimAscii(value);
  if (email === '') {
    return empty(t('check_email_empty'));
  }
  // Before any regex: the length, then characters outside printable ASCII (the domain check below
  // lower-cases, and the portal's support for non-English addresses is [unknown]).
  const raw =
    tooLongProblem(email, EMAIL_MAX_LENGTH, (length) => t('check_email_too_long', { max: EMAIL_MAX_LENGTH, length })) ??
    oddCharacterProblem(email, {
      field: 'check_field_email',
      plain: ['check_plain_email_one', 'check_plain_email_many'],
    });
  if (raw !== null) return error(raw);
  if (/\s/.test(email)) return error(t('check_email_spaces'));
  const at = email.split('@').length - 1;
  if (at === 0) return error(t('check_email_no_at'));
  if (at > 1) return error(t('check_email_two_at'));
  const [local = '', domain = ''] = email.split('@');
  if (local === '') return error(t('check_email_no_local'));
  if (!domain.includes('.')) return error(t('check_email_no_dot'));
  emailShape ??= z.email();
  if (!emailShape.safeParse(email).success) return error(t('check_email_bad_shape'));
  const suggestion = DOMAIN_TYPOS[domain.toLowerCase()];
  if (suggestion) return warning(t('check_email_typo', { domain: suggestion }));
  return ok(t('check_email_ok'));
}

/** An e-mail address as stored: well-formed as typed, then trimmed of ASCII spaces. */
export const emailSchema = /* @__PURE__ */ z.string().check(
  z.superRefine((email, ctx) => {
    const result = checkEmail(email);
    if (result.status === 'error' || result.status === 'empty') ctx.addIssue(result.message);
  }),
  z.overwrite(trimAscii),
);
