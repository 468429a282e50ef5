import { z } from 'zod/mini';
import type { Environment } from '../environments';
import { credentialSetSchema, newCaptureSchema, type CredentialSet, type NewCapture } from './credential-set';
import { createVaultKey, decryptJson, encryptJson, encryptedBlobSchema } from './crypto';
import { encryptedSetsItem, keepOnDeviceItem, sessionSetsItem } from './items';
import { indexedDbKeyStore, type KeyStore } from './key-store';
import { createSerialQueue } from './serial-queue';
import { answerNamesSet } from './answer-names-set';
import type { FailedSaveReason } from './failed-save-schema';
import { MAX_SETS } from './vault-limits';
import { t } from '../i18n/t';

/**
 * The vault: the only place credential sets live. Owned by the background; everything else asks
 * it through messages.
 *
 * Nothing is held in memory between calls (an MV3 service worker may be stopped at any moment):
 * every operation reads storage, changes, writes back, inside one serial queue.
 *
 * Where the sets live:
 * - keepOnDevice off (default): `session:credentialSets`, in clear, in memory-only session storage
 *   (gone when the browser closes; only extension pages and the background can read it).
 * - keepOnDevice on: `local:credentialSetsEncrypted`, AES-GCM under a non-extractable key kept in
 *   IndexedDB. Nothing secret is ever written to storage.local in clear.
 * - keepOnDevice on but the encrypted copy cannot be read (key gone after site data was cleared,
 *   or the blob does not decrypt or parse): the copy is left exactly as it is, never overwritten
 *   or deleted, and the sets live in session storage, as with keepOnDevice off, until the user
 *   discards the copy (discardUnreadableCopy) or the key comes back.
 *
 * Status rules (settle):
 * - captured → confirmed | rejected.
 * - rejected → confirmed is allowed: a confirmation is positive evidence the API user exists and
 *   the portal's error ("already created") is sometimes untrue. Its message is dropped then.
 * - confirmed is final; nothing returns to captured.
 * - suggested → captured, only by a save with its values (the user pressed create with them).
 */
export interface Vault {
  /** Every set, newest capture first. */
  list(): Promise<CredentialSet[]>;
  /** One set by its id (null when there is none); changes nothing. */
  get(id: string): Promise<CredentialSet | null>;
  /**
   * Keeps what the user typed; returns the existing set for a duplicate report of one press. A
   * press with a suggestion's values (isSuggestionPressed) turns that set into the capture.
   */
  save(capture: NewCapture, tabId?: number): Promise<CredentialSet>;
  /**
   * Keeps a pair the assistant suggested and typed into the site's boxes, at once, as
   * 'suggested': never claimed, never settled, until a press with the same values saves it.
   */
  suggest(suggestion: NewCapture): Promise<CredentialSet>;
  /**
   * The capture waiting for the portal's answer that a new page may settle: the newest set for
   * env still `captured`, made within the last 15 minutes and not claimed yet. It is handed out
   * once: the first page loaded after the press is where the portal answers; a later page's
   * messages (a login error, a wrong captcha) are about something else.
   */
  claimPending(env: Environment, tabId?: number): Promise<CredentialSet | null>;
  /**
   * Records the portal's answer; true when the status changed. A capture made in a tab is settled
   * only from that tab (`tabId`): another portal tab's error is not its answer.
   */
  settle(id: string, env: Environment, answer: Settlement, tabId?: number): Promise<boolean>;
  /**
   * A late answer: a page of env's portal shows a success naming `shownUsername`, with no capture
   * claimed for it (the answer came after the claim window, or on another page or tab). The name
   * is the evidence, so neither tab nor age matters; it settles the newest set of env with that
   * name (and of `pageGstin`, when the page shows one and the set has one), only if that set is
   * still `captured` and no other set waiting with that name has another password (which press
   * made the user would be a guess). An older set with the name is never confirmed over a newer
   * one. Returns the id settled, or null.
   */
  settleNamed(env: Environment, shownUsername: string, pageGstin?: string): Promise<string | null>;
  /** Deletes a set; true when it existed. */
  forget(id: string): Promise<boolean>;
  getKeepOnDevice(): Promise<boolean>;
  /**
   * Moves the sets to (encrypted) local storage or back to session storage; returns the new value.
   * Refused (VaultError) while the encrypted copy cannot be read: either move would destroy it.
   */
  setKeepOnDevice(keep: boolean): Promise<boolean>;
  /**
   * An encrypted copy exists that cannot be read (its key is gone, or it does not decrypt or
   * parse). It is kept as it is; meanwhile the sets live in session storage.
   */
  hasUnreadableCopy(): Promise<boolean>;
  /**
   * The user's explicit choice: deletes an unreadable encrypted copy and its key; with
   * keepOnDevice on, the sets kept in session meanwhile become the new encrypted copy. True when a
   * copy was deleted; refused (VaultError) when the copy can be read after all.
   */
  discardUnreadableCopy(): Promise<boolean>;
}

