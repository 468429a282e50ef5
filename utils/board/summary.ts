import type { CredentialSet, CredentialStatus } from '../vault/credential-set';
import { ENVIRONMENTS, type Environment } from '../environments';
import { environmentLabel, siteLabel } from '../flows/site-names';
import { siteById } from '../flows/sites';
import type { BoardEntry, BoardTick } from './observation';
import { BOARD_SECTIONS, documentPlace } from './sections';
import { usernameToType } from '../vault/username-to-type';
import { indiaTime } from '../india-time';

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
  return tick.by === 'observed' ? 'seen by the assistant' : 'ticked by the user';
}

const STATUS_WORDS: Record<CredentialStatus, string> = {
  confirmed: 'created on the portal',
  captured: "submitted; the portal's answer was not seen",
  rejected: 'refused by the portal',
  suggested: 'suggested, not submitted',
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
  if (!set) return `- ${name}: ${fromBoard ?? 'none yet'}`;
  const username = set.finalUsername ?? fromBoard ?? usernameToType(set).username;
  return `- ${name}: ${username} (${STATUS_WORDS[set.status]}, ${indiaTime(set.capturedAt)})`;
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
  if (!last) return 'none seen';
  return `"${last.text}" (${last.where}, ${indiaTime(last.at)})`;
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
    'e-Invoice API setup: support summary',
    `GSTIN: ${entry.gstin}${entry.tradeName ? ` (${entry.tradeName})` : ''}`,
    '',
    'Steps of GSTZen\'s document "Creating e-Invoice API Login Details and providing it to GSTZen":',
  ];
  for (const section of BOARD_SECTIONS) {
    const tick = entry.sections[section.id];
    const head = `${documentPlace(section)}, ${section.title()}`;
    lines.push(
      tick
        ? `✓ ${head}: done ${indiaTime(tick.at)}, ${tickedBy(tick)}${tick.detail ? ` (${tick.detail})` : ''}`
        : `✗ ${head}: not yet`,
    );
  }
  lines.push('', 'Final usernames (no passwords in this summary):');
  for (const env of ENVIRONMENTS) lines.push(usernameLine(env, entry, facts));
  lines.push(
    '',
    `Last portal message: ${lastPortalMessage(entry, facts)}`,
    `Extension version: ${version}`,
    `Made: ${indiaTime(now)}`,
  );
  return lines.join('\n');
}
