import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type Services } from '@/entrypoints/background/handlers';
import { encryptedBlobSchema } from '@/utils/vault/crypto';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, unreadableCopyKeepMessage, VaultError, type Vault } from '@/utils/vault/vault';
import { createBoardStore } from '@/utils/board/store';

/**
 * Issue 8, "An unreadable encrypted copy is treated as empty and overwritten": with "Keep on this
 * device", a copy whose key is gone (site data cleared) or that does not decrypt is kept byte for
 * byte; new credentials live in session storage until the user discards the copy.
 */
const PASSWORD = 'Very$ecret-Pa55word';
let keyStore: ReturnType<typeof memoryKeyStore>;
let vault: Vault;

function sample(username = 'acme_api') {
  return { env: 'sandbox' as const, gstin: '29AABCC1234D1Z5', username, password: PASSWORD, capturedAt: Date.now() };
}

async function storedCopy(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('credentialSetsEncrypted')).credentialSetsEncrypted;
}
async function sessionSets(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get('credentialSets')).credentialSets;
}

/** Keep on this device, one set kept encrypted; returns the copy as stored. */
async function keptOnDevice(): Promise<unknown> {
  await vault.setKeepOnDevice(true);
  await vault.save(sample('kept'));
  return structuredClone(await storedCopy());
}

/** Two ways the copy becomes unreadable. */
const losses: Array<[string, () => Promise<void>]> = [
  ['the key is lost (site data cleared)', () => keyStore.delete()],
  [
    'the blob is corrupted',
    async () => {
      const stored = encryptedBlobSchema.parse(await storedCopy());
      const bytes = Uint8Array.from(atob(stored.data), (c) => c.charCodeAt(0));
      bytes[0] = (bytes[0] ?? 0) ^ 0xff;
      await fakeBrowser.storage.local.set({
        credentialSetsEncrypted: { ...stored, data: btoa(String.fromCharCode(...bytes)) },
      });
    },
  ],
  ['the blob is not a blob at all', () => fakeBrowser.storage.local.set({ credentialSetsEncrypted: { v: 9 } })],
];

beforeEach(() => {
  fakeBrowser.reset();
  keyStore = memoryKeyStore();
  vault = createVault({ keyStore });
});

describe.each(losses)('an encrypted copy that cannot be read: %s', (_name, lose) => {
  it('is kept byte for byte after a new capture, which lands in session storage', async () => {
    await keptOnDevice();
    await lose();
    const before = structuredClone(await storedCopy());
    const keyBefore = keyStore.peek();

    expect(await vault.list()).toEqual([]);
    expect(await vault.hasUnreadableCopy()).toBe(true);
    const set = await vault.save(sample('new'));

    expect(await storedCopy()).toEqual(before);
    expect(keyStore.peek()).toBe(keyBefore);
    expect(await sessionSets()).toEqual([set]);
    expect(await vault.list()).toEqual([set]);
    expect(await vault.getKeepOnDevice()).toBe(true);
    // A restarted worker sees the same.
    expect(await createVault({ keyStore }).list()).toEqual([set]);
  });

  it('lets suggest, claim, settle and forget work on the session sets, never touching the copy', async () => {
    await keptOnDevice();
    await lose();
    const before = structuredClone(await storedCopy());

    const suggested = await vault.suggest(sample('suggested'));
    const pressed = await vault.save(sample('suggested'));
    expect(pressed.id).toBe(suggested.id);
    expect((await vault.claimPending('sandbox'))?.id).toBe(pressed.id);
    expect(await vault.settle(pressed.id, 'sandbox', { status: 'confirmed' })).toBe(true);
    const other = await vault.save(sample('other'));
    expect(await vault.forget(other.id)).toBe(true);

    expect(await vault.list()).toEqual([expect.objectContaining({ id: pressed.id, status: 'confirmed' })]);
    expect(await sessionSets()).toEqual([expect.objectContaining({ id: pressed.id })]);
    expect(await storedCopy()).toEqual(before);
  });

  it('refuses to turn "Keep on this device" off (that would delete the copy), and keeps it', async () => {
    await keptOnDevice();
    await lose();
    const before = structuredClone(await storedCopy());
    await vault.save(sample('new'));

    await expect(vault.setKeepOnDevice(false)).rejects.toThrow(new VaultError(unreadableCopyKeepMessage()));
    expect(await vault.getKeepOnDevice()).toBe(true);
    expect(await storedCopy()).toEqual(before);
    // Asking for the value it already has changes nothing either.
    expect(await vault.setKeepOnDevice(true)).toBe(true);
    expect(await storedCopy()).toEqual(before);
  });

  it('discarding deletes the copy and its key; the session sets become the new encrypted copy', async () => {
    await keptOnDevice();
    await lose();
    const meanwhile = await vault.save(sample('meanwhile'));

    expect(await vault.discardUnreadableCopy()).toBe(true);
    expect(await vault.hasUnreadableCopy()).toBe(false);
    expect(await sessionSets()).toBeUndefined();
    expect(keyStore.peek()).not.toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(PASSWORD);
    expect(await vault.list()).toEqual([meanwhile]);

    // The next capture is encrypted again, beside the set kept meanwhile.
    const next = await vault.save(sample('next'));
    expect(await sessionSets()).toBeUndefined();
    expect(encryptedBlobSchema.safeParse(await storedCopy()).success).toBe(true);
    expect((await createVault({ keyStore }).list()).map((s) => s.id).sort()).toEqual([meanwhile.id, next.id].sort());
    // The new copy can be read: a second discard (a stale popup) deletes nothing.
    await expect(vault.discardUnreadableCopy()).rejects.toThrow(VaultError);
    expect(await vault.list()).toHaveLength(2);
  });
});

