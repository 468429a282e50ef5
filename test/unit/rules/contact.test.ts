import { describe, it, expect } from 'vitest';
import { checkEmail, checkMobile, emailSchema, mobileSchema, normaliseMobile } from '../../../utils/rules/contact';

describe('checkMobile', () => {
  it('is empty when nothing is typed, and says which number to type', () => {
    for (const v of ['', '   ']) {
      const r = checkMobile(v);
      expect(r.status).toBe('empty');
      expect(r.message).toMatch(/10-digit mobile number registered on the GST portal/);
    }
  });

  it.each(['9876543210', '6000000000', '7012345678', '8123456789'])('accepts %s', (m) => {
    const r = checkMobile(m);
    expect(r.status).toBe('ok');
    expect(r.message).toMatch(/registered on the GST portal/);
  });

  it.each([
    ['+919876543210', /leave out the 91 country code/],
    ['+91 98765 43210', /leave out the 91 country code and the spaces or hyphens/],
    ['919876543210', /leave out the 91 country code/],
    ['09876543210', /leave out the leading 0/],
    ['98765-43210', /leave out the spaces or hyphens/],
  ])('tolerates %s with a warning that explains it', (m, explanation) => {
    const r = checkMobile(m);
    expect(r.status).toBe('warning');
    expect(r.message).toMatch(/Type only the 10 digits 9876543210/);
    expect(r.message).toMatch(explanation);
    expect(r.message).toMatch(/registered on the GST portal/);
    expect(normaliseMobile(m)).toBe('9876543210');
  });

  it('rejects the wrong number of digits, saying how many were typed', () => {
    expect(checkMobile('987654321')).toMatchObject({ status: 'error' });
    expect(checkMobile('987654321').message).toMatch(/has 10 digits .* you typed 9/);
    expect(checkMobile('98765432101').message).toMatch(/you typed 11/);
    expect(checkMobile('+91987654321').message).toMatch(/you typed 9/);
  });

  it('rejects numbers not starting 6-9 (landlines)', () => {
    for (const m of ['5876543210', '0123456789', '1234567890']) {
      const r = checkMobile(m);
      expect(r.status, m).toBe('error');
      expect(r.message).toMatch(/start with 6, 7, 8 or 9/);
    }
  });

  it('rejects letters and other characters', () => {
    const r = checkMobile('98765O3210');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/only digits: remove “O”/);
    expect(checkMobile('(98765)43210').status).toBe('error');
    expect(normaliseMobile('abc')).toBeNull();
  });

  it('mobileSchema normalises to 10 digits and explains failures', () => {
    expect(mobileSchema.parse('+91 98765 43210')).toBe('9876543210');
    expect(mobileSchema.parse('9876543210')).toBe('9876543210');
    const bad = mobileSchema.safeParse('12345');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/10 digits/);
    expect(mobileSchema.safeParse('').success).toBe(false);
  });
});

describe('checkEmail', () => {
  it('is empty when nothing is typed', () => {
    const r = checkEmail(' ');
    expect(r.status).toBe('empty');
    expect(r.message).toMatch(/registered on the GST portal/);
  });

  it.each(['accounts@example.com', 'a.b+gst@example.co.in', 'FINANCE@Company.IN', ' name@example.com '])(
    'accepts %s',
    (e) => {
      const r = checkEmail(e);
      expect(r.status).toBe('ok');
      expect(r.message).toMatch(/registered on the GST portal/);
    },
  );

  it.each([
    ['name example.com', /Remove the spaces/],
    ['name.example.com', /has an @/],
    ['a@b@example.com', /only one @/],
    ['@example.com', /part before the @/],
    ['name@example', /domain with a dot/],
    ['name@', /domain with a dot/],
    ['name@example..com', /does not look like an e-mail address/],
    ['name@.com', /does not look like an e-mail address/],
  ])('rejects %s', (e, message) => {
    const r = checkEmail(e);
    expect(r.status).toBe('error');
    expect(r.message).toMatch(message);
  });

  it('warns about common domain misspellings', () => {
    const r = checkEmail('name@gmial.com');
    expect(r.status).toBe('warning');
    expect(r.message).toMatch(/Did you mean @gmail.com\?/);
    expect(checkEmail('name@GMAIL.CO').status).toBe('warning');
    expect(checkEmail('name@gmail.com').status).toBe('ok');
  });

  it('emailSchema trims and rejects bad shapes', () => {
    expect(emailSchema.parse(' a@example.com ')).toBe('a@example.com');
    expect(emailSchema.parse('name@gmial.com')).toBe('name@gmial.com'); // warnings do not fail
    const bad = emailSchema.safeParse('name.example.com');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/has an @/);
    expect(emailSchema.safeParse('').success).toBe(false);
  });
});

describe('characters outside plain ASCII, and length caps', () => {
  it('mobile: another script’s digits, special spaces and hidden characters are errors that say where', () => {
    expect(checkMobile('98765４3210')).toEqual({
      status: 'error',
      message: 'Character 6 of the mobile number is not a plain digit (0 to 9): retype it.',
    });
    expect(checkMobile('९८७६५४३२१०').message).toMatch(/^Characters 1, 2, 3, 4, 5 \(and 5 more\) of the mobile number/);
    // A no-break space used to be taken for a separator, and a BOM trimmed away.
    expect(checkMobile('98765\u00A043210').message).toMatch(/Character 6 .* a special space/);
    expect(checkMobile('\uFEFF9876543210').message).toMatch(/Character 1 .* an invisible character: delete it/);
    expect(checkMobile('98765\u200E43210').message).toMatch(/a direction-control character/);
    expect(mobileSchema.safeParse('98765\u200B43210').success).toBe(false);
    expect(normaliseMobile('98765\u00A043210')).toBeNull();
  });

  it('mobile: refuses input over 20 characters before parsing it', () => {
    expect(checkMobile('9'.repeat(21)).message).toBe(
      'A mobile number has 10 digits; you typed 21 characters. Type only the number.',
    );
    expect(checkMobile('+91 98765 43210').status).toBe('warning');
  });

  it('e-mail: refuses non-ASCII and hidden characters by position, without quoting them', () => {
    const r = checkEmail('nаme@example.com'); // Cyrillic а
    expect(r).toEqual({
      status: 'error',
      message: 'Character 2 of the e-mail address is not a plain English letter, digit or symbol: retype it.',
    });
    expect(checkEmail('name@exam\u200Cple.com').message).toMatch(/Character 10 .* an invisible character/);
    expect(checkEmail('name@example.com\u0085').message).toMatch(/Character 17 .* a control character/);
    expect(emailSchema.safeParse('name@example.com\u2060').success).toBe(false);
  });

  it('e-mail: at most 254 characters', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(at254).toHaveLength(254);
    expect(checkEmail(at254).status).toBe('ok');
    expect(checkEmail(`a${at254}`)).toEqual({
      status: 'error',
      message: 'An e-mail address has at most 254 characters; this has 255. Type only the address.',
    });
  });
});
