import type { BoardEntry } from '@/utils/board/observation';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { GSTIN_SHAPE } from '@/utils/gstin-shape';

/** One GSTIN on the board: its entry (empty when only the vault knows it) and its kept sets. */
export interface BoardRow {
  gstin: string;
  entry: BoardEntry;
  sets: CredentialSet[];
}

/**
 * Every GSTIN seen: those on the board and those of the vault's sets (a set made before the board
 * knew its GSTIN, or whose tick was undone). The most recently active first.
 */
export function boardRows(entries: readonly BoardEntry[], sets: readonly CredentialSet[]): BoardRow[] {
  const rows = new Map<string, BoardRow>();
  for (const entry of entries) rows.set(entry.gstin, { gstin: entry.gstin, entry, sets: [] });
  for (const set of sets) {
    const gstin = set.gstin.trim().toUpperCase();
    if (!GSTIN_SHAPE.test(gstin)) continue;
    let row = rows.get(gstin);
    if (!row) {
      row = {
        gstin,
        entry: { gstin, firstSeenAt: set.capturedAt, updatedAt: set.updatedAt, sections: {}, usernames: {} },
        sets: [],
      };
      rows.set(gstin, row);
    }
    row.sets.push(set);
  }
  const lastActive = (row: BoardRow) => Math.max(row.entry.updatedAt, ...row.sets.map((s) => s.updatedAt));
  return [...rows.values()].sort((a, b) => lastActive(b) - lastActive(a));
}
