// GSTZen's origins: one constant, compared as whole origins. The manifest's matches come from it.
import { describe, expect, it } from 'vitest';
import { GSTZEN_ORIGINS, flowsForOrigin, isGstzenOrigin, matchPatterns } from '@/utils/flows';

describe('the GSTZen origin rule', () => {
  it('accepts exactly GSTZen’s origin', () => {
    expect(GSTZEN_ORIGINS).toEqual(['https://my.gstzen.in']);
    expect(isGstzenOrigin('https://my.gstzen.in')).toBe(true);
  });

  it.each([
    'https://my.gstzen.in.example.com',
    'https://evil.my.gstzen.in',
    'http://my.gstzen.in',
    'https://my.gstzen.in:8443',
    'https://gstzen.in',
    'https://my-gstzen.in',
    'https://MY.GSTZEN.IN.example.com',
    'https://my.gstzen.in/',
    '',
  ])('refuses %j', (origin) => {
    expect(isGstzenOrigin(origin)).toBe(false);
    expect(flowsForOrigin(origin).some((flow) => flow.id === 'gstzen')).toBe(false);
  });

  it('puts nothing wider than the exact origins in the content scripts’ matches', () => {
    const patterns = matchPatterns();
    expect(patterns).toContain('https://my.gstzen.in/*');
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(patterns.some((p) => p.includes('*.'))).toBe(false);
  });

  it('gives GSTZen its two tasks', () => {
    expect(flowsForOrigin('https://my.gstzen.in').map((flow) => flow.task?.id)).toEqual([
      'gstzen-login',
      'gstzen-delete',
    ]);
  });
});
