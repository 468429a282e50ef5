import { useState } from 'react';
import { ENVIRONMENT_TEXT } from '@/components/environment-text';
import { PortalQuote } from '@/components/PortalQuote';
import { useCopyState } from '@/components/use-copy-state';
import type { Environment } from '@/utils/environments';
import type { BoardTick } from '@/utils/board/observation';
import { BOARD_SECTIONS, documentPlace, type BoardSection, type BoardSectionId } from '@/utils/board/sections';
import { supportSummary } from '@/utils/board/summary';
import { indiaTime } from '@/utils/india-time';
import { tickDetailInWords } from '@/utils/board/tick-detail';
import { t, type MessageKey } from '@/utils/i18n/t';
import { tElements } from '@/components/t-elements';
import type { BoardRow } from './board-rows';
import { pickSetToUse } from './CredentialList';

export interface BoardActions {
  onTick: (gstin: string, section: BoardSectionId, done: boolean) => Promise<void>;
  /** Copies the support summary (plain text, no secret: no clearing afterwards). */
  onCopySummary: (text: string) => Promise<void>;
  /** Removes the GSTIN's ticks from the board (its kept credentials stay). */
  onForget?: (gstin: string) => Promise<void>;
}

/** The document's two parts, side by side: Part 1 is the sandbox's, Part 2 production's (it starts with the deletion). */
const PARTS: { part: 1 | 2; env: Environment; heading: MessageKey }[] = [
  { part: 1, env: 'sandbox', heading: 'board_part_1' },
  { part: 2, env: 'production', heading: 'board_part_2' },
];

/**
 * The onboarding board: for each GSTIN, the sections of GSTZen's document in order, the sandbox's
 * (Part 1) beside production's (Part 2, which begins with deleting the test invoices), each ticked
 * with its time and by whom, each unticked one with a link to where it is done and "Mark done".
 */
export function Board({
  rows,
  version,
  forSupport = false,
  ...actions
}: {
  rows: readonly BoardRow[];
  version: string;
  /** The full-page view for support staff: the user's ticks are "ticked by the user", not "by you". */
  forSupport?: boolean;
} & BoardActions) {
  if (rows.length === 0) {
    return (
      <section className="board" data-testid="board">
        <p className="board-empty">{t('board_empty')}</p>
      </section>
    );
  }
  return (
    <section className="board" data-testid="board" aria-label={t('board_page_title')}>
      {rows.map((row) => (
        <GstinBoard key={row.gstin} row={row} version={version} forSupport={forSupport} {...actions} />
      ))}
    </section>
  );
}

function GstinBoard({
  row,
  version,
  forSupport,
  onTick,
  onCopySummary,
  onForget,
}: { row: BoardRow; version: string; forSupport: boolean } & BoardActions) {
  const { entry } = row;
  const done = BOARD_SECTIONS.filter((s) => entry.sections[s.id]).length;
  return (
    <article className="board-gstin" data-testid="board-gstin" data-gstin={row.gstin} aria-label={`GSTIN ${row.gstin}`}>
      <header className="board-gstin-header">
        <h2>
          GSTIN {row.gstin}
          {entry.tradeName && <span className="trade-name"> {entry.tradeName}</span>}
        </h2>
        <span className="board-progress" data-testid="board-progress">
          {t('board_progress', { done, total: BOARD_SECTIONS.length })}
        </span>
        <SummaryButton
          onCopy={() => onCopySummary(supportSummary({ entry, sets: row.sets, version }))}
          gstin={row.gstin}
        />
      </header>
      <div className="board-parts">
        {PARTS.map(({ part, env, heading }) => (
          <div key={part} className={`board-part env-${env}`} data-part={part}>
            <h3 className="board-part-heading">{t(heading)}</h3>
            <UsernameLine row={row} env={env} />
            <ol className="board-sections">
              {BOARD_SECTIONS.filter((s) => s.part === part).map((section) => (
                <SectionItem
                  key={section.id}
                  section={section}
                  gstin={row.gstin}
                  tick={entry.sections[section.id]}
                  byUser={forSupport ? t('board_ticked_by_user') : t('board_ticked_by_you')}
                  onTick={onTick}
                />
              ))}
            </ol>
          </div>
        ))}
      </div>
      {onForget && <ForgetGstin gstin={row.gstin} onForget={onForget} />}
      {entry.lastPortalMessage && (
        <p className="board-portal-message" data-testid="board-portal-message">
          <PortalQuote
            text={entry.lastPortalMessage.text}
            label={t('board_last_portal_message', { time: indiaTime(entry.lastPortalMessage.at) })}
          />
        </p>
      )}
    </article>
  );
}

