import { environmentLabel } from '@/utils/flows';
import { indiaTime } from '@/utils/india-time';
import type { FailedSave } from '@/utils/vault/failed-saves';

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
  error: string | null;
  onAcknowledge: (id: string) => void;
}) {
  if (failed.length === 0 && !error) return null;
  return (
    <section className="failed-saves" aria-label="Credentials not kept">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {failed.map((f) => (
        <div key={f.id} className="failed-save" role="alert" data-testid="failed-save" data-username={f.username}>
          <h2>Credentials not kept</h2>
          <p>
            On the {environmentLabel(f.env)}, at {indiaTime(f.at)}, the assistant could not keep a copy of the username{' '}
            <b>{f.username}</b>
            {f.gstin && <> (GSTIN {f.gstin})</>} and its password: {f.reason}
          </p>
          <p className="hint">
            If you wrote the password down, nothing is lost. If not, check on the portal whether this API user was
            created, and if it was, set a new password for it there.
          </p>
          <button type="button" data-testid="failed-save-ack" onClick={() => onAcknowledge(f.id)}>
            I have dealt with it
          </button>
        </div>
      ))}
    </section>
  );
}
