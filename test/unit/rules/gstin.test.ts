import { describe, it, expect } from 'vitest';
import { checkGstin, gstinCheckCharacter, gstinSchema, isValidGstin, normaliseGstin } from '../../../utils/rules/gstin';

// Real GSTINs: from GSTZen's help document, plus two quoted in docs/portals.md#worked-examples.
const VALID = [
  '29AAFCC9980M1ZR',
  '36AAECB7633H1ZN',
  '36AAECC5105F1Z3',
  '09AABCD0052F1Z6',
  '27AAPFU0939F1ZV',
  '29AAACJ4323N1ZC',
];

describe('gstinCheckCharacter', () => {
  it.each(VALID)('computes the last character of %s', (g) => {
    expect(gstinCheckCharacter(g.slice(0, 14))).toBe(g.charAt(14));
  });

  it('computes the check for often-quoted examples that are wrong', () => {
    expect(gstinCheckCharacter('07AAAAA0000A1Z')).toBe('4'); // quoted with 8
    expect(gstinCheckCharacter('01BZNPM9430M1K')).toBe('T');
  });

  it('accepts lower case', () => {
    expect(gstinCheckCharacter('29aafcc9980m1z')).toBe('R');
  });

  it('rejects input that is not 14 letters or digits', () => {
    expect(() => gstinCheckCharacter('29AAFCC9980M1')).toThrow(RangeError);
    expect(() => gstinCheckCharacter('29AAFCC9980M1ZR')).toThrow(RangeError);
    expect(() => gstinCheckCharacter('29AAFCC9980M-Z')).toThrow(RangeError);
  });

  it('uses digit values 0-9 and letters 10-35 with weights 1,2,1,2…', () => {
    // All zeros: sum 0, check (36 - 0) mod 36 = 0.
    expect(gstinCheckCharacter('00000000000000')).toBe('0');
    // One 'Z' (35) at weight 2: 70 → 1 + 34 = 35 → check 1.
    expect(gstinCheckCharacter('0Z000000000000')).toBe('1');
    // One 'Z' at weight 1: 35 → check 1.
    expect(gstinCheckCharacter('Z0000000000000')).toBe('1');
    // One '1' at weight 1: sum 1 → check 35 = 'Z'.
    expect(gstinCheckCharacter('10000000000000')).toBe('Z');
  });
});

describe('isValidGstin / checkGstin: valid', () => {
  it.each(VALID)('%s passes', (g) => {
    expect(isValidGstin(g)).toBe(true);
    const r = checkGstin(g);
    expect(r.status).toBe('ok');
    expect(r.message).toMatch(/GST certificate/);
  });

  it('normalises lower case and outer spaces', () => {
    expect(isValidGstin('29aafcc9980m1zr')).toBe(true);
    expect(isValidGstin('  29AAFCC9980M1ZR \n')).toBe(true);
    expect(checkGstin('27aapfu0939f1zv').status).toBe('ok');
    expect(normaliseGstin(' 29aafcc9980m1zr ')).toBe('29AAFCC9980M1ZR');
  });

  it('accepts the special state codes 97 and 99 and 38', () => {
    for (const state of ['97', '99', '38', '01']) {
      const first14 = `${state}AAFCC9980M1Z`;
      expect(isValidGstin(first14 + gstinCheckCharacter(first14))).toBe(true);
    }
  });

  it('accepts every PAN holder type and entity numbers 1-9 and A-Z', () => {
    for (const t of 'PCHFATBLJGKE') {
      const first14 = `29AAF${t}C9980M1Z`;
      expect(isValidGstin(first14 + gstinCheckCharacter(first14))).toBe(true);
    }
    for (const e of ['1', '9', 'A', 'Z']) {
      const first14 = `29AAFCC9980M${e}Z`;
      expect(isValidGstin(first14 + gstinCheckCharacter(first14))).toBe(true);
    }
  });
});

