/**
 * GSTIN: structure and check character.
 *
 * Source for every rule here [src: docs/portals.md#gstin-format-and-check-character, from
 * python-stdnum `stdnum/in_/gstin.py`]:
 * 15 characters = state code (2) + PAN (10) + entity number (1) + `Z` + check character.
 * A real GSTIN always passes, so a failure here means a typing mistake; dummy GSTINs that GSPs
 * use for API tests often fail (see docs/portals.md#worked-examples), which is fine: a taxpayer
 * registers a real one.
 */
import { z } from 'zod/mini';
import { asciiUpper, oddCharacterProblem, tooLongProblem, trimAscii } from './characters';
import { type CheckResult, empty, error, ok } from './check';
import { t } from '../i18n/t';

const GSTIN_LENGTH = 15;
/**
 * Longer input is refused before anything else looks at it. Twice the length leaves room for a
 * GSTIN typed in groups with spaces, which gets the better "remove the spaces" message.
 */
export const GSTIN_INPUT_MAX = 30;

/**
 * `0-9A-Z` valued 0-35: the alphabet of the check-character algorithm
 * [src: docs/portals.md#check-character: python-stdnum].
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * 01-38, 97 (other territory), 99 (centre jurisdiction), per docs/portals.md#gstin-structure.
 * 01-37 [src: python-stdnum]; 38, 97 and 99 are credited to python-stdnum there but are not in
 * the versions checked [unknown: which source had them]. Accepting them only makes the check
 * more lenient.
 */
const GSTIN_STATE_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...Array.from({ length: 38 }, (_, i) => String(i + 1).padStart(2, '0')),
  '97',
  '99',
]);

/**
 * The PAN's 4th character, the holder type, per docs/portals.md#gstin-structure. All but E
 * [src: python-stdnum]; E is credited to python-stdnum there but is not in the versions checked
 * [unknown: which source had it].
 */
const PAN_HOLDER_TYPES = 'PCHFATBLJGKE';

/**
 * Trims ASCII spaces and upper-cases a-z: GSTINs are upper-case, but people type them in either
 * case. Only ASCII is touched, so `ı` or `ſ` never become I or S (they are refused instead).
 */
export function normaliseGstin(value: string): string {
  return asciiUpper(trimAscii(value));
}

/**
 * The check character for the first 14 characters of a GSTIN
 * [src: docs/portals.md#check-character: python-stdnum]: with `0-9A-Z`
 * valued 0-35 and weights 1,2,1,2,... from the left, each product p adds floor(p/36) + p mod 36;
 * the check is (36 - sum mod 36) mod 36. Lower case is accepted.
 * @throws RangeError unless given exactly 14 letters/digits.
 */
export function gstinCheckCharacter(first14: string): string {
  const s = asciiUpper(first14);
  if (!/^[0-9A-Z]{14}$/.test(s)) {
    throw new RangeError('gstinCheckCharacter needs exactly 14 letters or digits');
  }
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const product = ALPHABET.indexOf(s.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36);
}

const quote = (s: string) => `“${s}”`;

/**
 * Where a PAN digit is wanted but a letter is typed: the message, with a hint for the commonest
 * look-alikes [guess: what helps; not from a source].
 */
function panDigitProblem(position: number, ch: string): string {
  const values = { position, character: quote(ch), letter: ch };
  if (ch === 'O') return t('check_gstin_pan_digit_zero', values);
  if (ch === 'I' || ch === 'L') return t('check_gstin_pan_digit_one', values);
  return t('check_gstin_pan_digit', values);
}
/** Where a PAN letter is wanted but something else is typed: 0 and 1 get the look-alike hint. */
function panLetterProblem(position: number, ch: string): string {
  const lookalike: Record<string, string> = { '0': 'O', '1': 'I' };
  const letter = lookalike[ch];
  const values = { position, character: quote(ch) };
  return letter
    ? t('check_gstin_pan_letter_hint', { ...values, digit: ch, letter })
    : t('check_gstin_pan_letter', values);
}

