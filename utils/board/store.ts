import { storage } from 'wxt/utils/storage';
import { createSerialQueue } from '../vault/serial-queue';
import {
  boardEntrySchema,
  boardGstinSchema,
  boardObservationSchema,
  type BoardEntry,
  type BoardObservation,
} from './observation';
import { BOARD_STORAGE_KEY } from './storage-key';
import { apiUserSection, gstzenLoginSection, type BoardSectionId } from './sections';
import { t } from '../i18n/t';

/**
 * The onboarding board: per GSTIN, which sections of GSTZen's document are done, when, and
 * whether the extension saw it or the user ticked it. Owned by the background (popup and content
 * scripts ask through messages).
 *
 * It lives in storage.local, so it survives browser restarts; it holds nothing secret (the entry
 * schema has no field for a password), so it is stored in clear. Every read goes through zod:
 * an entry that does not parse is dropped, anything else stored there is an empty board. Every
 * change is a read-modify-write inside one serial queue, like the vault's.
 */
export const boardItem = storage.defineItem<BoardEntry[]>(`local:${BOARD_STORAGE_KEY}`, { fallback: [], version: 1 });

/** The oldest untouched GSTINs beyond this many are dropped. */
export const MAX_BOARD_GSTINS = 200;

/** A reason that may be shown to a person. */
export class BoardError extends Error {
  override name = 'BoardError';
}

export interface BoardStore {
  /** Every entry, most recently changed first. */
  list(): Promise<BoardEntry[]>;
  get(gstin: string): Promise<BoardEntry | null>;
  /** Records what the extension saw for `gstin` (its entry is made when new). */
  observe(gstin: string, observation: BoardObservation): Promise<BoardEntry>;
  /** The user's own tick (done) or untick (also of an observed tick). */
  tick(gstin: string, section: BoardSectionId, done: boolean): Promise<BoardEntry>;
  /** Deletes a GSTIN's entry; true when it existed. */
  forget(gstin: string): Promise<boolean>;
}

export interface BoardOptions {
  now?: () => number;
}

/** Whatever storage held: the valid entries (one per GSTIN), never a throw. */
export function parseStoredBoard(raw: unknown): BoardEntry[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const entries: BoardEntry[] = [];
  for (const item of raw) {
    const parsed = boardEntrySchema.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.gstin)) continue;
    seen.add(parsed.data.gstin);
    entries.push(parsed.data);
  }
  return entries;
}

function newestFirst(entries: BoardEntry[]): BoardEntry[] {
  return [...entries].sort((a, b) => b.updatedAt - a.updatedAt || b.firstSeenAt - a.firstSeenAt);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The section as observed now: the same fact seen again (a page visited twice) keeps the time it
 * was first seen; a different fact, or one the user ticked, takes this one's.
 */
function observedSection(entry: BoardEntry, id: BoardSectionId, detail: string, at: number) {
  const before = entry.sections[id];
  return {
    at: before?.by === 'observed' && before.detail === detail ? before.at : at,
    by: 'observed' as const,
    detail,
  };
}

/** `entry` with the observation applied at `at` (a new object; `entry` is left as it was). */
export function applyObservation(entry: BoardEntry, observation: BoardObservation, at: number): BoardEntry {
  const next: BoardEntry = {
    ...entry,
    updatedAt: at,
    sections: { ...entry.sections },
    usernames: { ...entry.usernames },
  };
  switch (observation.kind) {
    case 'gstin-seen':
      if (observation.tradeName?.trim()) next.tradeName = observation.tradeName.trim();
      break;
    case 'gstzen-login':
      next.sections[gstzenLoginSection(observation.env)] = observedSection(
        entry,
        gstzenLoginSection(observation.env),
        `Logged in as ${observation.username}`,
        at,
      );
      next.usernames[observation.env] = observation.username;
      break;
    case 'test-invoices-deleted':
      next.sections['delete-test-invoices'] = observedSection(
        entry,
        'delete-test-invoices',
        `${plural(observation.count, 'invoice', 'invoices')} deleted`,
        at,
      );
      break;
    case 'api-user-created':
      next.sections[apiUserSection(observation.env)] = observedSection(
        entry,
        apiUserSection(observation.env),
        `API user ${observation.finalUsername} created`,
        at,
      );
      next.usernames[observation.env] = observation.finalUsername;
      break;
    case 'portal-message':
      next.lastPortalMessage = { text: observation.text, at, site: observation.site };
      break;
  }
  return boardEntrySchema.parse(next);
}

function emptyEntry(gstin: string, at: number): BoardEntry {
  return { gstin, firstSeenAt: at, updatedAt: at, sections: {}, usernames: {} };
}

/** At most MAX_BOARD_GSTINS entries: the ones changed longest ago go. */
function trim(entries: BoardEntry[]): BoardEntry[] {
  return newestFirst(entries).slice(0, MAX_BOARD_GSTINS);
}

function checkedGstin(gstin: string): string {
  const parsed = boardGstinSchema.safeParse(gstin);
  if (!parsed.success) throw new BoardError(t('board_not_a_gstin'));
  return parsed.data;
}

export function createBoardStore(options: BoardOptions = {}): BoardStore {
  const now = options.now ?? (() => Date.now());
  const serial = createSerialQueue();

  async function read(): Promise<BoardEntry[]> {
    return parseStoredBoard(await boardItem.getValue());
  }

  /** One read-modify-write of one GSTIN's entry (made when missing), serialised. */
  async function change(gstin: string, update: (entry: BoardEntry, at: number) => BoardEntry): Promise<BoardEntry> {
    const valid = checkedGstin(gstin);
    return serial(async () => {
      const entries = await read();
      const at = now();
      const current = entries.find((e) => e.gstin === valid) ?? emptyEntry(valid, at);
      const next = update(current, at);
      if (next === current) return current; // Nothing changed (an untick of what was not ticked).
      await boardItem.setValue(trim([next, ...entries.filter((e) => e.gstin !== valid)]));
      return next;
    });
  }

  return {
    list() {
      return serial(async () => newestFirst(await read()));
    },

    get(gstin) {
      return serial(async () => (await read()).find((e) => e.gstin === gstin) ?? null);
    },

    observe(gstin, observation) {
      const parsed = boardObservationSchema.safeParse(observation);
      if (!parsed.success) return Promise.reject(new BoardError(t('board_observation_invalid')));
      return change(gstin, (entry, at) => applyObservation(entry, parsed.data, at));
    },

    tick(gstin, section, done) {
      return change(gstin, (entry, at) => {
        const sections = { ...entry.sections };
        if (done) {
          // Already done (seen or ticked): the first evidence and its time stay.
          if (sections[section]) return entry;
          sections[section] = { at, by: 'user' };
        } else {
          if (!sections[section]) return entry;
          delete sections[section];
        }
        return boardEntrySchema.parse({ ...entry, sections, updatedAt: at });
      });
    },

    forget(gstin) {
      return serial(async () => {
        const entries = await read();
        const remaining = entries.filter((e) => e.gstin !== gstin);
        if (remaining.length === entries.length) return false;
        await boardItem.setValue(remaining);
        return true;
      });
    },
  };
}

/** The background's board. */
export const board: BoardStore = createBoardStore();
