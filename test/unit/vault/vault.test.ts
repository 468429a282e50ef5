import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NewCapture } from '@/utils/vault/credential-set';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { usernameForGstzen } from '@/utils/vault/credential-set';
import {
  createVault,
  MAX_SETS,
  NEVER_DROP_YOUNGER_THAN_MS,
  PENDING_WINDOW_MS,
  SAME_PRESS_WINDOW_MS,
  vaultFullMessage,
  type Vault,
} from '@/utils/vault/vault';

const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);
let clock = T0;
let ids = 0;
let keyStore: ReturnType<typeof memoryKeyStore>;
let vault: Vault;

function capture(overrides: Partial<NewCapture> = {}): NewCapture {
  return {
    env: 'sandbox',
    gstin: '29AABCC1234D1Z5',
    username: 'acme_api',
    password: 'S3cret!pass',
    capturedAt: clock,
    ...overrides,
  };
}

/** A fresh vault object over the same storage: what a restarted service worker would see. */
function restartedVault(): Vault {
  return createVault({ keyStore, now: () => clock, randomId: () => `id-${++ids}` });
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  ids = 0;
  keyStore = memoryKeyStore();
  vault = restartedVault();
});

describe('save and list', () => {
  it('saves a capture as "captured" with a new id, in session storage', async () => {
    const set = await vault.save(capture());
    expect(set).toMatchObject({ id: 'id-1', status: 'captured', username: 'acme_api', capturedAt: T0, updatedAt: T0 });
    expect(await vault.list()).toEqual([set]);
    const session = await fakeBrowser.storage.session.get('credentialSets');
    expect(session.credentialSets).toEqual([set]);
    // Nothing in local storage by default.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('S3cret');
  });

  it('uses crypto.randomUUID by default', async () => {
    const set = await createVault({ keyStore }).save(capture());
    expect(set.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps nothing in memory: a new vault instance sees the same sets', async () => {
    const set = await vault.save(capture());
    expect(await restartedVault().list()).toEqual([set]);
  });

  it('lists newest first', async () => {
    const a = await vault.save(capture({ username: 'first' }));
    clock += 60_000;
    const b = await vault.save(capture({ username: 'second', capturedAt: clock }));
    expect((await vault.list()).map((s) => s.id)).toEqual([b.id, a.id]);
  });

  it('dedupes an identical report within 10 s (click and submit) and returns the existing set', async () => {
    const first = await vault.save(capture());
    clock += SAME_PRESS_WINDOW_MS - 1;
    const again = await vault.save(capture({ capturedAt: clock }));
    expect(again.id).toBe(first.id);
    expect(await vault.list()).toHaveLength(1);
  });

  it('does not dedupe after 10 s, or when any field differs', async () => {
    await vault.save(capture());
    await vault.save(capture({ password: 'Other!pass1' }));
    await vault.save(capture({ username: 'other_user' }));
    await vault.save(capture({ env: 'production' }));
    await vault.save(capture({ gstin: '27AABCC1234D1Z5' }));
    clock += SAME_PRESS_WINDOW_MS + 1;
    await vault.save(capture({ capturedAt: clock }));
    expect(await vault.list()).toHaveLength(6);
  });

  it.each([
    ['a rejection', { status: 'rejected', portalMessage: 'Captcha is wrong' }],
    ['a confirmation', { status: 'confirmed' }],
  ] as const)('treats Create pressed again after %s as a new attempt, even with the same values', async (_, answer) => {
    const first = await vault.save(capture());
    await vault.settle(first.id, 'sandbox', answer);
    clock += 2000;
    const retry = await vault.save(capture({ capturedAt: clock }));
    expect(retry.id).not.toBe(first.id);
    expect(retry.status).toBe('captured');
    expect(await vault.claimPending('sandbox')).toMatchObject({ id: retry.id });
  });

  it("replaces a content script's capturedAt that is far from the vault's clock", async () => {
    const set = await vault.save(capture({ capturedAt: T0 - 3_600_000 }));
    expect(set.capturedAt).toBe(T0);
  });

  it('rejects an invalid capture without storing it', async () => {
    await expect(vault.save({ ...capture(), env: 'staging' } as unknown as NewCapture)).rejects.toThrow(
      'The capture was not valid.',
    );
    expect(await vault.list()).toEqual([]);
  });

  it(`keeps at most ${MAX_SETS} sets, dropping the oldest that is older than a day and not confirmed`, async () => {
    for (let i = 0; i < MAX_SETS; i++) {
      clock += SAME_PRESS_WINDOW_MS + 1;
      await vault.save(capture({ capturedAt: clock, username: `user${i}` }));
    }
    clock += NEVER_DROP_YOUNGER_THAN_MS;
    await vault.save(capture({ capturedAt: clock, username: 'newest' }));
    const sets = await vault.list();
    expect(sets).toHaveLength(MAX_SETS);
    expect(sets[0]?.username).toBe('newest');
    expect(sets.map((s) => s.username)).not.toContain('user0');
    expect(sets.at(-1)?.username).toBe('user1');
  });

  it('drops suggestions, then plain refusals, before captured sets when full', async () => {
    const real = await vault.save(capture({ capturedAt: clock, username: 'realuser1' }));
    clock += 1;
    const refused = await vault.save(capture({ capturedAt: clock, username: 'refused1' }));
    await vault.settle(refused.id, 'sandbox', { status: 'rejected', portalMessage: 'Invalid captcha' });
    for (let i = 0; i < MAX_SETS - 2; i++) {
      clock += 1;
      await vault.suggest(capture({ capturedAt: clock, username: `flood${i}` }));
    }
    clock += NEVER_DROP_YOUNGER_THAN_MS;
    for (let i = 0; i < MAX_SETS - 2; i++)
      await vault.save(capture({ capturedAt: clock + i * (SAME_PRESS_WINDOW_MS + 1), username: `later${i}` }));
    const names = (await vault.list()).map((s) => s.username);
    expect(names).toHaveLength(MAX_SETS);
    expect(names).toContain('realuser1');
    expect(names).toContain('refused1');
    expect(names.some((n) => n.startsWith('flood'))).toBe(false);
    await vault.save(capture({ capturedAt: clock + MAX_SETS * (SAME_PRESS_WINDOW_MS + 1), username: 'one-more' }));
    const after = (await vault.list()).map((s) => s.username);
    expect(after).not.toContain('refused1');
    expect(after).toContain('realuser1');
    expect(real.status).toBe('captured');
  });

  it('never drops a confirmed set or one younger than a day: when full it refuses, saying what to do', async () => {
    const confirmed = await vault.save(capture({ capturedAt: clock, username: 'confirmed1' }));
    await vault.settle(confirmed.id, 'sandbox', { status: 'confirmed' });
    clock += NEVER_DROP_YOUNGER_THAN_MS * 2;
    for (let i = 1; i < MAX_SETS; i++) {
      clock += SAME_PRESS_WINDOW_MS + 1;
      await vault.save(capture({ capturedAt: clock, username: `today${i}`, password: `Secret#${i}x` }));
    }
    clock += SAME_PRESS_WINDOW_MS + 1;
    const refusal = vault.save(capture({ capturedAt: clock, username: 'overflow', password: 'Overflow#Pw1' }));
    await expect(refusal).rejects.toThrow(vaultFullMessage());
    await expect(refusal).rejects.toThrow(/Write these credentials down now/);
    await expect(vault.suggest(capture({ capturedAt: clock, username: 'suggested' }))).rejects.toThrow(
      vaultFullMessage(),
    );
    expect(vaultFullMessage()).not.toMatch(/Overflow#Pw1|overflow/);
    const names = (await vault.list()).map((s) => s.username);
    expect(names).toHaveLength(MAX_SETS);
    expect(names).toContain('confirmed1');
    expect(names).not.toContain('overflow');
  });

  it('serialises concurrent saves so none is lost', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => vault.save(capture({ username: `user${i}` }))));
    expect(await vault.list()).toHaveLength(10);
  });
});

