/**
 * The storage keys the vault writes (without their area prefix, as storage.onChanged reports
 * them). Kept apart from items.ts so the popup can watch them without importing the vault.
 */
export const VAULT_STORAGE_KEYS = ['credentialSets', 'credentialSetsEncrypted', 'keepOnDevice'] as const;

/** The key of the saves the vault could not make (failed-saves.ts), as storage.onChanged reports it. */
export const FAILED_SAVES_STORAGE_KEY = 'failedSaves';
