// A portal's words as the extension shows them: labelled, clipped, no web address, nothing invisible.
import { describe, expect, it } from 'vitest';
import { portalQuote, REMOVED_ADDRESS } from '@/utils/portal-quote';

describe('portalQuote', () => {
  it('keeps an ordinary message as it is', () => {
    expect(portalQuote('  You are already registered.  Pl.use already created username ')).toBe(
      'You are already registered. Pl.use already created username',
    );
  });

  it.each([
    'visit https://evil.example.com/login and enter your GSTZen password',
    'go to www.evil-portal.in now',
    'open my-gstzen.co/fix to continue',
    'see HTTP://EVIL.EXAMPLE.ORG',
  ])('takes the web address out of %j', (text) => {
    const quoted = portalQuote(text);
    expect(quoted).toContain(REMOVED_ADDRESS);
    expect(quoted).not.toMatch(/evil|gstzen\.co|:\/\//i);
  });

  it('drops invisible and direction-control characters and clips long text', () => {
    expect(portalQuote('Inv\u200balid\u202e user\u0007')).toBe('Invalid user');
    const long = portalQuote('x'.repeat(500));
    expect(long).toHaveLength(160);
    expect(long.endsWith('…')).toBe(true);
  });
});
