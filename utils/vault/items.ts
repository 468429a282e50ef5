import { storage } from 'wxt/utils/storage';
import type { CredentialSet } from './credential-set';
import type { EncryptedBlob } from './crypto';

// Keys must match VAULT_STORAGE_KEYS in storage-keys.ts (the popup re-reads when they change).

/**
 * The vault's storage items. Values are typed here for writing, but every read goes through a
 * zod schema in vault.ts: storage is outside the code's control (older versions, manual edits).
 */

/** Default home of the credential sets: memory-only storage that the browser drops on close. */
export const sessionSetsItem = storage.defineItem<CredentialSet[]>('session:credentialSets', {
  fallback: [],
  version: 1,
});

/** The sets, AES-GCM encrypted, when the user ticked "Keep on this device". Never plaintext. */
export const encryptedSetsItem = storage.defineItem<EncryptedBlob | null>('local:credentialSetsEncrypted', {
  fallback: null,
  version: 1,
});

/** The user's choice; not a secret. */
export const keepOnDeviceItem = storage.defineItem<boolean>('local:keepOnDevice', { fallback: false });
