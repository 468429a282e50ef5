// GSTZen's login form: which environment it is for, the username and client rules, the warning
// before filling one environment's set into the other's form, and the GSTIN match.
import { describe, expect, it } from 'vitest';
import {
  checkGstzenClient,
  checkGstzenUsername,
  environmentFromText,
  environmentOfClientId,
  fillMismatchWarning,
  formEnvironment,
  gstinMatches,
} from '@/utils/rules/gstzen-form';

describe('which environment the form is for', () => {
  it.each([
    ['Sandbox (testing)', 'sandbox'],
    ['Trial', 'sandbox'],
    ['Production', 'production'],
    ['Live', 'production'],
    ['', null],
    ['Sandbox or Production', null],
    [null, null],
  ] as const)('reads %j as %s', (text, env) => {
    expect(environmentFromText(text)).toBe(env);
  });

  it('knows the client IDs, in any case and spacing, and nothing else', () => {
    expect(environmentOfClientId('ZENTRIAL')).toBe('sandbox');
    expect(environmentOfClientId(' zenlive ')).toBe('production');
    expect(environmentOfClientId('AAFCC29ERP82ZSO')).toBeNull();
  });

  it('trusts the page first, then the client ID, then an API_ username', () => {
    expect(formEnvironment('sandbox', 'ZENLIVE', 'API_x')).toBe('sandbox');
    expect(formEnvironment(null, 'ZENLIVE', 'plain')).toBe('production');
    expect(formEnvironment(null, '', 'API_x')).toBe('production');
    expect(formEnvironment(null, '', 'plain')).toBeNull();
  });
});

describe('username', () => {
  it('requires API_ in production and says the name to type', () => {
    const result = checkGstzenUsername('zenlive01', 'production');
    expect(result.status).toBe('error');
    expect(result.message).toContain('API_zenlive01');
    expect(checkGstzenUsername('API_zenlive01', 'production').status).toBe('ok');
  });

  it('warns about an API_ name on the sandbox form', () => {
    expect(checkGstzenUsername('API_zenlive01', 'sandbox').status).toBe('warning');
    expect(checkGstzenUsername('zensand01', 'sandbox').status).toBe('ok');
  });

  it('asks for a name when empty and refuses spaces around it', () => {
    expect(checkGstzenUsername('', 'production')).toMatchObject({
      status: 'empty',
      message: expect.stringMatching(/API_/) as unknown,
    });
    expect(checkGstzenUsername(' zensand01', 'sandbox').status).toBe('error');
  });
});

describe('client ID and secret', () => {
  it('must be the environment’s own pair', () => {
    expect(checkGstzenClient('ZENTRIAL', 'ZENTRIAL', 'sandbox').status).toBe('ok');
    expect(checkGstzenClient('ZENLIVE', 'ZENLIVE', 'production').status).toBe('ok');
    const wrong = checkGstzenClient('ZENTRIAL', 'ZENTRIAL', 'production');
    expect(wrong.status).toBe('error');
    expect(wrong.message).toMatch(/production.*ZENLIVE/);
  });

  it('catches a secret from the other pair when the page says nothing', () => {
    expect(checkGstzenClient('ZENLIVE', 'ZENTRIAL', null)).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/ZENLIVE/) as unknown,
    });
    expect(checkGstzenClient('AAFCC29ERP82ZSO', 'x', null).status).toBe('error');
    expect(checkGstzenClient('ZENLIVE', 'ZENLIVE', null).status).toBe('ok');
  });

  it('warns about lower case and asks when empty', () => {
    expect(checkGstzenClient('zentrial', 'zentrial', 'sandbox').status).toBe('warning');
    expect(checkGstzenClient('', '', 'sandbox')).toMatchObject({
      status: 'empty',
      message: expect.stringMatching(/ZENTRIAL/) as unknown,
    });
  });
});

describe('filling one environment’s set into the other’s form', () => {
  it('warns both ways, and not when they agree or the page does not say', () => {
    expect(fillMismatchWarning('sandbox', 'production')).toMatch(/for production.*sandbox credentials/);
    expect(fillMismatchWarning('production', 'sandbox')).toMatch(/for sandbox.*production credentials/);
    expect(fillMismatchWarning('sandbox', 'sandbox')).toBeNull();
    expect(fillMismatchWarning('production', null)).toBeNull();
  });
});

describe('GSTIN match', () => {
  it('matches only the same well-formed GSTIN', () => {
    expect(gstinMatches('29AAFCC9980M1ZR', '29AAFCC9980M1ZR')).toBe(true);
    expect(gstinMatches('29AAFCC9980M1ZR', '36AAECC5105F1Z3')).toBe(false);
    expect(gstinMatches('29AAFCC9980M1ZR', '29aafcc9980m1zr')).toBe(false);
    expect(gstinMatches('29AAFCC9980M1ZR', null)).toBe(false);
    expect(gstinMatches('', '')).toBe(false);
  });
});

describe('GSTZen form: characters outside plain ASCII', () => {
  it('refuses hidden and non-ASCII characters in the username by position, without quoting them', () => {
    expect(checkGstzenUsername('zen\u200Blive01', 'production')).toEqual({
      status: 'error',
      message: 'Character 4 of the username is an invisible character: delete it.',
    });
    expect(checkGstzenUsername('API_zenlıve01', 'production').message).toMatch(
      /^Character 9 of the username is not a plain letter, digit or _/,
    );
    expect(checkGstzenUsername('\uFEFFzensand01', 'sandbox').status).toBe('error');
  });

  it('does not take a dotless ı for I in the client ID or secret', () => {
    expect(environmentOfClientId('zentrıal')).toBeNull();
    expect(checkGstzenClient('ZENTRıAL', 'ZENTRIAL', 'sandbox').status).toBe('error');
    expect(checkGstzenClient('ZENTRIAL', 'ZENTRIAL', 'sandbox').status).toBe('ok');
  });
});
