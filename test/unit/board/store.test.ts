import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { boardItem, createBoardStore, MAX_BOARD_GSTINS, type BoardStore } from '@/utils/board/store';
import type { BoardEntry } from '@/utils/board/observation';

const GSTIN = '29AAFCC9980M1ZR';
const OTHER = '36AAECB7633H1ZN';

let clock: number;
let board: BoardStore;

beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_750_000_000_000;
  board = createBoardStore({ now: () => clock });
});

describe('the onboarding board store', () => {
  it('keeps the time a fact was first seen when a page shows it again, and takes a new fact’s time', async () => {
    const first = clock;
    await board.observe(GSTIN, { kind: 'gstzen-login', env: 'sandbox', username: 'gstzendemo01' });
    clock += 60_000;
    await board.observe(GSTIN, { kind: 'gstzen-login', env: 'sandbox', username: 'gstzendemo01' });
    expect((await board.get(GSTIN))?.sections['sandbox-gstzen-login']?.at).toBe(first);
    clock += 60_000;
    await board.observe(GSTIN, { kind: 'gstzen-login', env: 'sandbox', username: 'gstzendemo02' });
    expect((await board.get(GSTIN))?.sections['sandbox-gstzen-login']).toMatchObject({
      at: clock,
      detail: 'Logged in as gstzendemo02',
    });
  });

  it('is empty at first', async () => {
    expect(await board.list()).toEqual([]);
    expect(await board.get(GSTIN)).toBeNull();
  });

  it('ticks what the extension observed, with its time and detail, and keeps the final usernames', async () => {
    await board.observe(GSTIN, { kind: 'gstin-seen', tradeName: 'CloudZen Software Labs' });
    clock += 1000;
    await board.observe(GSTIN, { kind: 'api-user-created', env: 'sandbox', finalUsername: 'gstzendemo01' });
    clock += 1000;
    await board.observe(GSTIN, { kind: 'gstzen-login', env: 'sandbox', username: 'gstzendemo01' });
    clock += 1000;
    await board.observe(GSTIN, { kind: 'test-invoices-deleted', count: 12 });
    clock += 1000;
    await board.observe(GSTIN, { kind: 'api-user-created', env: 'production', finalUsername: 'API_gstzendemo01' });
    clock += 1000;
    await board.observe(GSTIN, { kind: 'portal-message', site: 'production', text: 'Invalid captcha' });

    const entry = await board.get(GSTIN);
    expect(entry).toMatchObject({
      gstin: GSTIN,
      tradeName: 'CloudZen Software Labs',
      firstSeenAt: 1_750_000_000_000,
      sections: {
        'sandbox-api-user': { at: 1_750_000_001_000, by: 'observed', detail: 'API user gstzendemo01 created' },
        'sandbox-gstzen-login': { at: 1_750_000_002_000, by: 'observed', detail: 'Logged in as gstzendemo01' },
        'delete-test-invoices': { at: 1_750_000_003_000, by: 'observed', detail: '12 invoices deleted' },
        'production-api-user': { by: 'observed' },
      },
      usernames: { sandbox: 'gstzendemo01', production: 'API_gstzendemo01' },
      lastPortalMessage: { text: 'Invalid captcha', site: 'production', at: 1_750_000_005_000 },
    });
    expect(entry?.sections['production-gstzen-login']).toBeUndefined();
  });

  it('says "1 invoice" for one', async () => {
    const entry = await board.observe(GSTIN, { kind: 'test-invoices-deleted', count: 1 });
    expect(entry.sections['delete-test-invoices']?.detail).toBe('1 invoice deleted');
  });

  it("takes the user's tick and untick, also of an observed section, and keeps the first evidence", async () => {
    await board.tick(GSTIN, 'delete-test-invoices', true);
    expect((await board.get(GSTIN))?.sections['delete-test-invoices']).toEqual({ at: clock, by: 'user' });

    // Ticking again keeps the first time.
    const first = clock;
    clock += 5000;
    await board.tick(GSTIN, 'delete-test-invoices', true);
    expect((await board.get(GSTIN))?.sections['delete-test-invoices']?.at).toBe(first);

    await board.tick(GSTIN, 'delete-test-invoices', false);
    expect((await board.get(GSTIN))?.sections['delete-test-invoices']).toBeUndefined();

    await board.observe(GSTIN, { kind: 'api-user-created', env: 'sandbox', finalUsername: 'acme' });
    await board.tick(GSTIN, 'sandbox-api-user', true);
    expect((await board.get(GSTIN))?.sections['sandbox-api-user']?.by).toBe('observed');
    await board.tick(GSTIN, 'sandbox-api-user', false);
    expect((await board.get(GSTIN))?.sections['sandbox-api-user']).toBeUndefined();
  });

  it('makes no entry for an untick of a GSTIN it never saw', async () => {
    await board.tick(OTHER, 'sandbox-api-user', false);
    expect(await board.list()).toEqual([]);
  });

  it('refuses what is not a GSTIN and an observation that does not parse', async () => {
    await expect(board.tick('29aafcc9980m1zr', 'sandbox-api-user', true)).rejects.toThrow(/not a GSTIN/);
    await expect(board.observe(GSTIN, { kind: 'test-invoices-deleted', count: -1 } as never)).rejects.toThrow(
      /not valid/,
    );
    expect(await board.list()).toEqual([]);
  });

  it('keeps every change of observations arriving together (one queue)', async () => {
    await Promise.all([
      board.observe(GSTIN, { kind: 'api-user-created', env: 'sandbox', finalUsername: 'a' }),
      board.observe(GSTIN, { kind: 'test-invoices-deleted', count: 2 }),
      board.tick(GSTIN, 'production-gstzen-login', true),
      board.observe(OTHER, { kind: 'gstin-seen' }),
    ]);
    expect(Object.keys((await board.get(GSTIN))?.sections ?? {}).sort()).toEqual([
      'delete-test-invoices',
      'production-gstzen-login',
      'sandbox-api-user',
    ]);
    expect((await board.list()).map((e) => e.gstin).sort()).toEqual([GSTIN, OTHER].sort());
  });

  it(`keeps at most ${MAX_BOARD_GSTINS} GSTINs, dropping the ones untouched longest`, async () => {
    const gstin = (i: number) => `29AAAAA${String(i).padStart(4, '0')}A1Z5`;
    for (let i = 0; i < MAX_BOARD_GSTINS; i++) {
      clock += 1;
      await board.observe(gstin(i), { kind: 'gstin-seen' });
    }
    // The oldest one is touched again: the second oldest goes instead.
    clock += 1;
    await board.tick(gstin(0), 'sandbox-api-user', true);
    clock += 1;
    await board.observe(GSTIN, { kind: 'gstin-seen' });
    const gstins = (await board.list()).map((e) => e.gstin);
    expect(gstins).toHaveLength(MAX_BOARD_GSTINS);
    expect(gstins[0]).toBe(GSTIN);
    expect(gstins).toContain(gstin(0));
    expect(gstins).not.toContain(gstin(1));
  });

  it('forgets a GSTIN', async () => {
    await board.observe(GSTIN, { kind: 'gstin-seen' });
    expect(await board.forget(GSTIN)).toBe(true);
    expect(await board.forget(GSTIN)).toBe(false);
    expect(await board.list()).toEqual([]);
  });

  it('reads bad stored data as an empty board (or drops only the bad entries), never crashing', async () => {
    for (const bad of ['not a list', 42, { gstin: GSTIN }, [null, 'x', { gstin: 'short' }]]) {
      await boardItem.setValue(bad as never);
      expect(await board.list()).toEqual([]);
    }
    const good: BoardEntry = { gstin: GSTIN, firstSeenAt: 1, updatedAt: 2, sections: {}, usernames: {} };
    await boardItem.setValue([
      good,
      { ...good, gstin: OTHER, sections: { 'sandbox-api-user': { at: 'yesterday', by: 'user' } } },
      { ...good, password: 'Top$ecret-123' },
    ] as never);
    const list = await board.list();
    expect(list).toEqual([good]);
    // And writing again works from what was valid; a stray field is not carried over.
    await board.tick(GSTIN, 'sandbox-api-user', true);
    expect(JSON.stringify(await boardItem.getValue())).not.toContain('Top$ecret');
  });

  it('survives a new store instance (as after a restart): the board lives in storage.local', async () => {
    await board.tick(GSTIN, 'delete-test-invoices', true);
    const again = createBoardStore();
    expect((await again.get(GSTIN))?.sections['delete-test-invoices']?.by).toBe('user');
    expect(await fakeBrowser.storage.local.get('onboardingBoard')).toHaveProperty('onboardingBoard');
  });
});