describe('claimPending', () => {
  it('hands the newest captured set for the env within 15 minutes to one page only', async () => {
    await vault.save(capture({ username: 'older' }));
    clock += 60_000;
    const newer = await vault.save(capture({ username: 'newer', capturedAt: clock }));
    await vault.save(capture({ env: 'production', username: 'API_prod', capturedAt: clock }));
    expect(await vault.claimPending('sandbox')).toMatchObject({ id: newer.id, answerPageClaimed: true });
    // The next page gets the older one, which nobody claimed; then nothing.
    expect((await vault.claimPending('sandbox'))?.username).toBe('older');
    expect(await vault.claimPending('sandbox')).toBeNull();
    // Claimed is not settled: the popup still shows it waiting, and the press's own page may settle it.
    expect((await vault.list()).find((s) => s.id === newer.id)?.status).toBe('captured');
    expect(await vault.settle(newer.id, 'sandbox', { status: 'confirmed' })).toBe(true);
  });

  it('ignores settled sets, other envs and sets older than 15 minutes', async () => {
    const a = await vault.save(capture());
    expect(await vault.claimPending('production')).toBeNull();
    clock += PENDING_WINDOW_MS + 1;
    expect(await vault.claimPending('sandbox')).toBeNull();
    clock = T0;
    await vault.settle(a.id, 'sandbox', { status: 'confirmed' });
    expect(await vault.claimPending('sandbox')).toBeNull();
  });
});

