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

/** Look-alike hints for the commonest slips [guess: what helps; not from a source]. */
function digitHint(ch: string): string {
  const lookalike: Record<string, string> = { O: 'zero (0)', I: 'one (1)', L: 'one (1)' };
  const d = lookalike[ch];
  return d ? ` Did you type the letter ${ch} instead of ${d}?` : '';
}
function letterHint(ch: string): string {
  const lookalike: Record<string, string> = { '0': 'the letter O', '1': 'the letter I' };
  const l = lookalike[ch];
  return l ? ` Did you type ${ch} instead of ${l}?` : '';
}

/**
 * What is wrong with the GSTIN as typed before it is upper-cased: too long, or holding a character
 * that is not printable ASCII (which upper-casing could turn into a valid-looking letter).
 */
function findRawGstinProblem(value: string): string | null {
  const trimmed = trimAscii(value);
  return (
    tooLongProblem(
      trimmed,
      GSTIN_INPUT_MAX,
      (length) => `A GSTIN has 15 characters; you typed ${length}. Paste or type only the GSTIN.`,
    ) ??
    oddCharacterProblem(trimmed, {
      field: 'the GSTIN',
      plain: ['plain letter or digit (A to Z, 0 to 9)', 'plain letters or digits (A to Z, 0 to 9)'],
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
  if (gstin === '') return 'Type your 15-character GSTIN, as on your GST registration certificate.';

  if (/\s/.test(gstin)) {
    return 'Remove the spaces: a GSTIN is 15 letters and digits with no spaces.';
  }
  const bad = [...new Set(gstin.replace(/[0-9A-Z]/g, ''))];
  if (bad.length > 0) {
    return `A GSTIN has only letters and digits: remove ${bad.map(quote).join(' ')}.`;
  }
  if (gstin.length !== GSTIN_LENGTH) {
    const fix = gstin.length < GSTIN_LENGTH ? 'a missing character' : 'an extra character';
    return `A GSTIN has 15 characters; you typed ${gstin.length}. Check for ${fix}.`;
  }

  const state = gstin.slice(0, 2);
  if (!/^\d\d$/.test(state)) {
    return `The first two characters are the state code and must be digits (for example 29 for Karnataka); you typed ${quote(state)}.`;
  }
  if (!GSTIN_STATE_CODES.has(state)) {
    return `${quote(state)} is not a GST state code: the first two digits must be 01 to 38, 97 or 99. Check them against your GST certificate.`;
  }

  // Characters 3-12 are the PAN: 5 letters, 4 digits, 1 letter.
  const panShape = 'Characters 3 to 12 are your PAN: 5 letters, 4 digits, then 1 letter.';
  for (let i = 2; i < 12; i++) {
    const ch = gstin.charAt(i);
    const wantDigit = i >= 7 && i <= 10;
    if (wantDigit && !/\d/.test(ch)) {
      return `${panShape} Character ${i + 1} should be a digit but is ${quote(ch)}.${digitHint(ch)}`;
    }
    if (!wantDigit && !/[A-Z]/.test(ch)) {
      return `${panShape} Character ${i + 1} should be a letter but is ${quote(ch)}.${letterHint(ch)}`;
    }
  }
  const holder = gstin.charAt(5);
  if (!PAN_HOLDER_TYPES.includes(holder)) {
    return `Character 6 (the 4th letter of the PAN) tells the kind of taxpayer and must be one of ${PAN_HOLDER_TYPES.split('').join(' ')}; you typed ${quote(holder)}. Check it against your PAN or GST certificate.`;
  }

  const entity = gstin.charAt(12);
  if (!/[1-9A-Z]/.test(entity)) {
    return `Character 13 (the registration number for this PAN in the state) is 1 to 9 or A to Z, never ${quote(entity)}. Check it against your GST certificate.`;
  }

  const z14 = gstin.charAt(13);
  if (z14 !== 'Z') {
    const hint = z14 === '2' ? ' Did you type the digit 2 instead of the letter Z?' : '';
    return `Character 14 is always the letter Z; you typed ${quote(z14)}.${hint}`;
  }

  const expected = gstinCheckCharacter(gstin.slice(0, 14));
  if (gstin.charAt(14) !== expected) {
    // Which character is wrong cannot be known: any single change or swap alters the check.
    return `The last character should be ${expected} for this GSTIN: check for a typing mistake. A wrong or swapped character anywhere changes the last one, so recheck every character against your GST certificate.`;
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
  return ok(
    'The GSTIN is well-formed and its check character is right. Make sure it is the GSTIN you are registering, as on your GST certificate.',
  );
}
