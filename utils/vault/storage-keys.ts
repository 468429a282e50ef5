/**
 * The storage keys the vault writes (without their area prefix, as storage.onChanged reports
 * them). Kept apart from items.ts so the popup can watch them without importing the vault.
 */
export const VAULT_STORAGE_KEYS = ['credentialSets', 'credentialSetsEncrypted', 'keepOnDevice'] as const;
