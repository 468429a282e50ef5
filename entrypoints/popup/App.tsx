import { useCallback, useLayoutEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { writeClipboardText } from '@/utils/clipboard/dom-clipboard';
import { SITES, siteLabel } from '@/utils/flows';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { Board } from './Board';
import { boardRows } from './board-rows';
import { copyWithAutoClear } from './clipboard';
import { CredentialList } from './CredentialList';
import { groupSets, hasSideBySide } from './group-sets';
import { useBoard } from './use-board';
import { FailedSaves } from './FailedSaves';
import { LanguageSwitch } from './LanguageSwitch';
import { useLanguage } from '@/components/use-language';
import { t, type MessageKey } from '@/utils/i18n/t';
import { useFailedSaves } from './use-failed-saves';
import { couldNotInWords, readableError, type CouldNot } from './could-not';
import { useVault } from './use-vault';

/** What the popup shows: the credentials or the onboarding board (a tab switch at the top). */
type Tab = 'credentials' | 'board';
const TABS: readonly { id: Tab; label: MessageKey }[] = [
  { id: 'credentials', label: 'popup_tab_credentials' },
  { id: 'board', label: 'popup_tab_board' },
];

/** The extension's version, for the support summary. */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return t('popup_version_unknown');
  }
}

/** The summary is not secret: copied as it is, never cleared afterwards. */
async function copySummary(text: string): Promise<void> {
  if (!(await writeClipboardText(text))) throw new Error(t('popup_copy_not_allowed'));
}

/** The popup's page with `?view=board`: the board alone, at full width, for support staff. */
export function isBoardPage(search: string = location.search): boolean {
  return new URLSearchParams(search).get('view') === 'board';
}

