/**
 * A username and a password the assistant proposes on the user's click (the panel's "Suggest a
 * username and password"): made to pass every rule in api-user.ts without a single warning, in
 * both environments, so the user never has to think about NIC's rules.
 *
 * - Username: the trade name's first words (without PRIVATE, LIMITED, M/S...), lower case ASCII
 *   letters, then 3 random digits: 7 to 11 characters, starting with a letter and ending with a
 *   digit, so that production's final name (API_ + it) stays within 15 as well
 *   (docs/portals.md#nic-rules-and-messages: 6-15 for web usernames, no special at the ends).
 * - Password: 12 to 14 characters with an upper-case and a lower-case letter, a digit and one of
 *   NIC's specials (error 3003), none at the ends, no look-alike characters (0/O/o, 1/l/I), and
 *   never containing the username.
 *
 * `random(n)` returns an integer in [0, n); crypto.getRandomValues by default. Tests pass a seeded
 * one to make the output repeatable.
 */
import { PASSWORD_SPECIALS } from './api-user';

export type RandomInt = (n: number) => number;

/** A uniform integer in [0, n) from the platform's cryptographic generator (no modulo bias). */
const cryptoRandomInt: RandomInt = (n) => {
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError('n must be an integer in 1..2^32');
  const limit = Math.floor(2 ** 32 / n) * n;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0]!;
    if (value < limit) return value % n;
  }
};

// ── Username ───────────────────────────────────────────────────────────────────────────────────

/** Used when the trade name gives no ASCII letters (a name in Hindi, digits only, none shown). */
const FALLBACK_USERNAME_STEM = 'einv';
/** Letters taken from the trade name: with the suffix 7 to 11 characters; API_ + 11 = 15. */
const STEM_MIN = 4;
const STEM_MAX = 8;
/** Digits 2-9 only: 0 and 1 read like O and l when the name is written down. */
const SUFFIX_DIGITS = '23456789';
const SUFFIX_LENGTH = 3;

/** Words of a company's name that say nothing about which company it is. */
const NOT_MEANINGFUL = /* @__PURE__ */ new Set([
  'THE',
  'MS',
  'MESSRS',
  'PRIVATE',
  'PVT',
  'PRIV',
  'LIMITED',
  'LTD',
  'LLP',
  'OPC',
  'INC',
  'CORP',
  'CO',
  'AND',
  'OF',
]);

/** The letters a username is built from: the trade name's first meaningful words, lower case. */
export function usernameStem(tradeName: string): string {
  const words = tradeName
    // "Café" → "Cafe"; Devanagari and other scripts have no ASCII letters and are dropped below.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // "M/S." and "M/s" are one word; "A.B.C." and "D'Souza" are one word too.
    .replace(/\bM\s*\/\s*S\b/gi, ' ')
    .replace(/[.'’]/g, '')
    .split(/[^A-Za-z]+/)
    .filter((w) => w !== '' && !NOT_MEANINGFUL.has(w.toUpperCase()))
    .map((w) => w.toLowerCase());
  let stem = '';
  for (const word of words) {
    if (stem === '') stem = word.slice(0, STEM_MAX);
    else if (stem.length + word.length <= STEM_MAX) stem += word;
    // "A.B.C. TRADERS": a short first word takes what fits of the next ("abctrade").
    else if (stem.length < STEM_MIN) stem += word.slice(0, STEM_MAX - stem.length);
    else break;
  }
  if (stem.length >= STEM_MIN) return stem;
  // Too short to be a good name alone ("AB Traders" gives "abtraders", but "A.B." gives "ab").
  return (stem + FALLBACK_USERNAME_STEM).slice(0, STEM_MAX);
}

/** A username for the API user, e.g. "cloudzen482" for CLOUDZEN SOFTWARE LABS PRIVATE LIMITED. */
export function suggestUsername(tradeName: string, random: RandomInt = cryptoRandomInt): string {
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += pick(SUFFIX_DIGITS, random);
  return usernameStem(tradeName) + suffix;
}

// ── Password ───────────────────────────────────────────────────────────────────────────────────

/** No look-alikes: no I, O (upper), l, o (lower), 0, 1. */
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const ALPHANUMERIC = UPPER + LOWER + DIGITS;
const PASSWORD_MIN = 12;
const PASSWORD_MAX = 14;

/**
 * A password meeting NIC's rule with room to spare. `username`: the name typed beside it, which
 * the password never contains (in any case).
 */
export function suggestPassword(random: RandomInt = cryptoRandomInt, username = ''): string {
  const length = PASSWORD_MIN + random(PASSWORD_MAX - PASSWORD_MIN + 1);
  // One of each kind NIC needs, the rest letters and digits; the special goes inside.
  const chars = [pick(UPPER, random), pick(LOWER, random), pick(DIGITS, random)];
  while (chars.length < length - 1) chars.push(pick(ALPHANUMERIC, random));
  shuffle(chars, random);
  chars.splice(1 + random(length - 2), 0, pick(PASSWORD_SPECIALS, random));
  return avoidUsername(chars, username.trim().toLowerCase()).join('');
}

/**
 * Changes one character inside any place where the username shows (case-insensitively) to the
 * next one of the same kind, so the password keeps its kinds and its ends. Practically never
 * needed: 8 or more given characters in a row out of 12-14 random ones.
 */
function avoidUsername(chars: string[], username: string): string[] {
  const names = [username, username.replace(/^api_/, '')].filter((n) => n.length >= 3);
  for (let guard = 0; guard < 4 * chars.length; guard++) {
    const lower = chars.join('').toLowerCase();
    const at = names.map((n) => lower.indexOf(n)).find((i) => i >= 0);
    if (at === undefined) break;
    const i = at + 1; // Inside the match (names are 3 or more long), never at the password's ends.
    const c = chars[i]!;
    const kind = [UPPER, LOWER, DIGITS, PASSWORD_SPECIALS].find((k) => k.includes(c)) ?? LOWER;
    chars[i] = kind[(kind.indexOf(c) + 1) % kind.length]!;
  }
  return chars;
}

function pick(alphabet: string, random: RandomInt): string {
  return alphabet[random(alphabet.length)]!;
}

/** Fisher-Yates, in place. */
function shuffle<T>(items: T[], random: RandomInt): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
