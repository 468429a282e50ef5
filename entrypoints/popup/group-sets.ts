import type { Environment } from '@/utils/environments';
import type { CredentialSet } from '@/utils/vault/credential-set';

export interface CredentialGroup {
  key: string;
  env: Environment;
  gstin: string;
  sets: CredentialSet[];
}

/**
 * Groups sets by GSTIN and environment. Groups come newest first (by their newest set), and the
 * sets inside each group newest first.
 */
export function groupSets(sets: readonly CredentialSet[]): CredentialGroup[] {
  const sorted = [...sets].sort((a, b) => b.capturedAt - a.capturedAt);
  const groups = new Map<string, CredentialGroup>();
  for (const set of sorted) {
    const key = `${set.env}|${set.gstin}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, env: set.env, gstin: set.gstin, sets: [] };
      groups.set(key, group);
    }
    group.sets.push(set);
  }
  return [...groups.values()];
}