describe('settle', () => {
  it('confirms a captured set', async () => {
    const set = await vault.save(capture());
    clock += 5000;
    expect(await vault.settle(set.id, 'sandbox', { status: 'confirmed' })).toBe(true);
    expect(await vault.list()).toEqual([{ ...set, status: 'confirmed', updatedAt: T0 + 5000 }]);
  });

  it('rejects a captured set, keeping the credentials and the portal message', async () => {
    const set = await vault.save(capture());
    expect(
      await vault.settle(set.id, 'sandbox', { status: 'rejected', portalMessage: 'API user already created' }),
    ).toBe(true);
    const [stored] = await vault.list();
    expect(stored).toMatchObject({
      status: 'rejected',
      portalMessage: 'API user already created',
      password: 'S3cret!pass',
    });
  });

  it('keeps the name the portal says it created beside the one typed', async () => {
    const set = await vault.save(capture({ env: 'production', username: 'acme' }));
    expect(await vault.settle(set.id, 'production', { status: 'confirmed', finalUsername: ' API_acme ' })).toBe(true);
    const [stored] = await vault.list();
    expect(stored).toMatchObject({ username: 'acme', finalUsername: 'API_acme', status: 'confirmed' });
    expect(usernameForGstzen(stored!)).toBe('API_acme');
    expect(usernameForGstzen({ username: 'typed' })).toBe('typed');
  });

  it('remembers whether a refusal was the "already created" kind, and forgets it once confirmed', async () => {
    const quirk = await vault.save(capture({ username: 'quirk' }));
    const taken = await vault.save(capture({ username: 'taken' }));
    await vault.settle(quirk.id, 'sandbox', {
      status: 'rejected',
      portalMessage: 'You are already registered',
      alreadyCreated: true,
    });
    await vault.settle(taken.id, 'sandbox', {
      status: 'rejected',
      portalMessage: 'This username is already registered.',
    });
    const byName = async (name: string) => (await vault.list()).find((s) => s.username === name);
    expect(await byName('quirk')).toMatchObject({ status: 'rejected', alreadyCreated: true });
    expect((await byName('taken'))?.alreadyCreated).toBeUndefined();
    await vault.settle(quirk.id, 'sandbox', { status: 'confirmed' });
    expect((await byName('quirk'))?.alreadyCreated).toBeUndefined();
  });

  it('refuses a settle for the wrong env or an unknown id', async () => {
    const set = await vault.save(capture());
    expect(await vault.settle(set.id, 'production', { status: 'confirmed' })).toBe(false);
    expect(await vault.settle('nope', 'sandbox', { status: 'confirmed' })).toBe(false);
    expect((await vault.list())[0]?.status).toBe('captured');
  });

  it('lets a later confirmation override a rejection (and drops the message), never the reverse', async () => {
    const set = await vault.save(capture());
    await vault.settle(set.id, 'sandbox', { status: 'rejected', portalMessage: 'Already created' });
    expect(await vault.settle(set.id, 'sandbox', { status: 'rejected', portalMessage: 'Again' })).toBe(false);
    expect(await vault.settle(set.id, 'sandbox', { status: 'confirmed' })).toBe(true);
    const [stored] = await vault.list();
    expect(stored?.status).toBe('confirmed');
    expect(stored?.portalMessage).toBeUndefined();
    expect(await vault.settle(set.id, 'sandbox', { status: 'rejected', portalMessage: 'Late error' })).toBe(false);
    expect(await vault.settle(set.id, 'sandbox', { status: 'confirmed' })).toBe(false);
  });
});

