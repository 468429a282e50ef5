import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { SITES } from '@/utils/flows';
import { copyWithAutoClear } from './clipboard';
import { CredentialList } from './CredentialList';
import { groupSets, hasSideBySide } from './group-sets';
import { readableError, useVault } from './use-vault';

export function App() {
  const { view, loadError, actionError, setActionError, forget, setKeepOnDevice } = useVault();
  const [savingKeep, setSavingKeep] = useState(false);
  const groups = useMemo(() => (view ? groupSets(view.sets) : []), [view]);
  const wide = hasSideBySide(groups);

  // Two environments side by side need about twice the popup's usual width (style.css).
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('wide-popup', wide);
  }, [wide]);

  const copy = useCallback(
    async (text: string) => {
      try {
        await copyWithAutoClear(text);
      } catch (caught) {
        setActionError(readableError(caught, 'copy'));
        throw caught;
      }
    },
    [setActionError],
  );

  return (
    <div className="popup">
      <header className="popup-header">
        <h1>e-Invoice API Setup Assistant</h1>
        <p className="tagline">
          Guides you through creating your e-Invoice API user on NIC's portals and keeps a copy of it until it is in
          GSTZen.
        </p>
      </header>

      {(loadError || actionError) && (
        <div className="errors" role="alert">
          {loadError && <p className="error">{loadError}</p>}
          {actionError && <p className="error">{actionError}</p>}
        </div>
      )}

      <main>
        {view === null ? (
          !loadError && <p className="loading">Loading…</p>
        ) : view.sets.length === 0 ? (
          <StartPrompt />
        ) : (
          <CredentialList groups={groups} onCopy={copy} onForget={forget} />
        )}
      </main>

      <footer className="popup-footer">
        <label className="keep-on-device">
          <input
            type="checkbox"
            data-testid="keep-on-device"
            checked={view?.keepOnDevice ?? false}
            disabled={view === null || savingKeep}
            aria-describedby="keep-on-device-hint"
            onChange={(event) => {
              const keep = event.currentTarget.checked;
              setSavingKeep(true);
              void setKeepOnDevice(keep).finally(() => setSavingKeep(false));
            }}
          />
          Keep on this device (encrypted)
        </label>
        <p id="keep-on-device-hint" className="hint">
          Off: forgotten when the browser closes. On: kept encrypted on this computer until you press Forget.
        </p>
      </footer>
    </div>
  );
}

/** Where to begin: the first site of the registry (GSTZen's document starts on the sandbox). */
function StartPrompt() {
  const first = SITES[0];
  if (!first) return <p>No API credentials yet.</p>;
  return (
    <section className="start" data-testid="start" data-site={first.id}>
      <p>
        No API credentials yet. Begin on the {first.label}: the assistant's panel on the page guides you there step by
        step.
      </p>
      <a className="button primary" href={first.startUrl} target="_blank" rel="noopener noreferrer">
        Open the {first.label}
      </a>
    </section>
  );
}
