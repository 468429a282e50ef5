/**
 * Text as a person reads it. Portal labels vary in spacing (NBSP, line breaks), case, and the
 * colons and required-field asterisks around them, so every comparison goes through
 * `normalizeText`.
 */
export type TextPattern = string | RegExp;

/** "* GST Registered\u00a0\n Mobile No. :*" → "gst registered mobile no." */
export function normalizeText(text: string): string {
  return text
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/^[\s:*]+|[\s:*]+$/g, '')
    .toLowerCase();
}

/** A string pattern matches the whole normalised text; a RegExp is tried on it and on the text as shown. */
export function matchesText(actual: string, pattern: TextPattern): boolean {
  const folded = foldSpaces(actual);
  return matchesFoldedText(folded, normalizeText(folded), pattern);
}

/**
 * `matchesText` for a text already folded (`foldSpaces`) and normalised: a page's texts and
 * labels are both once per evaluation, not once per pattern tried on them.
 */
export function matchesFoldedText(folded: string, normalized: string, pattern: TextPattern): boolean {
  if (!normalized) return false;
  if (typeof pattern === 'string') return normalized === normalizedPattern(pattern);
  return pattern.test(normalized) || pattern.test(folded);
}

/** Text as shown: runs of white space as one space, none at either end. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** For messages: the text as shown, spaces folded, at most `max` characters. */
export function displayText(text: string, max = 120): string {
  const folded = foldSpaces(text);
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

/** The flows' string patterns are a few constants, compared against every label on every reading. */
const normalizedPatterns = new Map<string, string>();
function normalizedPattern(pattern: string): string {
  let normalized = normalizedPatterns.get(pattern);
  if (normalized === undefined) {
    normalized = normalizeText(pattern);
    if (normalizedPatterns.size < 500) normalizedPatterns.set(pattern, normalized);
  }
  return normalized;
}