/** The environment's final username, when known: the one GSTZen needs. */
function UsernameLine({ row, env }: { row: BoardRow; env: Environment }) {
  const set = pickSetToUse(row.sets.filter((s) => s.env === env).sort((a, b) => b.capturedAt - a.capturedAt));
  const username = row.entry.usernames[env] ?? set?.finalUsername ?? set?.username;
  if (!username) return null;
  return (
    <p className="board-username" data-testid="board-username" data-env={env}>
      {tElements('board_username_line', { username: <code>{username}</code> }, { env: ENVIRONMENT_TEXT[env].name() })}
    </p>
  );
}

function SectionItem({
  section,
  gstin,
  tick,
  byUser,
  onTick,
}: {
  section: BoardSection;
  gstin: string;
  tick: BoardTick | undefined;
  /** How a tick of the user's is described to the reader. */
  byUser: string;
  onTick: BoardActions['onTick'];
}) {
  const [busy, setBusy] = useState(false);
  const change = (done: boolean) => {
    setBusy(true);
    void onTick(gstin, section.id, done).finally(() => setBusy(false));
  };
  return (
    <li
      className={`board-section ${tick ? 'done' : 'not-done'}`}
      data-testid="board-section"
      data-section={section.id}
      data-done={tick ? 'true' : 'false'}
      data-by={tick?.by}
    >
      <span className="board-mark" aria-hidden="true">
        {tick ? '✓' : '○'}
      </span>
      <div className="board-section-body">
        <span className="board-section-title">
          {section.title()}
          <span className="visually-hidden">{tick ? t('board_section_done') : t('board_section_not_done')}</span>
        </span>
        <span className="board-place">{documentPlace(section)}</span>
        {tick ? (
          <>
            <span className="board-when" data-testid="board-when">
              {tElements(
                'board_when',
                { time: <time dateTime={new Date(tick.at).toISOString()}>{indiaTime(tick.at)}</time> },
                { by: tick.by === 'observed' ? t('board_seen_by_assistant') : byUser },
              )}
            </span>
            {tick.detail && <span className="board-detail">{tickDetailInWords(tick.detail)}</span>}
            <span className="board-actions">
              {tick.by === 'user' ? (
                <button type="button" data-testid="board-undo" disabled={busy} onClick={() => change(false)}>
                  {t('board_undo')}
                </button>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  data-testid="board-untick"
                  disabled={busy}
                  aria-label={t('board_not_done_label', { title: section.title() })}
                  onClick={() => change(false)}
                >
                  {t('board_not_done')}
                </button>
              )}
            </span>
          </>
        ) : (
          <span className="board-actions">
            <a
              className="board-where"
              data-testid="board-where"
              href={section.whereUrl(gstin)}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('board_open_where', { where: section.whereLabel() })}
            </a>
            <button
              type="button"
              data-testid="board-mark-done"
              disabled={busy}
              aria-label={t('board_mark_done_label', { title: section.title() })}
              onClick={() => change(true)}
            >
              {t('board_mark_done')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}

/** "Remove from the board", asked once more before it is done. */
function ForgetGstin({ gstin, onForget }: { gstin: string; onForget: (gstin: string) => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="link-button board-forget"
        data-testid="board-forget"
        onClick={() => setAsking(true)}
      >
        {t('board_remove_gstin')}
      </button>
    );
  }
  return (
    <p className="board-forget-confirm" role="alert">
      {t('board_remove_question', { gstin })}{' '}
      <button type="button" data-testid="board-forget-confirm" onClick={() => void onForget(gstin)}>
        {t('board_remove')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        {t('panel_cancel')}
      </button>
    </p>
  );
}

/** "Copy summary": the text is not secret, so the clipboard is left as it is (no 30 s clearing). */
function SummaryButton({ gstin, onCopy }: { gstin: string; onCopy: () => Promise<void> }) {
  const [state, track] = useCopyState();
  const shown =
    state === 'copied'
      ? t('component_copied')
      : state === 'failed'
        ? t('component_copy_failed')
        : t('board_copy_summary');
  return (
    <>
      <button
        type="button"
        className={`copy-button copy-summary ${state}`}
        data-testid="copy-summary"
        // Starts with the words on the button (WCAG 2.5.3: "click Copy summary" works by voice).
        aria-label={t('board_copy_summary_label', { state: shown, gstin })}
        onClick={() => track(onCopy())}
      >
        {shown}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('board_summary_copied') : ''}
        {state === 'failed' ? t('popup_copy_not_allowed') : ''}
      </span>
    </>
  );
}
