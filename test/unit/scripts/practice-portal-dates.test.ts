import { describe, expect, it } from 'vitest';
import { formatNicDate } from '../../../practice-portal/variant-pages.mjs';

/** The replica's acknowledgement and API user list show India's time, as NIC's pages do. */
describe('formatNicDate', () => {
  it.each([
    ['2026-11-30T04:40:13Z', '30/11/2026 10:10:13 AM'],
    ['2026-11-30T18:45:00Z', '01/12/2026 12:15:00 AM'],
    ['2026-12-31T06:30:05Z', '31/12/2026 12:00:05 PM'],
  ])('writes %s as %s, whatever the machine’s time zone', (utc, shown) => {
    expect(formatNicDate(new Date(utc))).toBe(shown);
  });
});
