import type { CredentialSet, CredentialStatus } from '../vault/credential-set';
import { ENVIRONMENTS, type Environment } from '../environments';
import { environmentLabel, siteLabel } from '../flows/site-names';
import { siteById } from '../flows/sites';
import type { BoardEntry, BoardTick } from './observation';
import { BOARD_SECTIONS, documentPlace } from './sections';
import { usernameToType } from '../vault/username-to-type';
import { indiaTime } from '../india-time';
import { t, type MessageKey } from '../i18n/t';
import { tickDetailInWords } from './tick-detail';

/**
 * The support summary: one GSTIN's onboarding in plain text, to paste into a chat or a ticket.
 * It never holds a password: the sets are reduced to the facts below by picking fields, so even
 * a full set passed in by mistake at runtime gives up nothing else.
 */
export type SetFacts = Pick<
  CredentialSet,
  'env' | 'gstin' | 'username' | 'finalUsername' | 'status' | 'capturedAt' | 'portalMessage'
>;

/** The facts of a set, and nothing else (whatever else the object carries at runtime). */
export function pickSetFacts(set: SetFacts): SetFacts {
  const facts: SetFacts = {
    env: set.env,
    gstin: set.gstin,
    username: set.username,
    status: set.status,
    capturedAt: set.capturedAt,
  };
  if (set.finalUsername !== undefined) facts.finalUsername = set.finalUsername;
  if (set.portalMessage !== undefined) facts.portalMessage = set.portalMessage;
  return facts;
}

export function tickedBy(tick: Pick<BoardTick, 'by'>): string {
  return tick.by === 'observed' ? t('board_seen_by_assistant') : t('board_ticked_by_user');
}

const STATUS_WORDS: Record<CredentialStatus, MessageKey> = {
  confirmed: 'summary_status_confirmed',
  captured: 'summary_status_captured',
  rejected: 'summary_status_rejected',
  suggested: 'summary_status_suggested',
};

/** The set to report for an environment: the newest the portal created, else submitted, else any. */
function setToReport(sets: readonly SetFacts[], env: Environment): SetFacts | undefined {
  const mine = sets.filter((s) => s.env === env).sort((a, b) => b.capturedAt - a.capturedAt);
  return mine.find((s) => s.status === 'confirmed') ?? mine.find((s) => s.status !== 'suggested') ?? mine[0];
}

function usernameLine(env: Environment, entry: BoardEntry, sets: readonly SetFacts[]): string {
  const name = environmentLabel(env);
  const set = setToReport(sets, env);
  const fromBoard = entry.usernames[env];
  if (!set) return t('summary_username_line', { portal: name, username: fromBoard ?? t('summary_none_yet') });
  const username = set.finalUsername ?? fromBoard ?? usernameToType(set).username;
  return t('summary_username_line_status', {
    portal: name,
    username,
    status: t(STATUS_WORDS[set.status]),
    time: indiaTime(set.capturedAt),
  });
}

/** A site's label by its id; the id itself for a site the registry does not know. */
function siteNamed(id: string): string {
  const site = siteById(id);
  return site ? siteLabel(site) : id;
}

function lastPortalMessage(entry: BoardEntry, sets: readonly SetFacts[]): string {
  const fromBoard = entry.lastPortalMessage;
  const fromSets = sets
    .filter((s) => s.portalMessage)
    .sort((a, b) => b.capturedAt - a.capturedAt)
    .map((s) => ({ text: s.portalMessage ?? '', at: s.capturedAt, where: environmentLabel(s.env) }))[0];
  const boardSaid = fromBoard && {
    text: fromBoard.text,
    at: fromBoard.at,
    where: siteNamed(fromBoard.site),
  };
  const last = boardSaid && (!fromSets || boardSaid.at >= fromSets.at) ? boardSaid : fromSets;
  if (!last) return t('summary_none_seen');
  return t('summary_portal_message', { text: last.text, where: last.where, time: indiaTime(last.at) });
}

export function supportSummary({
  entry,
  sets,
  version,
  now = Date.now(),
}: {
  entry: BoardEntry;
  sets: readonly SetFacts[];
  version: string;
  now?: number;
}): string {
  const facts = sets.map(pickSetFacts).filter((s) => s.gstin === entry.gstin);
  const lines = [
    t('summary_title'),
    // A code and values only: the same in every language.
    `GSTIN: ${entry.gstin}${entry.tradeName ? ` (${entry.tradeName})` : ''}`,
    '',
    t('summary_steps'),
  ];
  for (const section of BOARD_SECTIONS) {
    const tick = entry.sections[section.id];
    const head = t('summary_step_head', { place: documentPlace(section), title: section.title() });
    if (!tick) {
      lines.push(t('summary_step_not_yet', { step: head }));
      continue;
    }
    const values = { step: head, time: indiaTime(tick.at), by: tickedBy(tick) };
    lines.push(
      tick.detail
        ? t('summary_step_done_detail', { ...values, detail: tickDetailInWords(tick.detail) })
        : t('summary_step_done', values),
    );
  }
  lines.push('', t('summary_final_usernames'));
  for (const env of ENVIRONMENTS) lines.push(usernameLine(env, entry, facts));
  lines.push(
    '',
    t('summary_last_portal_message', { message: lastPortalMessage(entry, facts) }),
    t('summary_version', { version }),
    t('summary_made', { time: indiaTime(now) }),
  );
  return lines.join('\n');
}