describe('isValidGstin / checkGstin: invalid', () => {
  it('is empty when nothing is typed', () => {
    expect(checkGstin('').status).toBe('empty');
    expect(checkGstin('   ').status).toBe('empty');
    expect(checkGstin('').message).toMatch(/15-character GSTIN/);
    expect(isValidGstin('')).toBe(false);
  });

  it('rejects 07AAAAA0000A1Z8 (often quoted, wrong check character)', () => {
    expect(isValidGstin('07AAAAA0000A1Z8')).toBe(false);
    const r = checkGstin('07AAAAA0000A1Z8');
    expect(r.status).toBe('error');
    expect(r.message).toContain('The last character should be 4 for this GSTIN: check for a typing mistake');
    expect(r.message).toMatch(/recheck every character against your GST certificate/);
  });

  it('rejects the dummy test GSTINs GSPs use', () => {
    expect(isValidGstin('01BZNPM9430M1KL')).toBe(false);
    expect(checkGstin('01BZNPM9430M1KL').message).toMatch(/Character 14 is always the letter Z; you typed “K”/);
    expect(isValidGstin('29AAFCD5862R000')).toBe(false);
    expect(checkGstin('29AAFCD5862R000').message).toMatch(/Character 13 .* never “0”/);
  });

  it('reports a missing or extra character with the count', () => {
    expect(checkGstin('29AAFCC9980M1Z')).toEqual({
      status: 'error',
      message: 'A GSTIN has 15 characters; you typed 14. Check for a missing character.',
    });
    expect(checkGstin('29AAFCC9980M1ZRR')).toEqual({
      status: 'error',
      message: 'A GSTIN has 15 characters; you typed 16. Check for an extra character.',
    });
  });

  it('rejects spaces inside, and other punctuation', () => {
    const spaced = checkGstin('29AAFCC 9980M1ZR');
    expect(spaced.status).toBe('error');
    expect(spaced.message).toMatch(/Remove the spaces/);
    const dashed = checkGstin('29-AAFCC9980M1ZR');
    expect(dashed.status).toBe('error');
    expect(dashed.message).toMatch(/only letters and digits: remove “-”/);
    expect(isValidGstin('29AAFCC9980M1Z R')).toBe(false);
  });

  it('rejects a state code that is not digits', () => {
    const r = checkGstin('2AAAFCC9980M1ZR');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/state code and must be digits/);
  });

  it.each(['00', '39', '45', '96', '98'])('rejects unknown state code %s', (state) => {
    const r = checkGstin(`${state}AAFCC9980M1ZR`);
    expect(r.status).toBe('error');
    expect(r.message).toContain(`“${state}” is not a GST state code`);
    expect(r.message).toMatch(/01 to 38, 97 or 99/);
  });

  it('rejects a digit where the PAN has a letter, with a look-alike hint', () => {
    const r = checkGstin('290AFCC9980M1ZR');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/5 letters, 4 digits, then 1 letter/);
    expect(r.message).toMatch(/Character 3 should be a letter but is “0”/);
    expect(r.message).toMatch(/instead of the letter O/);
  });

  it('rejects a letter where the PAN has a digit, with a look-alike hint', () => {
    const r = checkGstin('29AAFCC99O0M1ZR');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/Character 10 should be a digit but is “O”/);
    expect(r.message).toMatch(/letter O instead of zero/);
  });

  it('rejects a digit as the last PAN character', () => {
    expect(checkGstin('29AAFCC998001ZR').message).toMatch(/Character 12 should be a letter/);
  });

  it('rejects an unknown PAN holder type (4th PAN letter)', () => {
    const r = checkGstin('29AAFXC9980M1ZR');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/Character 6 .* one of P C H F A T B L J G K E; you typed “X”/);
  });

  it('rejects entity number 0', () => {
    const r = checkGstin('29AAFCC9980M0ZR');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/1 to 9 or A to Z/);
  });

  it('rejects a 14th character other than Z, hinting 2 for Z', () => {
    const r = checkGstin('29AAFCC9980M12R');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/always the letter Z; you typed “2”.*digit 2 instead of the letter Z/);
  });

  it('catches every single changed character in a valid GSTIN', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const g of VALID) {
      for (let i = 0; i < 15; i++) {
        for (const c of alphabet) {
          if (c === g.charAt(i)) continue;
          const changed = g.slice(0, i) + c + g.slice(i + 1);
          expect(isValidGstin(changed), changed).toBe(false);
          expect(checkGstin(changed).status).toBe('error');
        }
      }
    }
  });

  it('catches a single changed character through the check character with the right message', () => {
    const r = checkGstin('29AAFCC9981M1ZR'); // 0 → 1 in the PAN digits
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/^The last character should be [0-9A-Z] for this GSTIN: check for a typing mistake/);
  });

  it('catches adjacent transposed characters', () => {
    for (const swapped of [
      '29AAFCC9890M1ZR',
      '29AACFC9980M1ZR',
      '29AAFCC9908M1ZR',
      '92AAFCC9980M1ZR',
      '29AAFCC998M01ZR',
    ]) {
      expect(isValidGstin(swapped), swapped).toBe(false);
    }
    for (const g of VALID) {
      for (let i = 0; i < 14; i++) {
        if (g.charAt(i) === g.charAt(i + 1)) continue;
        const swapped = g.slice(0, i) + g.charAt(i + 1) + g.charAt(i) + g.slice(i + 2);
        expect(isValidGstin(swapped), swapped).toBe(false);
      }
    }
  });
});

