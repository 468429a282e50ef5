import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import { indiaTime } from '@/utils/india-time';
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
          <strong>Credentials not kept</strong>
          <p>
            When you pressed at {indiaTime(f.at)}, the assistant could not keep a copy of the username{' '}
            <b>{whole(f.username)}</b>
            {f.gstin && <> (GSTIN {f.gstin})</>} and its password: {whole(f.reason)}
          </p>
          <p>
            {whole(
              'If you wrote the password down, nothing is lost. If not, check on the portal whether this API user was created, and if it was, set a new password for it there.',
            )}
          </p>
          <button
            type="button"
            className="secondary"
            data-testid="failed-save-ack"
            onClick={(event) => void controller.acknowledge(f.id, nativeEventOf(event))}
          >
            I have dealt with it
          </button>
        </section>
      ))}
    </>
  );
}