type EncryptedCopy = { kind: 'none' } | { kind: 'readable'; sets: CredentialSet[] } | { kind: 'unreadable' };

/** Where the sets are, as read at the start of one vault operation. */
interface Place {
  keep: boolean;
  copy: EncryptedCopy;
  /** What session storage held. */
  session: CredentialSet[];
  /** The sets the operation works on. */
  sets: CredentialSet[];
}

/** The portal's answer to a capture, as the content script read it (see CaptureSpec.answer). */
export type Settlement =
  | { status: 'confirmed'; finalUsername?: string }
  | { status: 'rejected'; portalMessage?: string; alreadyCreated?: boolean };

export interface VaultOptions {
  keyStore?: KeyStore;
  now?: () => number;
  randomId?: () => string;
}

/** Two reports of the same press (click and form submit, two frames) arrive within this window. */
export const SAME_PRESS_WINDOW_MS = 10_000;

/**
 * The one dedupe rule: a capture is a second report of an earlier press when that press is still
 * waiting for the portal's answer and has the same environment, GSTIN, username and password,
 * within SAME_PRESS_WINDOW_MS. Once the portal answered (confirmed or refused), pressing again is
 * a new attempt, even with the same values.
 */
export function isSamePress(set: CredentialSet, capture: NewCapture, capturedAt: number): boolean {
  return (
    set.status === 'captured' &&
    set.env === capture.env &&
    set.gstin === capture.gstin &&
    set.username === capture.username &&
    set.password === capture.password &&
    Math.abs(set.capturedAt - capturedAt) <= SAME_PRESS_WINDOW_MS
  );
}
/**
 * The press saves what the assistant suggested: the same environment, username and password, and
 * the same GSTIN when both have one (the suggestion may have been made before the GSTIN showed).
 */
function isSuggestionPressed(set: CredentialSet, capture: NewCapture): boolean {
  return (
    set.status === 'suggested' &&
    set.env === capture.env &&
    set.username === capture.username &&
    set.password === capture.password &&
    (set.gstin === '' || capture.gstin === '' || set.gstin === capture.gstin)
  );
}
/** A capture older than this is no longer waiting for the portal's answer. */
export const PENDING_WINDOW_MS = 15 * 60_000;
/** A content script's clock further off than this is not trusted: the vault's own time is used. */
const MAX_CLOCK_SKEW_MS = 60_000;
// At most MAX_SETS sets (storage cannot grow for ever); which may go to make room: `droppable`.
export { MAX_SETS };

/**
 * A reason that may be shown to a person: never contains a secret. Written in the language the
 * background speaks (the user's choice); `code`, when given, lets a failed save be put in words
 * again later in another language (failed-save-reason.ts).
 */
export class VaultError extends Error {
  override name = 'VaultError';
  constructor(
    message: string,
    readonly code?: FailedSaveReason,
  ) {
    super(message);
  }
}

/** Parses whatever storage held: keeps the valid sets, drops the rest, never throws. */
function parseStoredSets(raw: unknown): CredentialSet[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const sets: CredentialSet[] = [];
  for (const entry of raw) {
    const parsed = credentialSetSchema.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.id)) continue;
    seen.add(parsed.data.id);
    sets.push(parsed.data);
  }
  return sets;
}

/** `first`, then those of `rest` whose id is not in `first`. */
function mergeById(first: CredentialSet[], rest: CredentialSet[]): CredentialSet[] {
  const ids = new Set(first.map((s) => s.id));
  return [...first, ...rest.filter((s) => !ids.has(s.id))];
}

function newestFirst(sets: CredentialSet[]): CredentialSet[] {
  return [...sets].sort((a, b) => b.capturedAt - a.capturedAt || b.updatedAt - a.updatedAt);
}