/**
 * What is wrong with the GSTIN as typed before it is upper-cased: too long, or holding a character
 * that is not printable ASCII (which upper-casing could turn into a valid-looking letter).
 */
function findRawGstinProblem(value: string): string | null {
  const trimmed = trimAscii(value);
  return (
    tooLongProblem(trimmed, GSTIN_INPUT_MAX, (length) => t('check_gstin_too_long', { length })) ??
    oddCharacterProblem(trimmed, {
      field: 'check_field_gstin',
      plain: ['check_plain_gstin_one', 'check_plain_gstin_many'],
    })
  );
}

/** The first thing wrong with the GSTIN as typed, or null when it is valid. */
function gstinProblem(value: string): string | null {
  return findRawGstinProblem(value) ?? findGstinProblem(normaliseGstin(value));
}

/**
 * The first thing wrong with an already normalised GSTIN of printable ASCII, most basic first (later checks rely on
 * the earlier ones), or `null` when it is valid. For '' it returns what to type.
 */
function findGstinProblem(gstin: string): string | null {
  if (gstin === '') return t('check_gstin_empty');

  if (/\s/.test(gstin)) return t('check_gstin_spaces');
  const bad = [...new Set(gstin.replace(/[0-9A-Z]/g, ''))];
  if (bad.length > 0) return t('check_gstin_not_alphanumeric', { characters: bad.map(quote).join(' ') });
  if (gstin.length !== GSTIN_LENGTH) {
    return t(gstin.length < GSTIN_LENGTH ? 'check_gstin_length_short' : 'check_gstin_length_long', {
      length: gstin.length,
    });
  }

  const state = gstin.slice(0, 2);
  if (!/^\d\d$/.test(state)) return t('check_gstin_state_digits', { state: quote(state) });
  if (!GSTIN_STATE_CODES.has(state)) return t('check_gstin_state_unknown', { state: quote(state) });

  // Characters 3-12 are the PAN: 5 letters, 4 digits, 1 letter.
  for (let i = 2; i < 12; i++) {
    const ch = gstin.charAt(i);
    const wantDigit = i >= 7 && i <= 10;
    if (wantDigit && !/\d/.test(ch)) return panDigitProblem(i + 1, ch);
    if (!wantDigit && !/[A-Z]/.test(ch)) return panLetterProblem(i + 1, ch);
  }
  const holder = gstin.charAt(5);
  if (!PAN_HOLDER_TYPES.includes(holder)) {
    return t('check_gstin_holder', { types: PAN_HOLDER_TYPES.split('').join(' '), holder: quote(holder) });
  }

  const entity = gstin.charAt(12);
  if (!/[1-9A-Z]/.test(entity)) return t('check_gstin_entity', { entity: quote(entity) });

  const z14 = gstin.charAt(13);
  if (z14 !== 'Z') return t(z14 === '2' ? 'check_gstin_z14_two' : 'check_gstin_z14', { character: quote(z14) });

  const expected = gstinCheckCharacter(gstin.slice(0, 14));
  if (gstin.charAt(14) !== expected) {
    // Which character is wrong cannot be known: any single change or swap alters the check.
    return t('check_gstin_check_character', { expected });
  }
  return null;
}

/** True for a well-formed GSTIN with the right check character (case and outer spaces ignored). */
export function isValidGstin(value: string): boolean {
  return normaliseGstin(value) !== '' && gstinProblem(value) === null;
}

/** A GSTIN as stored: fully checked as typed, then trimmed and upper-cased. */
export const gstinSchema = /* @__PURE__ */ z.string().check(
  z.superRefine((value, ctx) => {
    const problem = gstinProblem(value);
    if (problem !== null) ctx.addIssue(problem);
  }),
  z.overwrite(normaliseGstin),
);

/** Checks a GSTIN as typed, for the panel. */
export function checkGstin(value: string): CheckResult {
  const problem = gstinProblem(value);
  if (trimAscii(value) === '') return empty(problem ?? '');
  if (problem !== null) return error(problem);
  return ok(t('check_gstin_ok'));
}
