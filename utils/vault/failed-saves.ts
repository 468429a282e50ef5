import { z } from 'zod/mini';
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

const failedSavesSchema = z.array(failedSaveSchema);

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

async function read(): Promise<FailedSave[]> {
  const parsed = failedSavesSchema.safeParse(await failedSavesItem.getValue());
  return parsed.success ? parsed.data : [];
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const failedSaves: FailedSaveStore = {
  async list() {
    return (await read()).sort((a, b) => b.at - a.at);
  },
  async record(failure) {
    const entry = failedSaveSchema.parse({ ...failure, id: randomId() });
    const kept = [entry, ...(await read())].sort((a, b) => b.at - a.at).slice(0, MAX_FAILED_SAVES);
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
