import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decryptJson, encryptedBlobSchema } from '@/utils/vault/crypto';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, type Vault } from '@/utils/vault/vault';

const PASSWORD = 'Very$ecret-Pa55word';
let keyStore: ReturnType<typeof memoryKeyStore>;
let vault: Vault;

function sample(username = 'acme_api') {
  return { env: 'sandbox' as const, gstin: '29AABCC1234D1Z5', username, password: PASSWORD, capturedAt: Date.now() };
}

async function localDump(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
  keyStore = memoryKeyStore();
  vault = createVault({ keyStore });
});

describe('keep on this device', () => {
  it('is off by default', async () => {
    expect(await vault.getKeepOnDevice()).toBe(false);
    expect(keyStore.peek()).toBeNull();
  });

  it('moves the sets to local storage encrypted, removes the session copy, and reads them back', async () => {
    const set = await vault.save(sample());
    expect(await vault.setKeepOnDevice(true)).toBe(true);

    expect(await vault.getKeepOnDevice()).toBe(true);
    expect((await fakeBrowser.storage.session.get('credentialSets')).credentialSets).toBeUndefined();
    const dump = await localDump();
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain('acme_api');
    expect(dump).not.toContain('29AABCC1234D1Z5');
    expect(await vault.list()).toEqual([set]);

    // A restarted worker (new vault object, same key store) decrypts the same sets.
    expect(await createVault({ keyStore }).list()).toEqual([set]);
  });

  it('uses a non-extractable AES-GCM key and a fresh IV on every write', async () => {
    await vault.setKeepOnDevice(true);
    const key = keyStore.peek();
    expect(key?.extractable).toBe(false);
    expect(key?.algorithm.name).toBe('AES-GCM');

    await vault.save(sample('one'));
    const first = encryptedBlobSchema.parse(
      (await fakeBrowser.storage.local.get('credentialSetsEncrypted')).credentialSetsEncrypted,
    );
    await vault.save(sample('two'));
    const second = encryptedBlobSchema.parse(
      (await fakeBrowser.storage.local.get('credentialSetsEncrypted')).credentialSetsEncrypted,
    );
    expect(first.iv).not.toBe(second.iv);
    expect(atob(first.iv)).toHaveLength(12);
    const decrypted = (await decryptJson(key as CryptoKey, second)) as Array<{ username: string }>;
    expect(decrypted.map((s) => s.username).sort()).toEqual(['one', 'two']);
  });

  it('keeps new saves, settles and forgets encrypted while on', async () => {
    await vault.setKeepOnDevice(true);
    const a = await vault.save(sample('a'));
    const b = await vault.save(sample('b'));
    await vault.settle(a.id, 'sandbox', { status: 'confirmed' });
    await vault.forget(b.id);
    expect(await vault.list()).toEqual([expect.objectContaining({ id: a.id, status: 'confirmed' })]);
    expect(await localDump()).not.toContain(PASSWORD);
    expect((await fakeBrowser.storage.session.get('credentialSets')).credentialSets).toBeUndefined();
  });

  it('unticking moves them back to session and deletes the encrypted copy and the key', async () => {
    const set = await vault.save(sample());
    await vault.setKeepOnDevice(true);
    expect(await vault.setKeepOnDevice(false)).toBe(false);

    expect(await vault.list()).toEqual([set]);
    expect((await fakeBrowser.storage.session.get('credentialSets')).credentialSets).toEqual([set]);
    expect((await fakeBrowser.storage.local.get('credentialSetsEncrypted')).credentialSetsEncrypted).toBeUndefined();
    expect(keyStore.peek()).toBeNull();
  });

  it('reads nothing (without crashing) when the key is gone or the blob is tampered with', async () => {
    await vault.save(sample());
    await vault.setKeepOnDevice(true);

    const stored = encryptedBlobSchema.parse(
      (await fakeBrowser.storage.local.get('credentialSetsEncrypted')).credentialSetsEncrypted,
    );
    const bytes = Uint8Array.from(atob(stored.data), (c) => c.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    await fakeBrowser.storage.local.set({
      credentialSetsEncrypted: { ...stored, data: btoa(String.fromCharCode(...bytes)) },
    });
    expect(await vault.list()).toEqual([]);

    await fakeBrowser.storage.local.set({ credentialSetsEncrypted: { v: 1, iv: 12, data: [] } });
    expect(await vault.list()).toEqual([]);

    await keyStore.delete();
    await fakeBrowser.storage.local.set({ credentialSetsEncrypted: stored });
    expect(await vault.list()).toEqual([]);
    // Saving still works (into session storage: the unreadable copy is kept, see below).
    await vault.save(sample('after'));
    expect((await vault.list()).map((s) => s.username)).toEqual(['after']);
  });

  it('tidies a leftover encrypted copy on the next write when off', async () => {
    await vault.setKeepOnDevice(true);
    await vault.save(sample());
    // Simulate a worker stopped right after unticking flipped the flag (the session copy was
    // written first, then the flag; the encrypted copy was still to be removed).
    await fakeBrowser.storage.session.set({ credentialSets: await vault.list() });
    await fakeBrowser.storage.local.set({ keepOnDevice: false });
    await vault.save(sample('new'));
    expect((await fakeBrowser.storage.local.get('credentialSetsEncrypted')).credentialSetsEncrypted).toBeUndefined();
    expect(keyStore.peek()).toBeNull();
  });

  it('setting the same value again changes nothing', async () => {
    await vault.save(sample());
    expect(await vault.setKeepOnDevice(false)).toBe(false);
    expect(keyStore.peek()).toBeNull();
    expect(await vault.list()).toHaveLength(1);
  });
});
