import { describe, it, expect } from 'vitest';
import {
  API_USERNAME_PREFIX,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_SPECIALS,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  apiPasswordSchema,
  apiUsernameSchema,
  checkApiPassword,
  checkApiUsername,
  checkPasswordConfirmation,
  productionApiUsername,
} from '../../../utils/rules/api-user';

describe('constants', () => {
  // docs/portals.md#nic-rules-and-messages: API_ and the specials [src]; the lengths [guess].
  it('match docs/portals.md', () => {
    expect(API_USERNAME_PREFIX).toBe('API_');
    expect([USERNAME_MIN_LENGTH, USERNAME_MAX_LENGTH]).toEqual([6, 15]);
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([8, 15]);
    expect(PASSWORD_SPECIALS).toBe('%$#@_!*');
  });
});

describe('checkApiUsername', () => {
  it('is empty when nothing is typed; production says API_ is added', () => {
    expect(checkApiUsername('', 'sandbox').status).toBe('empty');
    expect(checkApiUsername('  ', 'sandbox').status).toBe('empty');
    expect(checkApiUsername('', 'sandbox').message).not.toMatch(/API_/);
    expect(checkApiUsername('', 'production').message).toMatch(/the portal adds API_ in front/);
  });

  it('accepts letters, digits and underscore within 6-15', () => {
    for (const name of ['gstzen', 'GSTZEN_KA', 'acme2024', 'a1b2c3d4e5f6g7h']) {
      expect(checkApiUsername(name, 'sandbox').status, name).toBe('ok');
    }
  });

  it('says the sandbox name has no prefix and the production name gets API_', () => {
    expect(checkApiUsername('gstzenka', 'sandbox').message).toMatch(/no prefix/);
    const prod = checkApiUsername('GSTZENKA', 'production');
    expect(prod.status).toBe('ok');
    expect(prod.message).toMatch(/Your API username will be API_GSTZENKA: type exactly that in GSTZen/);
  });

  it('rejects spaces inside, and at the ends', () => {
    const inside = checkApiUsername('acme user', 'sandbox');
    expect(inside.status).toBe('error');
    expect(inside.message).toMatch(/Remove the spaces/);
    const end = checkApiUsername('acmeuser ', 'production');
    expect(end.status).toBe('error');
    expect(end.message).toMatch(/space at the start or end/);
  });

  it('warns (not errors) about other special characters, naming them', () => {
    const r = checkApiUsername('acme.user-1', 'sandbox');
    expect(r.status).toBe('warning');
    expect(r.message).toMatch(/“\.” “-”/);
    expect(r.message).toMatch(/letters, digits and _ are the safe choice/);
  });

  it('refuses letters outside ASCII by position, without quoting them (they cannot be retyped in GSTZen)', () => {
    // Was a warning quoting the letter; ı would also upper-case to I.
    expect(checkApiUsername('acmé_user', 'sandbox')).toEqual({
      status: 'error',
      message: 'Character 4 of the username is not a plain letter, digit or _: retype it.',
    });
    const prod = checkApiUsername('acmeıuser', 'production');
    expect(prod.status).toBe('error');
    expect(prod.message).not.toMatch(/Your API username will be/);
    expect(apiUsernameSchema.safeParse('аcmeuser').success).toBe(false); // Cyrillic а
  });

  it('refuses invisible, direction and control characters (they used to warn), saying where', () => {
    for (const [name, words] of [
      ['acme​user', 'Character 5 of the username is an invisible character: delete it.'],
      ['acme‮user', 'Character 5 of the username is a direction-control character: delete it.'],
      ['⁦acme⁩user', 'Characters 1 and 6 of the username are direction-control characters: delete them.'],
      ['acmeuser', 'Character 9 of the username is a control character: delete it.'],
      ['﻿acmeuser', 'Character 1 of the username is an invisible character: delete it.'],
      ['acme­user', 'Character 5 of the username is an invisible character: delete it.'],
    ] as const) {
      for (const env of ['sandbox', 'production'] as const) {
        expect(checkApiUsername(name, env), `${env} ${JSON.stringify(name)}`).toEqual({
          status: 'error',
          message: words,
        });
      }
      expect(apiUsernameSchema.safeParse(name).success).toBe(false);
    }
    // A lone BOM is not an empty box.
    expect(checkApiUsername('﻿', 'sandbox').status).toBe('error');
  });

  it('refuses names longer than the vault keeps, before checking them', () => {
    const r = checkApiUsername('a'.repeat(101), 'sandbox');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/has 101 characters; the assistant keeps at most 100/);
    // With API_ added, 97 typed characters make 101.
    expect(checkApiUsername('a'.repeat(97), 'production').message).toMatch(/With API_ the username has 101 characters/);
  });

  it('warns when it starts or ends with a special character (underscore included)', () => {
    for (const name of ['_acmeuser', 'acmeuser_', '@acmeuser']) {
      const r = checkApiUsername(name, 'sandbox');
      expect(r.status, name).toBe('warning');
      expect(r.message).toMatch(/Start and end the username with a letter or digit/);
    }
  });

  it('warns outside 6-15 characters', () => {
    const short = checkApiUsername('acme', 'sandbox');
    expect(short.status).toBe('warning');
    expect(short.message).toMatch(/has 4 characters.*6 to 15/);
    expect(checkApiUsername('abcdefghijklmnop', 'sandbox').status).toBe('warning'); // 16
    expect(checkApiUsername('abcdef', 'sandbox').status).toBe('ok'); // 6
    expect(checkApiUsername('abcdefghijklmno', 'sandbox').status).toBe('ok'); // 15
  });

  it('warns in production when API_ is typed (any case), not in the sandbox', () => {
    for (const name of ['API_acmeuser', 'api_acmeuser', 'Api_acmeuser']) {
      const r = checkApiUsername(name, 'production');
      expect(r.status, name).toBe('warning');
      expect(r.message).toMatch(/Leave out API_.*API_API_/);
    }
    expect(checkApiUsername('API_acmeuser', 'sandbox').status).toBe('ok');
  });

  it('lists an error first, then warnings, in one message', () => {
    const r = checkApiUsername('a b', 'sandbox');
    expect(r.status).toBe('error');
    expect(r.message.indexOf('Remove the spaces')).toBe(0);
    expect(r.message).toMatch(/has 3 characters/);
  });
});