/** Refusal of setKeepOnDevice while the copy is unreadable; names no value. */
export const unreadableCopyKeepMessage = (): string => t('vault_unreadable_copy_keep');

/** Refusal of discardUnreadableCopy when the copy can be read after all. */
export const readableCopyNotDiscardedMessage = (): string => t('vault_readable_copy_not_discarded');

/**
 * A set this young is never dropped to make room, whatever its status: a page that floods the
 * vault (or a long day of attempts) cannot push out today's work.
 */
export const NEVER_DROP_YOUNGER_THAN_MS = 24 * 60 * 60_000;

/** Said when the vault is full of sets it may not drop; names no value. */
export const vaultFullMessage = (): string => t('vault_full', { count: MAX_SETS });

/**
 * The set that may go to make room for a new one, or null when none may: never a confirmed set,
 * never one younger than a day; first a proposal never submitted, then a plain refusal (not the
 * untrue "already created"), then the rest, oldest first.
 */
function droppable(sets: CredentialSet[], now: number): CredentialSet | null {
  const order = (set: CredentialSet) =>
    set.status === 'suggested' ? 0 : set.status === 'rejected' && !set.alreadyCreated ? 1 : 2;
  const candidates = sets
    .filter((set) => set.status !== 'confirmed' && now - set.capturedAt >= NEVER_DROP_YOUNGER_THAN_MS)
    .sort((a, b) => order(a) - order(b) || a.capturedAt - b.capturedAt);
  return candidates[0] ?? null;
}

/** `sets` with room for one more (at most MAX_SETS in all); throws vaultFullMessage() when there is none. */
function withRoomForOne(sets: CredentialSet[], now: number): CredentialSet[] {
  let kept = sets;
  while (kept.length >= MAX_SETS) {
    const drop = droppable(kept, now);
    if (!drop) throw new VaultError(vaultFullMessage(), 'vault-full');
    kept = kept.filter((set) => set !== drop);
  }
  return kept;
}

/** The set may be answered from this tab: it was made there, or either side does not say. */
function sameTab(set: CredentialSet, tabId: number | undefined): boolean {
  return set.tabId === undefined || tabId === undefined || set.tabId === tabId;
}