export function App({ boardPage = false }: { boardPage?: boolean }) {
  // Drawn again, whole, after a switch of language.
  useLanguage();
  const { view, loadError, actionError, setActionError, forget, setKeepOnDevice, discardUnreadableCopy } = useVault();
  const [savingKeep, setSavingKeep] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [tab, setTab] = useState<Tab>('credentials');
  const failedSaves = useFailedSaves();
  const groups = useMemo(() => (view ? groupSets(view.sets) : []), [view]);
  const wide = hasSideBySide(groups) && !boardPage;

  // Two environments side by side need about twice the popup's usual width (style.css).
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('wide-popup', wide);
  }, [wide]);

  const copy = useCallback(
    async (text: string) => {
      try {
        await copyWithAutoClear(text);
      } catch (caught) {
        setActionError(readableError(caught, 'popup_error_copy'));
        throw caught;
      }
    },
    [setActionError],
  );

  // The tabs as ARIA's tab pattern has them: one Tab stop, the arrow keys (and Home, End) move and select.
  const onTabKey = (event: KeyboardEvent<HTMLElement>) => {
    const next: Record<string, Tab> = {
      ArrowLeft: 'credentials',
      Home: 'credentials',
      ArrowRight: 'board',
      End: 'board',
    };
    const to = next[event.key];
    if (!to) return;
    event.preventDefault();
    setTab(to);
    document.getElementById(`tab-${to}`)?.focus();
  };

  if (boardPage) return <BoardPage sets={view?.sets ?? []} vaultError={loadError} />;

  return (
    <div className="popup">
      <header className="popup-header">
        <h1>{t('extName')}</h1>
        <p className="tagline">{t('popup_tagline')}</p>
        <LanguageSwitch />
      </header>

      {/* Everything but the title and the footer: in the main landmark, errors included (axe region). */}
      <main>
        {(loadError || actionError) && (
          <div className="errors" role="alert">
            {loadError && <p className="error">{couldNotInWords(loadError)}</p>}
            {actionError && <p className="error">{couldNotInWords(actionError)}</p>}
          </div>
        )}

        {/* Above both tabs: credentials that could not be kept matter more than either. */}
        <FailedSaves
          failed={failedSaves.failed}
          error={failedSaves.error}
          onAcknowledge={(id) => void failedSaves.acknowledge(id)}
        />

        <div className="tabs" role="tablist" aria-label={t('popup_tabs_label')} onKeyDown={onTabKey}>
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              data-testid={`tab-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t(label)}
            </button>
          ))}
        </div>

        {tab === 'board' ? (
          <div className="tab-panel" id="panel-board" role="tabpanel" aria-labelledby="tab-board">
            <a
              className="open-board"
              data-testid="open-board"
              href={browser.runtime.getURL('/popup.html?view=board')}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('popup_open_board_in_tab')}
            </a>
            <BoardPart sets={view?.sets ?? []} />
          </div>
        ) : (
          <div className="tab-panel" id="panel-credentials" role="tabpanel" aria-labelledby="tab-credentials">
            {view?.unreadableCopy && (
              <UnreadableCopyNotice
                busy={discarding}
                onDiscard={() => {
                  setDiscarding(true);
                  void discardUnreadableCopy().finally(() => setDiscarding(false));
                }}
              />
            )}
            {view === null ? (
              !loadError && <p className="loading">{t('popup_loading')}</p>
            ) : view.sets.length === 0 ? (
              <StartPrompt sessionOnly={view.unreadableCopy} />
            ) : (
              <CredentialList groups={groups} onCopy={copy} onForget={forget} />
            )}
          </div>
        )}
      </main>

      {/* Where the credentials are kept: a choice about them, shown with them. */}
      {tab === 'credentials' && (
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
            {t('popup_keep_on_device')}
          </label>
          <p id="keep-on-device-hint" className="hint">
            {t('popup_keep_on_device_hint')}
          </p>
        </footer>
      )}
    </div>
  );
}

/** The board with its own reading of the background (its errors shown inside it). */
function BoardPart({ sets, forSupport = false }: { sets: readonly CredentialSet[]; forSupport?: boolean }) {
  const { board, error, tick, forget } = useBoard();
  const rows = useMemo(() => (board ? boardRows(board, sets) : []), [board, sets]);
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {couldNotInWords(error)}
        </p>
      )}
      {board === null ? (
        !error && <p className="loading">{t('popup_loading')}</p>
      ) : (
        <Board
          rows={rows}
          version={extensionVersion()}
          forSupport={forSupport}
          onTick={tick}
          onCopySummary={copySummary}
          onForget={forget}
        />
      )}
    </>
  );
}

/** `popup.html?view=board`: every GSTIN's board at full width, for support staff. */
function BoardPage({ sets, vaultError }: { sets: readonly CredentialSet[]; vaultError: CouldNot | null }) {
  return (
    <div className="popup board-page">
      <header className="popup-header">
        <h1>{t('board_page_title')}</h1>
        <p className="tagline">{t('board_page_tagline')}</p>
        <LanguageSwitch />
      </header>
      <main>
        {vaultError && <p className="error">{couldNotInWords(vaultError)}</p>}
        <BoardPart sets={sets} forSupport />
      </main>
    </div>
  );
}

/**
 * The encrypted copy kept on this device cannot be read: what happened, that nothing was deleted,
 * where new credentials go meanwhile, and the one way to delete it (the user's explicit choice).
 */
function UnreadableCopyNotice({ busy, onDiscard }: { busy: boolean; onDiscard: () => void }) {
  return (
    <section className="unreadable-copy" role="alert" data-testid="unreadable-copy">
      <p>{t('popup_unreadable_copy')}</p>
      <p className="hint">{t('popup_unreadable_copy_hint')}</p>
      <button type="button" data-testid="discard-unreadable-copy" disabled={busy} onClick={onDiscard}>
        {t('popup_discard_unreadable_copy')}
      </button>
    </section>
  );
}

/** Where to begin: the first site of the registry (GSTZen's document starts on the sandbox). */
function StartPrompt({ sessionOnly = false }: { sessionOnly?: boolean }) {
  const first = SITES[0];
  const none = sessionOnly ? t('popup_none_in_session') : t('popup_none_yet');
  if (!first) return <p>{none}</p>;
  return (
    <section className="start" data-testid="start" data-site={first.id}>
      <p>
        {none} {t('popup_begin_on', { site: siteLabel(first) })}
      </p>
      <a className="button primary" href={first.startUrl} target="_blank" rel="noopener noreferrer">
        {t('popup_open_site', { site: siteLabel(first) })}
      </a>
    </section>
  );
}
