// GSTZen's origins: one constant, compared as whole origins. The manifest's matches and the
// background's sender check (isSiteSender) come from it.
import { describe, expect, it } from 'vitest';
import { isSiteSender, type MessageSender } from '@/entrypoints/background/handlers';
import { GSTZEN_ORIGINS, flowsForOrigin, gstzenSite, matchPatterns } from '@/utils/flows';

const contentScriptAt = (url: string, frameId = 0): MessageSender => ({
  id: 'test-extension-id',
  url,
  tab: { id: 5 } as MessageSender['tab'],
  frameId,
});

describe('the GSTZen origin rule', () => {
  it('accepts exactly GSTZen’s origin, top frame', () => {
    expect(GSTZEN_ORIGINS).toEqual(['https://my.gstzen.in']);
    expect(isSiteSender(contentScriptAt('https://my.gstzen.in/gstin/29AAFCC9980M1ZR/'), gstzenSite)).toBe(true);
    expect(isSiteSender(contentScriptAt('https://my.gstzen.in/', 3), gstzenSite)).toBe(false);
  });

  it.each([
    'https://my.gstzen.in.example.com/',
    'https://evil.my.gstzen.in/',
    'http://my.gstzen.in/',
    'https://my.gstzen.in:8443/',
    'https://gstzen.in/',
    'https://my-gstzen.in/',
    'https://MY.GSTZEN.IN.example.com/',
    'https://einv-apisandbox.nic.in/',
  ])('refuses %s', (url) => {
    expect(isSiteSender(contentScriptAt(url), gstzenSite)).toBe(false);
    expect(flowsForOrigin(new URL(url).origin).some((flow) => flow.id === 'gstzen')).toBe(false);
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