describe('productionApiUsername', () => {
  it('adds API_ when it is not there', () => {
    expect(productionApiUsername('GSTZENKA')).toBe('API_GSTZENKA');
    expect(productionApiUsername(' test ')).toBe('API_test');
  });

  it('does not double a typed prefix (assumption), writing it API_', () => {
    expect(productionApiUsername('API_test')).toBe('API_test');
    expect(productionApiUsername('api_test')).toBe('API_test');
  });

  it('returns empty for empty', () => {
    expect(productionApiUsername('')).toBe('');
  });
});

describe('checkApiPassword', () => {
  it('is empty when nothing is typed, and lists what is needed', () => {
    const r = checkApiPassword('');
    expect(r.status).toBe('empty');
    expect(r.message).toMatch(/upper-case letter, a lower-case letter, a digit and one of % \$ # @ _ ! \*/);
  });

  it.each(['Gst@2024ab', 'aB3%xyzw', 'Zen$Tax99', 'Q1w#e2r3t', 'xY7_secure', 'Ab1!Ab1!x', 'Pass*word9'])(
    'accepts %s',
    (p) => {
      const r = checkApiPassword(p);
      expect(r.status).toBe('ok');
      expect(r.message).toMatch(/meets NIC's rule/);
    },
  );

  it('accepts each of the documented special characters', () => {
    for (const c of PASSWORD_SPECIALS) {
      expect(checkApiPassword(`Abcd${c}123`).status, c).toBe('ok');
    }
  });

  it('lists every missing piece together, as one error', () => {
    expect(checkApiPassword('Abcdefgh')).toEqual({
      status: 'error',
      message:
        'Add a digit and one of % $ # @ _ ! *. NIC needs at least one upper-case letter, one lower-case letter, one digit and one special character.',
    });
    expect(checkApiPassword('abcd1234@').message).toMatch(/^Add an upper-case letter\./);
    expect(checkApiPassword('ABCD1234@').message).toMatch(/^Add a lower-case letter\./);
    expect(checkApiPassword('Abcd@efgh').message).toMatch(/^Add a digit\./);
    expect(checkApiPassword('Abcd1234').message).toMatch(/^Add one of % \$ # @ _ ! \*\./);
    expect(checkApiPassword('12345678').message).toMatch(
      /^Add an upper-case letter, a lower-case letter and one of % \$ # @ _ ! \*\./,
    );
  });

  it('does not count other special characters as the required one', () => {
    const r = checkApiPassword('Abcd&1234');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/Add one of/);
    expect(r.message).toMatch(/a character other than letters, digits/);
  });

  it('warns about characters outside letters, digits and the set, without naming them', () => {
    const r = checkApiPassword('Abc&12@xyz');
    expect(r.status).toBe('warning');
    expect(r.message).toMatch(/a character other than letters, digits and % \$ # @ _ ! \*/);
    expect(r.message).not.toContain('&');
    const space = checkApiPassword('Abc 12@xyz');
    expect(space.status).toBe('warning');
    expect(space.message).toMatch(/contains a space;/);
    const both = checkApiPassword('Ab€ 12@xyz');
    expect(both.message).toMatch(/a space and a character other than/);
    expect(both.message).not.toContain('€');
  });

  it('warns when it starts or ends with a special character', () => {
    for (const p of ['@Abcd1234', 'Abcd1234!', '_Abcd1234']) {
      const r = checkApiPassword(p);
      expect(r.status, p).toBe('warning');
      expect(r.message).toMatch(/Start and end the password with a letter or digit: some GSPs reject/);
    }
  });

  it('warns (not errors) outside 8-15 characters, without giving the length', () => {
    const short = checkApiPassword('Ab1@xyz'); // 7
    expect(short.status).toBe('warning');
    expect(short.message).toMatch(/shorter than 8 characters/);
    expect(short.message).not.toMatch(/\b7\b/);
    const long = checkApiPassword('Abcdefgh1@ijklmn'); // 16
    expect(long.status).toBe('warning');
    expect(long.message).toMatch(/longer than 15 characters/);
    expect(checkApiPassword('Abcde@f1').status).toBe('ok'); // 8
    expect(checkApiPassword('Abcdefgh1@ijklm').status).toBe('ok'); // 15
  });

  it('warns when the password contains the username (any case, with or without API_)', () => {
    const r = checkApiPassword('Acmeuser@1', { username: 'acmeuser' });
    expect(r.status).toBe('warning');
    expect(r.message).toMatch(/contains the username/);
    expect(checkApiPassword('xAcmeUser@1', { username: 'API_acmeuser' }).status).toBe('warning');
    expect(checkApiPassword('Gst@2024ab', { username: 'acmeuser' }).status).toBe('ok');
    // Too-short usernames are not compared (every password would "contain" them).
    expect(checkApiPassword('Gst@2024ab', { username: 'ab' }).status).toBe('ok');
    expect(checkApiPassword('Gst@2024ab', { username: '' }).status).toBe('ok');
  });

  it('puts errors before warnings when both apply', () => {
    const r = checkApiPassword('abc');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/^Add an upper-case letter, a digit and one of/);
    expect(r.message).toMatch(/shorter than 8 characters/);
  });
});

describe('checkPasswordConfirmation', () => {
  it('is empty when the confirmation is not typed yet', () => {
    expect(checkPasswordConfirmation('Gst@2024ab', '').status).toBe('empty');
    expect(checkPasswordConfirmation('', '').status).toBe('empty');
  });

  it('is ok when they match', () => {
    expect(checkPasswordConfirmation('Gst@2024ab', 'Gst@2024ab')).toEqual({
      status: 'ok',
      message: 'The two passwords match.',
    });
  });

  it('errors when they differ, with the exact message', () => {
    expect(checkPasswordConfirmation('Gst@2024ab', 'Gst@2024ac')).toEqual({
      status: 'error',
      message: 'The two passwords differ. Type the same password in both boxes.',
    });
  });

  it('hints at Caps Lock and stray spaces without showing the password', () => {
    expect(checkPasswordConfirmation('Gst@2024ab', 'gST@2024AB').message).toMatch(/Caps Lock/);
    expect(checkPasswordConfirmation('Gst@2024ab', 'Gst@2024ab ').message).toMatch(/space at the start or end/);
  });

  it('hints at an invisible character when that is the only difference', () => {
    expect(checkPasswordConfirmation('Gst@2024ab', 'Gst@\u200B2024ab').message).toMatch(
      /One of them has an invisible or control character: retype both by hand/,
    );
  });

  it('errors when only the confirmation is typed', () => {
    expect(checkPasswordConfirmation('', 'Gst@2024ab').status).toBe('error');
  });
});

describe('schemas', () => {
  it('refuses invisible, direction and control characters by position and kind', () => {
    expect(checkApiPassword('Gst@20​24ab')).toEqual({
      status: 'error',
      message: 'Character 7 of the password is an invisible character: delete it.',
    });
    expect(checkApiPassword('Gst@2024ab‮').message).toMatch(/^Character 11 of the password is a direction-control/);
    expect(checkApiPassword('Gst@	2024ab').message).toMatch(/^Character 5 of the password is a control character/);
    expect(apiPasswordSchema.safeParse('Gst@2024ab­').success).toBe(false);
  });

  it('refuses a password longer than the vault keeps, without a count', () => {
    expect(checkApiPassword('Gst@2024ab'.repeat(21))).toEqual({
      status: 'error',
      message: 'The password is longer than 200 characters, more than the assistant can keep: choose a shorter one.',
    });
    expect(checkApiPassword('Gst@2024ab'.repeat(20)).status).toBe('warning');
  });

  it('apiPasswordSchema enforces only the errors', () => {
    expect(apiPasswordSchema.parse('Gst@2024ab')).toBe('Gst@2024ab');
    expect(apiPasswordSchema.safeParse('@Ab1').success).toBe(true); // warnings only
    const bad = apiPasswordSchema.safeParse('Secretpass');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^Add a digit and one of/);
    expect(JSON.stringify(bad.error?.issues)).not.toContain('Secretpass');
    expect(apiPasswordSchema.safeParse('').success).toBe(false);
  });

  it('apiUsernameSchema refuses empty names and spaces, not warnings', () => {
    expect(apiUsernameSchema.parse('acme.user')).toBe('acme.user');
    expect(apiUsernameSchema.parse('API_acme')).toBe('API_acme');
    expect(apiUsernameSchema.safeParse('acme user').success).toBe(false);
    expect(apiUsernameSchema.safeParse('').success).toBe(false);
  });
});

describe('no message ever contains the password', () => {
  const passwords = [
    'Gst@2024ab',
    'Secretpass',
    'Abcdefgh',
    'hunter22',
    'Tr0ub4dor&3',
    'has space 1A!',
    'ÄÖüßÄÖüß',
    '@StartEnd!',
    'VeryLongPassword#2024xyz',
    'Acmeuser@1',
    '&&&&&&&&',
    '~~~~Ab1@',
    '€€€Ab1@',
  ];
  const usernames = ['acmeuser', 'API_acmeuser', '', 'ab'];

  it.each(passwords)('%s', (password) => {
    const variants = [password, password.toUpperCase(), password.toLowerCase(), `${password} `, password.slice(1), ''];
    const results = [
      ...usernames.map((username) => checkApiPassword(password, { username })),
      ...variants.map((v) => checkPasswordConfirmation(password, v)),
      ...variants.map((v) => checkPasswordConfirmation(v, password)),
    ];
    const parsed = apiPasswordSchema.safeParse(password);
    const schemaMessages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    for (const message of [...results.map((r) => r.message), ...schemaMessages]) {
      expect(message).not.toContain(password);
      expect(message).not.toContain(password.trim());
      // Nor any character outside the documented set and plain text.
      for (const c of password) {
        if (!/[A-Za-z0-9 ]/.test(c) && !PASSWORD_SPECIALS.includes(c)) expect(message).not.toContain(c);
      }
    }
  });
});