export function createVault(options: VaultOptions = {}): Vault {
  const now = options.now ?? (() => Date.now());
  const randomId = options.randomId ?? (() => crypto.randomUUID());
  let keyStore = options.keyStore;
  // Opened lazily: session-only use never touches IndexedDB.
  const keys = (): KeyStore => (keyStore ??= indexedDbKeyStore());
  const serial = createSerialQueue();

  async function readKeep(): Promise<boolean> {
    return z.catch(z.boolean(), false).parse(await keepOnDeviceItem.getValue());
  }

  /**
   * The encrypted copy as it stands: none, readable (its sets), or unreadable (the key is gone,
   * for example after site data was cleared, or the blob does not decrypt or parse). An
   * unreadable copy is never overwritten or deleted except by discardUnreadableCopy.
   */
  async function readEncryptedCopy(): Promise<EncryptedCopy> {
    const raw: unknown = await encryptedSetsItem.getValue();
    if (raw === null || raw === undefined) return { kind: 'none' };
    const blob = encryptedBlobSchema.safeParse(raw);
    if (!blob.success) return { kind: 'unreadable' };
    try {
      const key = await keys().get();
      if (!key) return { kind: 'unreadable' };
      const value = await decryptJson(key, blob.data);
      if (!Array.isArray(value)) return { kind: 'unreadable' };
      return { kind: 'readable', sets: parseStoredSets(value) };
    } catch {
      return { kind: 'unreadable' }; // Wrong key, tampered data, IndexedDB failing: never crash.
    }
  }

  /**
   * Where the sets are now and what they are. With keepOnDevice on and a readable (or no) copy,
   * the sets are the copy's plus any left in session storage (kept there while a copy was
   * unreadable, or left by a stop halfway through a move); the next write moves them all into the
   * copy. With an unreadable copy, the sets are the session's, and so are the writes.
   */
  async function readPlace(): Promise<Place> {
    const keep = await readKeep();
    const session = parseStoredSets(await sessionSetsItem.getValue());
    const copy = await readEncryptedCopy();
    if (keep && copy.kind !== 'unreadable') {
      return { keep, copy, session, sets: mergeById(copy.kind === 'readable' ? copy.sets : [], session) };
    }
    return { keep, copy, session, sets: session };
  }

  /**
   * Writes the sets where `place` says. Encrypted (keepOnDevice on, copy readable or none): the
   * copy is rewritten and the session copy removed. Otherwise into session storage; with
   * keepOnDevice off, a readable copy holding only sets the session also held (a stop halfway
   * through unticking) is tidied away; any other copy is left as it is (nothing is lost to a flag
   * flipped behind the vault's back).
   */
  async function writeSets(sets: CredentialSet[], place: Place): Promise<void> {
    if (place.keep && place.copy.kind !== 'unreadable') {
      await writeEncrypted(sets);
      await sessionSetsItem.removeValue();
      return;
    }
    await sessionSetsItem.setValue(newestFirst(sets));
    if (!place.keep && place.copy.kind === 'readable') {
      const inSession = new Set(place.session.map((s) => s.id));
      if (place.copy.sets.every((s) => inSession.has(s.id))) await removeEncrypted();
    }
  }

  async function writeEncrypted(sets: CredentialSet[]): Promise<void> {
    let key = await keys().get();
    if (!key) {
      key = await createVaultKey();
      await keys().put(key);
    }
    await encryptedSetsItem.setValue(await encryptJson(key, newestFirst(sets)));
  }

  async function removeEncrypted(): Promise<void> {
    await encryptedSetsItem.removeValue();
    await keys().delete();
  }

  /** One read-modify-write, serialised with every other vault operation. */
  function update<T>(change: (sets: CredentialSet[]) => { sets?: CredentialSet[]; result: T }): Promise<T> {
    return serial(async () => {
      const place = await readPlace();
      const { sets, result } = change(place.sets);
      if (sets) await writeSets(sets, place);
      return result;
    });
  }

  return {
    list() {
      return serial(async () => newestFirst((await readPlace()).sets));
    },

    get(id) {
      return serial(async () => (await readPlace()).sets.find((s) => s.id === id) ?? null);
    },

    save(input, tabId) {
      const parsed = newCaptureSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(new VaultError(t('vault_capture_invalid'), 'capture-invalid'));
      const capture = parsed.data;
      return update((sets) => {
        const time = now();
        const capturedAt = Math.abs(capture.capturedAt - time) <= MAX_CLOCK_SKEW_MS ? capture.capturedAt : time;
        const duplicate = sets.find((s) => isSamePress(s, capture, capturedAt));
        if (duplicate) return { result: duplicate };
        const suggested = newestFirst(sets).find((s) => isSuggestionPressed(s, capture));
        if (suggested) {
          const pressed = credentialSetSchema.parse({
            ...suggested,
            gstin: capture.gstin || suggested.gstin,
            capturedAt,
            updatedAt: time,
            status: 'captured',
            ...(tabId === undefined ? {} : { tabId }),
          } satisfies CredentialSet);
          return { sets: sets.map((s) => (s.id === suggested.id ? pressed : s)), result: pressed };
        }
        const room = withRoomForOne(sets, time);
        const set = credentialSetSchema.parse({
          id: randomId(),
          env: capture.env,
          gstin: capture.gstin,
          username: capture.username,
          password: capture.password,
          capturedAt,
          updatedAt: time,
          status: 'captured',
          ...(tabId === undefined ? {} : { tabId }),
        } satisfies CredentialSet);
        return { sets: [set, ...room], result: set };
      });
    },

    suggest(input) {
      const parsed = newCaptureSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(new VaultError(t('vault_suggestion_invalid')));
      const suggestion = parsed.data;
      return update((sets) => {
        const time = now();
        const room = withRoomForOne(sets, time);
        const set = credentialSetSchema.parse({
          id: randomId(),
          env: suggestion.env,
          gstin: suggestion.gstin,
          username: suggestion.username,
          password: suggestion.password,
          capturedAt: Math.abs(suggestion.capturedAt - time) <= MAX_CLOCK_SKEW_MS ? suggestion.capturedAt : time,
          updatedAt: time,
          status: 'suggested',
        } satisfies CredentialSet);
        return { sets: [set, ...room], result: set };
      });
    },

    claimPending(env, tabId) {
      return update((sets) => {
        const time = now();
        const found = newestFirst(sets).find(
          (s) =>
            s.env === env &&
            sameTab(s, tabId) &&
            s.status === 'captured' &&
            !s.answerPageClaimed &&
            time - s.capturedAt <= PENDING_WINDOW_MS &&
            s.capturedAt - time <= MAX_CLOCK_SKEW_MS,
        );
        if (!found) return { result: null };
        const claimed: CredentialSet = { ...found, answerPageClaimed: true };
        return { sets: sets.map((s) => (s.id === found.id ? claimed : s)), result: claimed };
      });
    },

    settle(id, env, answer, tabId) {
      return update((sets) => {
        const index = sets.findIndex((s) => s.id === id);
        const current = sets[index];
        if (!current || current.env !== env || !sameTab(current, tabId)) return { result: false };
        const allowed =
          current.status === 'captured' || (current.status === 'rejected' && answer.status === 'confirmed');
        if (!allowed) return { result: false };
        const { portalMessage: _message, alreadyCreated: _kind, ...rest } = current;
        const next: CredentialSet = { ...rest, status: answer.status, updatedAt: now() };
        if (answer.status === 'rejected') {
          if (answer.portalMessage) next.portalMessage = answer.portalMessage.slice(0, 500);
          if (answer.alreadyCreated) next.alreadyCreated = true;
        } else if (answer.finalUsername?.trim()) {
          next.finalUsername = answer.finalUsername.trim().slice(0, 100);
        }
        const updated = [...sets];
        updated[index] = next;
        return { sets: updated, result: true };
      });
    },

    settleNamed(env, shownUsername, pageGstin = '') {
      return update((sets) => {
        const candidates = newestFirst(sets).filter(
          (s) =>
            s.env === env &&
            s.status !== 'suggested' &&
            (pageGstin === '' || s.gstin === '' || s.gstin === pageGstin) &&
            answerNamesSet(env, shownUsername, s),
        );
        const named = candidates[0];
        if (!named || named.status !== 'captured') return { result: null };
        const waiting = candidates.filter((s) => s.status === 'captured');
        if (waiting.some((s) => s.password !== named.password)) return { result: null };
        const next: CredentialSet = {
          ...named,
          status: 'confirmed',
          finalUsername: shownUsername.trim().slice(0, 100),
          updatedAt: now(),
        };
        return { sets: sets.map((s) => (s.id === named.id ? next : s)), result: named.id };
      });
    },

    forget(id) {
      return update((sets) => {
        const remaining = sets.filter((s) => s.id !== id);
        return remaining.length === sets.length ? { result: false } : { sets: remaining, result: true };
      });
    },

    getKeepOnDevice() {
      return serial(readKeep);
    },

    setKeepOnDevice(keep) {
      return serial(async () => {
        const place = await readPlace();
        if (place.keep === keep) return keep;
        if (place.copy.kind === 'unreadable') throw new VaultError(unreadableCopyKeepMessage());
        // Turning on with a readable copy left behind (keepOnDevice turned off behind the vault's
        // back): its sets join the session's rather than being overwritten.
        const sets = keep && place.copy.kind === 'readable' ? mergeById(place.copy.sets, place.session) : place.sets;
        // Order matters if the worker stops halfway: write the new copy, flip the flag, and only
        // then remove the old copy. A leftover old copy is removed by the next write.
        if (keep) {
          await writeEncrypted(sets);
          await keepOnDeviceItem.setValue(true);
          await sessionSetsItem.removeValue();
        } else {
          await sessionSetsItem.setValue(newestFirst(sets));
          await keepOnDeviceItem.setValue(false);
          await removeEncrypted();
        }
        return keep;
      });
    },

    hasUnreadableCopy() {
      return serial(async () => (await readEncryptedCopy()).kind === 'unreadable');
    },

    discardUnreadableCopy() {
      return serial(async () => {
        const copy = await readEncryptedCopy();
        if (copy.kind === 'none') return false;
        if (copy.kind === 'readable') throw new VaultError(readableCopyNotDiscardedMessage());
        await removeEncrypted();
        // Only now may keepOnDevice write a copy again: the sets kept in session meanwhile move in.
        if (await readKeep()) {
          const session = parseStoredSets(await sessionSetsItem.getValue());
          if (session.length > 0) {
            await writeEncrypted(session);
            await sessionSetsItem.removeValue();
          }
        }
        return true;
      });
    },
  };
}

/** The background's vault (IndexedDB key store). */
export const vault: Vault = createVault();