describe('forget', () => {
  it('deletes only that set', async () => {
    const a = await vault.save(capture({ username: 'a' }));
    const b = await vault.save(capture({ username: 'b' }));
    expect(await vault.forget(a.id)).toBe(true);
    expect(await vault.forget(a.id)).toBe(false);
    expect((await vault.list()).map((s) => s.id)).toEqual([b.id]);
  });
});

describe('stored data is validated', () => {
  it('drops invalid entries and keeps the valid ones', async () => {
    const good = await vault.save(capture());
    await fakeBrowser.storage.session.set({
      credentialSets: [
        good,
        { ...good, id: 'bad-env', env: 'staging' },
        { ...good, id: 'bad-status', status: 'maybe' },
        { id: 'partial' },
        'junk',
        null,
        { ...good }, // duplicate id
      ],
    });
    expect(await vault.list()).toEqual([good]);
  });

  it('treats a non-array value as empty and can write over it', async () => {
    await fakeBrowser.storage.session.set({ credentialSets: { not: 'an array' } });
    expect(await vault.list()).toEqual([]);
    await vault.save(capture());
    expect(await vault.list()).toHaveLength(1);
  });

  it('treats a non-boolean keepOnDevice as off', async () => {
    await fakeBrowser.storage.local.set({ keepOnDevice: 'yes' });
    expect(await vault.getKeepOnDevice()).toBe(false);
  });
});

