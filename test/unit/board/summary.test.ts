import { describe, expect, it } from 'vitest';
import type { BoardEntry } from '@/utils/board/observation';
import { BOARD_SECTIONS } from '@/utils/board/sections';
import { supportSummary, type SetFacts } from '@/utils/board/summary';
import { indiaTime } from '@/utils/india-time';
import type { CredentialSet } from '@/utils/vault/credential-set';

const GSTIN = '29AAFCC9980M1ZR';
const PASSWORD = 'Zen@Demo2026';
const PROD_PASSWORD = 'Live#Secret-77';
// 12 June 2026, 09:30 UTC = 15:00 in India.
const T = Date.UTC(2026, 5, 12, 9, 30);

const entry: BoardEntry = {
  gstin: GSTIN,
  tradeName: 'CloudZen Software Labs',
  firstSeenAt: T,
  updatedAt: T + 60_000,
  sections: {
    'sandbox-api-user': { at: T, by: 'observed', detail: 'API user gstzendemo01 created' },
    'delete-test-invoices': { at: T + 60_000, by: 'user' },
  },
  usernames: { sandbox: 'gstzendemo01' },
  lastPortalMessage: { text: 'Api user already exists', at: T + 30_000, site: 'production' },
};

/** Full sets, passwords and all, as a caller might pass them by mistake. */
const fullSets: CredentialSet[] = [
  {
    id: 'a',
    env: 'sandbox',
    gstin: GSTIN,
    username: 'gstzendemo01',
    finalUsername: 'gstzendemo01',
    password: PASSWORD,
    capturedAt: T,
    updatedAt: T,
    status: 'confirmed',
  },
  {
    id: 'b',
    env: 'production',
    gstin: GSTIN,
    username: 'gstzendemo01',
    password: PROD_PASSWORD,
    capturedAt: T + 20_000,
    updatedAt: T + 30_000,
    status: 'rejected',
    portalMessage: 'Api user already exists',
    alreadyCreated: true,
  },
  {
    id: 'c',
    env: 'sandbox',
    gstin: '36AAECB7633H1ZN',
    username: 'someoneelse',
    password: 'Other#Pass-1',
    capturedAt: T,
    updatedAt: T,
    status: 'confirmed',
  },
];

function summary(sets: readonly SetFacts[] = fullSets) {
  return supportSummary({ entry, sets, version: '0.1.0', now: T + 120_000 });
}

describe('supportSummary', () => {
  it('names the GSTIN and trade name, and all five sections in the document order', () => {
    const text = summary();
    expect(text).toContain(`GSTIN: ${GSTIN} (CloudZen Software Labs)`);
    const positions = BOARD_SECTIONS.map((section) => text.indexOf(section.title()));
    for (const at of positions) expect(at).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Part 1, Section 1, Create the sandbox API user');
    expect(text).toContain('Part 2, Section 3, Log into production through GSTZen');
  });

  it('ticks the done sections with their time in India and who ticked them; the rest "not yet"', () => {
    const lines = summary().split('\n');
    const line = (title: string) => lines.find((l) => l.includes(title)) ?? '';
    expect(line('Create the sandbox API user')).toBe(
      '✓ Part 1, Section 1, Create the sandbox API user: done 12 Jun 2026, 3:00 pm IST, seen by the assistant (API user gstzendemo01 created)',
    );
    expect(line('Delete the test invoices')).toBe(
      '✓ Part 2, Section 1, Delete the test invoices in the sales register: done 12 Jun 2026, 3:01 pm IST, ticked by the user',
    );
    expect(line('Log into the sandbox through GSTZen')).toMatch(/^✗ .*: not yet$/);
    expect(line('Create the production API user')).toMatch(/^✗ .*: not yet$/);
    expect(line('Log into production through GSTZen')).toMatch(/^✗ .*: not yet$/);
  });

  it('gives the final usernames per environment with their status, the last portal message, the version and the time made', () => {
    const text = summary();
    expect(text).toContain('- Sandbox (trial) portal: gstzendemo01 (created on the portal, 12 Jun 2026, 3:00 pm IST)');
    expect(text).toContain('- Production e-Invoice portal: API_gstzendemo01 (refused by the portal,');
    expect(text).toContain(
      'Last portal message: "Api user already exists" (Production e-Invoice portal, 12 Jun 2026, 3:00 pm IST)',
    );
    expect(text).toContain('Extension version: 0.1.0');
    expect(text).toContain('Made: 12 Jun 2026, 3:02 pm IST');
    // Another GSTIN's sets stay out.
    expect(text).not.toContain('someoneelse');
  });

  it('holds no password, even when full sets (with passwords) are passed in at runtime', () => {
    const text = summary();
    for (const secret of [PASSWORD, PROD_PASSWORD, 'Other#Pass-1']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password\s*:/i);
  });

  it('says "none yet" and "none seen" for a GSTIN with nothing done', () => {
    const text = supportSummary({
      entry: { gstin: GSTIN, firstSeenAt: T, updatedAt: T, sections: {}, usernames: {} },
      sets: [],
      version: '9.9.9',
      now: T,
    });
    expect(text.match(/: not yet$/gm)).toHaveLength(5);
    expect(text).toContain('- Sandbox (trial) portal: none yet');
    expect(text).toContain('Last portal message: none seen');
    expect(text).toContain(`GSTIN: ${GSTIN}\n`);
  });

  it('writes times in India whatever the clock of the machine', () => {
    expect(indiaTime(Date.UTC(2026, 0, 1, 20, 0))).toBe('2 Jan 2026, 1:30 am IST');
  });
});