describe('gstinSchema', () => {
  it('trims and upper-cases valid input', () => {
    expect(gstinSchema.parse(' 29aafcc9980m1zr ')).toBe('29AAFCC9980M1ZR');
  });

  it('fails with the specific message', () => {
    const r = gstinSchema.safeParse('29AAFCC9980M1Z');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('A GSTIN has 15 characters; you typed 14. Check for a missing character.');
    const bad = gstinSchema.safeParse('07AAAAA0000A1Z8');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/should be 4/);
    expect(gstinSchema.safeParse('').success).toBe(false);
    expect(gstinSchema.safeParse(29).success).toBe(false);
  });
});

describe('checkGstin: characters outside plain ASCII', () => {
  it('refuses look-alike letters before upper-casing, saying where, without quoting them', () => {
    // ı, ſ and ﬀ upper-case to I, S and FF: they used to pass.
    for (const [value, position] of [
      ['29aafcc9980m1zr'.replace('a', 'ı'), 3],
      ['29ſAFCC9980M1ZR'.slice(0, 15), 3],
      ['29AAFCC9980M1ZR'.replace('C', 'ｃ'), 6],
    ] as const) {
      const r = checkGstin(value);
      expect(r.status, value).toBe('error');
      expect(r.message).toBe(
        `Character ${position} of the GSTIN is not a plain letter or digit (A to Z, 0 to 9): retype it.`,
      );
      expect(isValidGstin(value)).toBe(false);
      expect(gstinSchema.safeParse(value).success).toBe(false);
    }
    expect(isValidGstin('29AAFCC9980M1ZR'.replace('M', 'İ'))).toBe(false);
    expect(checkGstin('29AAﬀC9980M1ZR').status).toBe('error');
  });

  it('names invisible, direction and control characters by kind and position', () => {
    const zw = checkGstin('29AAF\u200BCC9980M1ZR');
    expect(zw).toEqual({ status: 'error', message: 'Character 6 of the GSTIN is an invisible character: delete it.' });
    expect(checkGstin('\uFEFF29AAFCC9980M1ZR').message).toMatch(/Character 1 of the GSTIN is an invisible/);
    expect(checkGstin('29AAFCC9980M1ZR\u202E').message).toMatch(/Character 16 .* a direction-control character/);
    expect(checkGstin('29AAF\u0000CC9980M1ZR').message).toMatch(/Character 6 .* a control character/);
    expect(checkGstin('29AAF\u00ADCC\u00AD9980M1ZR').message).toMatch(
      /Characters 6 and 9 .* invisible characters: delete them/,
    );
  });

  it('still trims ASCII spaces and line breaks, and caps the length before checking', () => {
    expect(checkGstin(' 29AAFCC9980M1ZR\n').status).toBe('ok');
    const long = checkGstin('2'.repeat(100_000));
    expect(long).toEqual({
      status: 'error',
      message: 'A GSTIN has 15 characters; you typed 100000. Paste or type only the GSTIN.',
    });
  });

  it('gstinCheckCharacter does not upper-case other scripts into letters', () => {
    expect(() => gstinCheckCharacter('29ſAFCC9980M1Z'.slice(0, 14))).toThrow(RangeError);
  });
});
