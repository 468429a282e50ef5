import type { FailedSave } from '@/utils/vault/failed-saves';

/** A press the vault could not keep, as the background answers it (no password). */
export const FAILED_SAVE_RECORD: FailedSave = {
  id: 'f1',
  env: 'sandbox',
  gstin: '29AAFCC9980M1Z2',
  username: 'acme01',
  at: 1_764_000_000_000,
  reason: 'The vault is full.',
  reasonCode: 'vault-full',
};