describe('the unreadable state', () => {
  it('is not reported, and nothing is discarded, while the copy can be read', async () => {
    const before = await keptOnDevice();
    expect(await vault.hasUnreadableCopy()).toBe(false);
    await expect(vault.discardUnreadableCopy()).rejects.toThrow(VaultError);
    expect(await storedCopy()).toEqual(before);
    expect(await vault.list()).toEqual([expect.objectContaining({ username: 'kept' })]);
  });

  it('reads the copy again, with the session sets, if the key comes back', async () => {
    await keptOnDevice();
    const key = keyStore.peek() as CryptoKey;
    await keyStore.delete();
    await vault.save(sample('meanwhile'));
    await keyStore.put(key);
    expect(await vault.hasUnreadableCopy()).toBe(false);
    expect((await vault.list()).map((s) => s.username).sort()).toEqual(['kept', 'meanwhile']);
    await vault.save(sample('after'));
    expect(await sessionSets()).toBeUndefined();
    expect((await vault.list()).map((s) => s.username).sort()).toEqual(['after', 'kept', 'meanwhile']);
  });

  it('keeps a copy the session does not hold when the flag is turned off behind the vault (storage written by someone else)', async () => {
    const before = await keptOnDevice();
    await fakeBrowser.storage.local.set({ keepOnDevice: false });
    await vault.save(sample('new'));
    expect(await storedCopy()).toEqual(before);
    // Ticking it again brings the kept set back beside the new one.
    await vault.setKeepOnDevice(true);
    expect((await vault.list()).map((s) => s.username).sort()).toEqual(['kept', 'new']);
  });
});

describe('vault.list and vault.discard-unreadable messages', () => {
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const services = (): Services => ({
    vault,
    board: createBoardStore(),
    scheduleClipboardClear: async () => undefined,
    openCredentialsTab: async () => undefined,
  });

  it('report the unreadable copy to the popup and discard it on its request only', async () => {
    await keptOnDevice();
    await keyStore.delete();
    expect(await handleMessage({ type: 'vault.list' }, popup, services())).toEqual({
      sets: [],
      keepOnDevice: true,
      unreadableCopy: true,
    });
    expect(await handleMessage({ type: 'vault.keep-on-device', keep: false }, popup, services())).toEqual({
      error: unreadableCopyKeepMessage(),
    });

    const portal = {
      id: fakeBrowser.runtime.id,
      url: 'https://einv-apisandbox.nic.in/',
      tab: { id: 1 } as never,
      frameId: 0,
    };
    const refused = (await handleMessage({ type: 'vault.discard-unreadable' }, portal, services())) as {
      error?: string;
    };
    expect(refused.error).toMatch(/only from the extension's own pages/);
    expect(await vault.hasUnreadableCopy()).toBe(true);

    expect(await handleMessage({ type: 'vault.discard-unreadable' }, popup, services())).toEqual({ discarded: true });
    expect(await handleMessage({ type: 'vault.list' }, popup, services())).toEqual({
      sets: [],
      keepOnDevice: true,
      unreadableCopy: false,
    });
  });
});
