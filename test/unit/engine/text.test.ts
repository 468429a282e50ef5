import { describe, expect, it } from 'vitest';
import { foldSpaces, matchesFoldedText, matchesText, normalizeText } from '@/utils/engine/text';

/**
 * The page's texts are folded once per reading and then matched against every pattern: folding
 * first must change no answer. Random texts made of what portal markup holds around words
 * (spaces of every kind, line breaks, colons, asterisks, zero-width spaces, mixed case).
 */
const PIECES = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u200b',
  ':',
  '*',
  '-',
  'Trade',
  'name',
  'GSTIN',
  'user',
  'é',
  'नाम',
  '29AAFCC',
];
function randomText(seed: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const length = next() % 9;
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[next() % PIECES.length];
  return text;
}
const PATTERNS: (string | RegExp)[] = [
  'Trade name',
  'GSTIN',
  /^trade name$/i,
  /^Trade name:$/,
  /user\s*name/i,
  /^\*?GSTIN/,
  /name:\*$/,
  /^\u200b/,
];

describe('folding a text before matching it', () => {
  it('keeps what normalizeText makes of it', () => {
    for (let seed = 0; seed < 20000; seed++) {
      const text = randomText(seed);
      expect(normalizeText(foldSpaces(text)), JSON.stringify(text)).toBe(normalizeText(text));
    }
  });

  it('keeps every pattern’s answer', () => {
    // The rule as it reads: the normalised text, or for a RegExp also the text as shown.
    const rule = (text: string, pattern: string | RegExp) => {
      const normalized = normalizeText(text);
      if (!normalized) return false;
      if (typeof pattern === 'string') return normalized === normalizeText(pattern);
      return pattern.test(normalized) || pattern.test(text.replace(/\s+/g, ' ').trim());
    };
    for (let seed = 0; seed < 5000; seed++) {
      const text = randomText(seed);
      // As a page's texts are read: folded once, normalised from the folded text.
      const folded = foldSpaces(text);
      const normalized = normalizeText(folded);
      for (const pattern of PATTERNS) {
        const expected = rule(text, pattern);
        expect(matchesFoldedText(folded, normalized, pattern), `${JSON.stringify(text)} ${String(pattern)}`).toBe(
          expected,
        );
        expect(matchesText(text, pattern)).toBe(expected);
      }
    }
  });

  it('reads a label the way a person does', () => {
    expect(matchesText('  Trade\u00a0name :*', 'trade name')).toBe(true);
    expect(matchesText('Trade\n   name:', /^Trade name:$/)).toBe(true);
    expect(matchesText(' : * ', /.*/)).toBe(false);
  });
});
