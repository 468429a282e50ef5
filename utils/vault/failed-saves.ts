import { storage } from 'wxt/utils/storage';
import { failedSaveSchema, type FailedSave } from './failed-save-schema';

/**
 * Presses whose credentials the vault could not keep (full, or storage failed), until the user
 * says they dealt with it. The page that showed "could not keep a copy" is usually gone a moment
 * later (the portal answers with a new page), so the failure is kept here and shown again on the
 * next portal page, in the popup and as a badge on the toolbar icon.
 *
 * storage.local, so that it outlives a browser restart; it holds no password (which was never
 * kept), only what says which press it was. Background only, read through a schema.
 */
// The schema lives apart so that what reads a failed save (the content script, through
// utils/messages.ts) does not bring this module's storage along.
export { failedSaveSchema, type FailedSave } from './failed-save-schema';

/** One report of a press arrives twice (the click and the submit it brings): within this, it is one. */
const SAME_PRESS_MS = 10_000;

// Key: FAILED_SAVES_STORAGE_KEY in storage-keys.ts (the popup re-reads when it changes).
export const failedSavesItem = storage.defineItem<FailedSave[]>('local:failedSaves', { fallback: [], version: 1 });

/** The newest this many are kept: a page cannot grow the list (presses are capped per visit too). */
export const MAX_FAILED_SAVES = 20;

export interface FailedSaveStore {
  /** Newest first. */
  list(): Promise<FailedSave[]>;
  record(failure: Omit<FailedSave, 'id'>): Promise<FailedSave>;
  /** The user dealt with it; true when it was there. */
  acknowledge(id: string): Promise<boolean>;
}

/** Entry by entry: one damaged entry must not take the others with it. */
async function read(): Promise<FailedSave[]> {
  const stored: unknown = await failedSavesItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = failedSaveSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function samePress(a: Omit<FailedSave, 'id'>, b: Omit<FailedSave, 'id'>): boolean {
  return a.env === b.env && a.gstin === b.gstin && a.username === b.username && Math.abs(a.at - b.at) <= SAME_PRESS_MS;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const failedSaves: FailedSaveStore = {
  async list() {
    return (await read()).sort((a, b) => b.at - a.at);
  },
  async record(failure) {
    const stored = await read();
    const known = stored.find((f) => samePress(f, failure));
    if (known) return known;
    const entry = failedSaveSchema.parse({ ...failure, id: randomId() });
    const kept = [entry, ...stored].sort((a, b) => b.at - a.at).slice(0, MAX_FAILED_SAVES);
    await failedSavesItem.setValue(kept);
    return entry;
  },
  async acknowledge(id) {
    const all = await read();
    const remaining = all.filter((f) => f.id !== id);
    if (remaining.length === all.length) return false;
    await failedSavesItem.setValue(remaining);
    return true;
  },
};