describe('suggested sets', () => {
  it('keeps a suggestion at once as "suggested", in session storage like a capture', async () => {
    const set = await vault.suggest(capture());
    expect(set).toMatchObject({ id: 'id-1', status: 'suggested', username: 'acme_api', capturedAt: T0 });
    expect(await vault.list()).toEqual([set]);
    expect((await fakeBrowser.storage.session.get('credentialSets')).credentialSets).toEqual([set]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('S3cret');
  });

  it('is kept encrypted when the sets are kept on the device', async () => {
    await vault.setKeepOnDevice(true);
    await vault.suggest(capture());
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('S3cret');
    expect((await vault.list())[0]?.status).toBe('suggested');
  });

  it('turns into the capture when the press saves the same values: same id, status and time of the press', async () => {
    const suggested = await vault.suggest(capture());
    clock += 120_000;
    const pressed = await vault.save(capture({ capturedAt: clock }));
    expect(pressed).toMatchObject({ id: suggested.id, status: 'captured', capturedAt: clock, updatedAt: clock });
    expect(await vault.list()).toEqual([pressed]);
    // The second report of the same press is the same set.
    expect((await vault.save(capture({ capturedAt: clock }))).id).toBe(suggested.id);
    expect(await vault.list()).toHaveLength(1);
    // It is now waiting for the portal's answer like any capture.
    expect((await vault.claimPending('sandbox'))?.id).toBe(suggested.id);
    expect(await vault.settle(suggested.id, 'sandbox', { status: 'confirmed' })).toBe(true);
  });

  it('takes the GSTIN of the press when the suggestion had none; a different GSTIN is another set', async () => {
    const suggested = await vault.suggest(capture({ gstin: '' }));
    const pressed = await vault.save(capture());
    expect(pressed).toMatchObject({ id: suggested.id, gstin: '29AABCC1234D1Z5', status: 'captured' });

    const other = await vault.suggest(capture({ username: 'other01' }));
    const elsewhere = await vault.save(capture({ username: 'other01', gstin: '36AAECB7633H1ZN' }));
    expect(elsewhere.id).not.toBe(other.id);
    expect((await vault.list()).find((s) => s.id === other.id)?.status).toBe('suggested');
  });

  it('stays a suggestion when the press has another username, password or environment', async () => {
    const suggested = await vault.suggest(capture());
    await vault.save(capture({ username: 'typed_by_hand' }));
    await vault.save(capture({ password: 'Other!pass9' }));
    await vault.save(capture({ env: 'production' }));
    const sets = await vault.list();
    expect(sets).toHaveLength(4);
    expect(sets.find((s) => s.id === suggested.id)?.status).toBe('suggested');
  });

  it('is never handed out as pending nor settled', async () => {
    const suggested = await vault.suggest(capture());
    expect(await vault.claimPending('sandbox')).toBeNull();
    expect(await vault.settle(suggested.id, 'sandbox', { status: 'confirmed' })).toBe(false);
    expect(await vault.settle(suggested.id, 'sandbox', { status: 'rejected', portalMessage: 'x' })).toBe(false);
    expect((await vault.list())[0]?.status).toBe('suggested');
  });

  it('refuses an invalid suggestion without repeating it', async () => {
    await expect(vault.suggest(capture({ password: 'x'.repeat(500) }))).rejects.toThrow(/suggestion was not valid/);
    expect(await vault.list()).toEqual([]);
  });
});

describe('settleNamed: a late answer naming the user (issue 8, item 8)', () => {
  it('confirms the capture it names, however old and from whichever tab', async () => {
    const set = await vault.save(capture({ username: 'acme_api' }), 3);
    clock += 2 * PENDING_WINDOW_MS + 24 * 60 * 60_000;
    expect(await vault.claimPending('sandbox', 9)).toBeNull();
    expect(await vault.settleNamed('sandbox', 'ACME_API')).toBe(set.id);
    expect(await vault.get(set.id)).toMatchObject({ status: 'confirmed', finalUsername: 'ACME_API', updatedAt: clock });
  });

  it('names a production set by the API_ name the portal made', async () => {
    const set = await vault.save(capture({ env: 'production', username: 'acme01' }));
    expect(await vault.settleNamed('production', 'API_acme02')).toBeNull();
    expect(await vault.settleNamed('sandbox', 'API_acme01')).toBeNull();
    expect(await vault.settleNamed('production', 'API_acme01')).toBe(set.id);
    expect(await vault.get(set.id)).toMatchObject({ status: 'confirmed', finalUsername: 'API_acme01' });
  });

  it('never confirms an older set of that name over a newer one, nor a settled or suggested one', async () => {
    const older = await vault.save(capture({ password: 'First!pass1' }));
    clock += SAME_PRESS_WINDOW_MS + 1;
    const newer = await vault.save(capture({ password: 'Second!pass2' }));
    await vault.settle(newer.id, 'sandbox', { status: 'rejected', portalMessage: 'Invalid captcha' });
    expect(await vault.settleNamed('sandbox', 'acme_api')).toBeNull();
    expect((await vault.get(older.id))?.status).toBe('captured');
    expect((await vault.get(newer.id))?.status).toBe('rejected');

    await vault.suggest(capture({ username: 'fresh01', capturedAt: clock }));
    expect(await vault.settleNamed('sandbox', 'fresh01')).toBeNull();
  });

  it("never settles a set of another GSTIN than the page's", async () => {
    const set = await vault.save(capture({ gstin: '36AAECB7633H1ZN' }));
    expect(await vault.settleNamed('sandbox', 'acme_api', '29AAFCC9980M1ZR')).toBeNull();
    expect(await vault.settleNamed('sandbox', 'acme_api', '36AAECB7633H1ZN')).toBe(set.id);
  });

  it('settles nothing when two waiting sets of that name have different passwords (which made the user?)', async () => {
    await vault.save(capture({ password: 'First!pass1' }));
    clock += SAME_PRESS_WINDOW_MS + 1;
    await vault.save(capture({ password: 'Second!pass2' }));
    expect(await vault.settleNamed('sandbox', 'acme_api')).toBeNull();
    expect((await vault.list()).map((s) => s.status)).toEqual(['captured', 'captured']);
  });
});
