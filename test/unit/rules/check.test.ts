import { describe, it, expect } from 'vitest';
import { combine, empty, error, isAcceptable, listInWords, ok, warning, worstStatus } from '../../../utils/rules/check';

describe('check helpers', () => {
  it('builds results', () => {
    expect(ok('a')).toEqual({ status: 'ok', message: 'a' });
    expect(warning('b').status).toBe('warning');
    expect(error('c').status).toBe('error');
    expect(empty('d').status).toBe('empty');
  });

  it('isAcceptable: ok and warning only', () => {
    expect(isAcceptable(ok(''))).toBe(true);
    expect(isAcceptable(warning(''))).toBe(true);
    expect(isAcceptable(error(''))).toBe(false);
    expect(isAcceptable(empty(''))).toBe(false);
  });

  it('worstStatus orders error > warning > empty > ok', () => {
    expect(worstStatus()).toBe('ok');
    expect(worstStatus('ok', 'empty')).toBe('empty');
    expect(worstStatus('empty', 'warning', 'ok')).toBe('warning');
    expect(worstStatus('warning', 'error', 'ok')).toBe('error');
  });

  it('combine puts errors first, then warnings; falls back when there are none', () => {
    expect(combine([], ok('fine'))).toEqual(ok('fine'));
    expect(combine([warning('W1.'), error('E1.'), warning('W2.'), error('E2.')], ok('fine'))).toEqual({
      status: 'error',
      message: 'E1. E2. W1. W2.',
    });
    expect(combine([warning('W.')], ok('fine'))).toEqual(warning('W.'));
  });

  it('listInWords', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
