/**
 * Characters a user cannot see or did not mean to type, found before any normalising.
 *
 * Why: `toUpperCase()` maps `ı` to I, `ſ` to S and `ﬀ` to FF, so a field checked after
 * upper-casing can pass with letters the portal will not take, and what is stored differs from
 * what is in the field. Invisible and direction-control characters come along with copied text and
 * make a value that looks right fail (or look like something else). So each field checks its raw
 * input here first, and the messages say where such a character is and what kind it is, never the
 * character itself (an invisible one would be invisible in the message too).
 */
import { listInWords, type MessageKey, t } from '../i18n/t';

/**
 * - `invisible`: zero-width characters, soft hyphen, word joiner, BOM, other format characters.
 * - `direction`: bidi marks, embeddings, overrides and isolates.
 * - `control`: C0 and C1 controls, DEL, line and paragraph separators.
 * - `space`: a space other than the plain one (no-break, ideographic...).
 * - `other`: any other character outside printable ASCII (accented or look-alike letters,
 *   fullwidth forms, emoji...).
 */
export type OddKind = 'invisible' | 'direction' | 'control' | 'space' | 'other';

/** The kinds no field accepts: they cannot be seen, so the user cannot know they typed them. */
export const HIDDEN_KINDS = ['invisible', 'direction', 'control'] as const satisfies readonly OddKind[];

const DIRECTION = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;
/** Format characters (zero-width, soft hyphen, BOM, tags...), variation selectors, fillers. */
const INVISIBLE = /^[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u034F\u115F\u1160\u3164\uFFA0]$/u;
const CONTROL = /^[\p{Cc}\u2028\u2029]$/u;
const SPACE = /^\p{Zs}$/u;

/** The kind of one character (one code point), or null for printable ASCII and the plain space. */
export function oddKind(ch: string): OddKind | null {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return null;
  if (DIRECTION.test(ch)) return 'direction';
  if (CONTROL.test(ch)) return 'control';
  if (INVISIBLE.test(ch)) return 'invisible';
  if (SPACE.test(ch)) return 'space';
  return 'other';
}

/** Trims ASCII spaces, tabs and line breaks only: `trim()` would silently drop a BOM or NBSP too. */
export function trimAscii(value: string): string {
  // A loop, not a regex: `/\s+$/` is quadratic on long runs of spaces.
  const blank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  let start = 0;
  let end = value.length;
  while (start < end && blank(value.charCodeAt(start))) start++;
  while (end > start && blank(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

/** Upper-cases a-z only, so no other character can turn into an ASCII letter. */
export function asciiUpper(value: string): string {
  return value.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/** Length as the user counts it: one per code point (an emoji is one, not two). */
export function lengthInCharacters(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** `text` without hidden characters: for the rare message that must show what was typed. */
export function withoutHidden(text: string): string {
  const hidden: readonly OddKind[] = HIDDEN_KINDS;
  return [...text].filter((c) => !hidden.includes(oddKind(c) ?? 'other')).join('');
}

/** The field's name and what it takes, as catalog keys: translated when a check runs. */
export type FieldWords =
  | {
      /** "the GSTIN", "the password": `check_field_*`. */
      field: MessageKey;
      /** What the field takes, singular and plural: `check_plain_*_one`, `check_plain_*_many`. */
      plain: readonly [MessageKey, MessageKey];
      /** Which kinds are refused here; by default all of them. */
      refuse?: readonly OddKind[];
    }
  | {
      field: MessageKey;
      /** Without `plain`, only kinds other than `other` can be refused (the password's hidden ones). */
      refuse: readonly Exclude<OddKind, 'other'>[];
    };

/** The sentence per kind, for one character and for several: a key each, so Hindi can order its words. */
const KIND_SENTENCES: Record<OddKind, readonly [MessageKey, MessageKey]> = {
  invisible: ['check_odd_invisible_one', 'check_odd_invisible_many'],
  direction: ['check_odd_direction_one', 'check_odd_direction_many'],
  control: ['check_odd_control_one', 'check_odd_control_many'],
  space: ['check_odd_space_one', 'check_odd_space_many'],
  other: ['check_odd_other_one', 'check_odd_other_many'],
};

/** At most this many positions are listed per kind; the rest are counted. */
const POSITIONS_SHOWN = 5;

/**
 * What is wrong when `value` (already trimmed as the field trims it) holds refused characters,
 * or null. Positions are 1-based, counted in characters as the user sees them. The message never
 * contains the characters themselves, so it is safe for passwords too.
 */
export function oddCharacterProblem(value: string, words: FieldWords): string | null {
  const plain = 'plain' in words ? words.plain : null;
  const refuse: readonly OddKind[] = words.refuse ?? ['invisible', 'direction', 'control', 'space', 'other'];
  const found = new Map<OddKind, number[]>();
  let position = 0;
  for (const ch of value) {
    position++;
    const kind = oddKind(ch);
    if (kind === null || !refuse.includes(kind) || (kind === 'other' && plain === null)) continue;
    const list = found.get(kind) ?? [];
    list.push(position);
    found.set(kind, list);
  }
  if (found.size === 0) return null;
  const field = t(words.field);
  const order: OddKind[] = ['invisible', 'direction', 'control', 'space', 'other'];
  return order
    .filter((kind) => found.has(kind))
    .map((kind) => {
      const positions = found.get(kind)!;
      const [oneKey, manyKey] = KIND_SENTENCES[kind];
      const plainWords: Record<string, string> = plain ? { plain: t(plain[positions.length === 1 ? 0 : 1]) } : {};
      if (positions.length === 1) return t(oneKey, { position: positions[0]!, field, ...plainWords });
      const shown = positions.slice(0, POSITIONS_SHOWN).map(String);
      const rest = positions.length - shown.length;
      const listed =
        rest > 0 ? t('check_positions_more', { shown: shown.join(t('list_comma')), rest }) : listInWords(shown);
      return t(manyKey, { positions: listed, field, ...plainWords });
    })
    .join(' ');
}

/** The message for input longer than `max` characters, or null. Checked before any regex runs. */
export function tooLongProblem(value: string, max: number, sentence: (length: number) => string): string | null {
  // `.length` counts UTF-16 units, never fewer than characters: cheap first test.
  if (value.length <= max) return null;
  const length = lengthInCharacters(value);
  return length > max ? sentence(length) : null;
}
