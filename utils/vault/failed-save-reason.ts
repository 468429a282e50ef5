import { t, type MessageKey } from '../i18n/t';
import type { FailedSave, FailedSaveReason } from './failed-save-schema';
import { MAX_SETS } from './vault-limits';

const REASON_KEYS: Record<FailedSaveReason, MessageKey> = {
  'vault-full': 'vault_full',
  storage: 'vault_storage_failed',
  'capture-invalid': 'vault_capture_invalid',
  'site-keeps-none': 'vault_site_keeps_none',
};

/** Why a save failed, in the language spoken now (the stored words for an older record). */
export function failedSaveReason(failure: Pick<FailedSave, 'reason' | 'reasonCode'>): string {
  return failure.reasonCode ? t(REASON_KEYS[failure.reasonCode], { count: MAX_SETS }) : failure.reason;
}
