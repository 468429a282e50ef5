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
import { listInWords } from './check';

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
export const HIDDEN_KINDS: readonly OddKind[] = ['invisible', 'direction', 'control'];

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
  return [...text].filter((c) => !HIDDEN_KINDS.includes(oddKind(c) ?? 'other')).join('');
}

export interface FieldWords {
  /** "the GSTIN", "the password". */
  field: string;
  /** What the field takes, singular and plural: ["plain letter or digit", "plain letters or digits"]. */
  plain: readonly [string, string];
  /** Which kinds are refused here; by default all of them. */
  refuse?: readonly OddKind[];
}

const KIND_WORDS: Record<Exclude<OddKind, 'other'>, readonly [string, string]> = {
  invisible: ['an invisible character', 'invisible characters'],
  direction: ['a direction-control character', 'direction-control characters'],
  control: ['a control character', 'control characters'],
  space: ['a special space, not a plain one', 'special spaces, not plain ones'],
};

/** At most this many positions are listed per kind; the rest are counted. */
const POSITIONS_SHOWN = 5;

/**
 * What is wrong when `value` (already trimmed as the field trims it) holds refused characters,
 * or null. Positions are 1-based, counted in characters as the user sees them. The message never
 * contains the characters themselves, so it is safe for passwords too.
 */
export function oddCharacterProblem(value: string, words: FieldWords): string | null {
  const refuse = words.refuse ?? ['invisible', 'direction', 'control', 'space', 'other'];
  const found = new Map<OddKind, number[]>();
  let position = 0;
  for (const ch of value) {
    position++;
    const kind = oddKind(ch);
    if (kind === null || !refuse.includes(kind)) continue;
    const list = found.get(kind) ?? [];
    list.push(position);
    found.set(kind, list);
  }
  if (found.size === 0) return null;
  const order: OddKind[] = ['invisible', 'direction', 'control', 'space', 'other'];
  return order
    .filter((kind) => found.has(kind))
    .map((kind) => {
      const positions = found.get(kind)!;
      const one = positions.length === 1;
      const shown = positions.slice(0, POSITIONS_SHOWN).map(String);
      const rest = positions.length - shown.length;
      const where = one
        ? `Character ${shown[0]}`
        : `Characters ${rest > 0 ? `${shown.join(', ')} (and ${rest} more)` : listInWords(shown)}`;
      const what =
        kind === 'other'
          ? `${one ? 'is not a' : 'are not'} ${words.plain[one ? 0 : 1]}`
          : `${one ? 'is' : 'are'} ${KIND_WORDS[kind][one ? 0 : 1]}`;
      const fix = kind === 'other' ? 'retype' : 'delete';
      return `${where} of ${words.field} ${what}: ${fix} ${one ? 'it' : 'them'}.`;
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
