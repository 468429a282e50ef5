import type { CSSProperties, ReactNode } from 'react';

/** A word with a hyphen inside it: e-Invoice, e-mail, GST-registered, puzzle-piece, 29AAFCC-… */
const HYPHENATED_WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/**
 * The same for text that is all ASCII, where letters and digits are exactly A-Z, a-z and 0-9: the
 * same matches, without compiling the Unicode classes (several ms of the content script's first,
 * cold run on a portal page, where the texts are English).
 */
const ASCII_HYPHENATED_WORD = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g;
/** Printable ASCII and line breaks (anything else takes the Unicode pattern: same answer). */
const ASCII_ONLY = /^[ -~\t\n\r]*$/;
const WHOLE: CSSProperties = { whiteSpace: 'nowrap' };

/**
 * `text` for display, with every hyphenated word kept on one line: "e-Invoice" and "e-mail" never
 * break after their hyphen ("e-" at a line's end reads as a typo to a new user). CSS alone cannot
 * ask for this (hyphens, word-break: keep-all and line-break leave a hyphen a break opportunity in
 * Chromium and Firefox), so each such word is wrapped in a white-space: nowrap span: that works in
 * every browser and font and keeps the plain "-", so the text copies, searches (Ctrl+F "e-mail")
 * and reads aloud unchanged. (U+2011, the non-breaking hyphen, also holds the line, but it copies
 * as a different character, Ctrl+F for "e-mail" misses it, and a font without the glyph shows a
 * fallback.) The style is inline, so it holds in the shadow root, the popup or anywhere else.
 * Text without such a word comes back as the same string.
 */
export function keepHyphenatedWords(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(ASCII_ONLY.test(text) ? ASCII_HYPHENATED_WORD : HYPHENATED_WORD)) {
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <span key={at} style={WHOLE}>
        {match[0]}
      </span>,
    );
    last = at + match[0].length;
  }
  if (parts.length === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
