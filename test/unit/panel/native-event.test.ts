import { describe, expect, it } from 'vitest';
import { nativeEventOf } from '@/entrypoints/portal.content/native-event';

describe('nativeEventOf', () => {
  it("takes React's synthetic event's nativeEvent", () => {
    expect(nativeEventOf({ nativeEvent: { isTrusted: true }, isTrusted: false }).isTrusted).toBe(true);
    expect(nativeEventOf({ nativeEvent: { isTrusted: false }, isTrusted: true }).isTrusted).toBe(false);
  });

  it('takes the browser event itself (preact/compat), untrusted when a page script made it', () => {
    expect(nativeEventOf({ isTrusted: false }).isTrusted).toBe(false);
    expect(nativeEventOf({ isTrusted: true }).isTrusted).toBe(true);
    expect(nativeEventOf({}).isTrusted).toBe(false);
  });
});
