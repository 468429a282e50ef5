import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import { tElements } from '@/components/t-elements';
import { indiaTime } from '@/utils/india-time';
import { t } from '@/utils/i18n/t';
import { failedSaveReason } from '@/utils/vault/failed-save-reason';
import type { FailedSaveController } from './failed-save-controller';
import { nativeEventOf } from './native-event';

/**
 * Earlier presses on this portal whose credentials the assistant could not keep: above the step,
 * on every page, until the user says they dealt with each. Username only, never a password.
 */
export function FailedSaveBox({ controller }: { controller: FailedSaveController }) {
  const { failed } = useSyncExternalStore(controller.subscribe, controller.getState);
  if (failed.length === 0) return null;
  return (
    <>
      {failed.map((f) => (
        <section key={f.id} className="notice error" role="alert" data-testid="failed-save" data-username={f.username}>
          <strong>{t('panel_failed_save_heading')}</strong>
          <p>
            {tElements(
              f.gstin ? 'panel_failed_save_with_gstin' : 'panel_failed_save',
              { username: <b>{whole(f.username)}</b> },
              { time: indiaTime(f.at), gstin: f.gstin, reason: failedSaveReason(f) },
              whole,
            )}
          </p>
          <p>{whole(t('panel_failed_save_advice'))}</p>
          <button
            type="button"
            className="secondary"
            data-testid="failed-save-ack"
            onClick={(event) => void controller.acknowledge(f.id, nativeEventOf(event))}
          >
            {t('panel_failed_save_ack')}
          </button>
        </section>
      ))}
    </>
  );
}
