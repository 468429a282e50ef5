import { describe, expect, it } from 'vitest';
import { checkApiUsername, productionFinalUsername, type PrefixShown } from '@/utils/rules/api-user';

const prod = (value: string, shown: PrefixShown) => checkApiUsername(value, 'production', shown);

describe('production usernames, as the page shows API_', () => {
  it('shows the final name as the user types, whatever the status', () => {
    expect(prod('gstzenka', 'none').message).toMatch(/will be API_gstzenka/);
    expect(prod('gstzenka', 'add-on').message).toMatch(/will be API_gstzenka/);
    expect(prod('API_gstzenka', 'in-box').message).toMatch(/will be API_gstzenka/);
    // Also beside an error or a warning.
    expect(prod('API_gstzenka', 'add-on').message).toMatch(/will be API_API_gstzenka/);
    expect(prod('API_gstzenka', 'none').message).toMatch(/will be API_gstzenka/);
    expect(prod('gst zen', 'none').message).toMatch(/will be API_gst zen/);
  });

  it('is an error to type API_ where the page shows it before the box', () => {
    const r = prod('API_gstzenka', 'add-on');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/Remove API_ from the box/);
    expect(prod('api_gstzenka', 'add-on').status).toBe('error');
    expect(prod('gstzenka', 'add-on').status).toBe('ok');
  });

  it('is an error to remove the API_ the page put in the box', () => {
    const r = prod('gstzenka', 'in-box');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/Keep API_ at the start of the box/);
    expect(prod('api_gstzenka', 'in-box').status).toBe('error');
    expect(prod('API_gstzenka', 'in-box').status).toBe('ok');
    // Only the prefix in the box: nothing typed yet.
    expect(prod('API_', 'in-box').status).toBe('empty');
  });

  it('warns where the page says nothing', () => {
    const r = prod('API_gstzenka', 'none');
    expect(r.status).toBe('warning');
    expect(r.message).toMatch(/Leave out API_/);
  });

  it("applies NIC's length rule to the final name, API_ included", () => {
    // 11 typed + API_ = 15: fine; 12 typed = 16: too long.
    expect(prod('abcdefghijk', 'add-on').status).toBe('ok');
    const long = prod('abcdefghijkl', 'add-on');
    expect(long.status).toBe('warning');
    expect(long.message).toMatch(/16 characters \(API_abcdefghijkl, with API_\)/);
    expect(prod('API_abcdefghijkl', 'in-box').status).toBe('warning');
    // The sandbox has no prefix: 12 characters are fine there.
    expect(checkApiUsername('abcdefghijkl', 'sandbox').status).toBe('ok');
  });

  it('keeps the character rules on what was typed', () => {
    expect(prod('gst-zen1', 'add-on').status).toBe('warning');
    expect(prod('gstzen1_', 'add-on').message).toMatch(/Start and end the username/);
  });

  it('says what to type where, when empty', () => {
    expect(prod('', 'add-on').message).toMatch(/after the API_ shown before the box/);
    expect(prod('API_', 'in-box').message).toMatch(/after API_ in the box/);
    expect(prod('', 'none').message).not.toMatch(/ {2}/);
  });
});

describe('productionFinalUsername', () => {
  it('makes API_ + the name in each case', () => {
    expect(productionFinalUsername('acme01', 'add-on')).toBe('API_acme01');
    expect(productionFinalUsername('API_acme01', 'add-on')).toBe('API_API_acme01');
    expect(productionFinalUsername('API_acme01', 'in-box')).toBe('API_acme01');
    expect(productionFinalUsername('acme01', 'none')).toBe('API_acme01');
    expect(productionFinalUsername(' ', 'none')).toBe('');
  });
});
