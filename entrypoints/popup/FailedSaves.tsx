import { environmentLabel } from '@/utils/flows';
import { tElements } from '@/components/t-elements';
import { indiaTime } from '@/utils/india-time';
import { t } from '@/utils/i18n/t';
import { failedSaveReason } from '@/utils/vault/failed-save-reason';
import type { FailedSave } from '@/utils/vault/failed-saves';
import { couldNotInWords, type CouldNot } from './could-not';

/**
 * Presses whose credentials the assistant could not keep, at the top of the popup until the user
 * says they dealt with each (the toolbar badge shows while any is left). Never a password: none was kept.
 */
export function FailedSaves({
  failed,
  error,
  onAcknowledge,
}: {
  failed: readonly FailedSave[];
  error: CouldNot | null;
  onAcknowledge: (id: string) => void;
}) {
  if (failed.length === 0 && !error) return null;
  return (
    <section className="failed-saves" aria-label={t('panel_failed_save_heading')}>
      {error && (
        <p className="error" role="alert">
          {couldNotInWords(error)}
        </p>
      )}
      {failed.map((f) => (
        <div key={f.id} className="failed-save" role="alert" data-testid="failed-save" data-username={f.username}>
          <h2>{t('panel_failed_save_heading')}</h2>
          <p>
            {tElements(
              f.gstin ? 'popup_failed_save_with_gstin' : 'popup_failed_save',
              { username: <b>{f.username}</b> },
              { portal: environmentLabel(f.env), time: indiaTime(f.at), gstin: f.gstin, reason: failedSaveReason(f) },
            )}
          </p>
          <p className="hint">{t('panel_failed_save_advice')}</p>
          <button type="button" data-testid="failed-save-ack" onClick={() => onAcknowledge(f.id)}>
            {t('panel_failed_save_ack')}
          </button>
        </div>
      ))}
    </section>
  );
}
