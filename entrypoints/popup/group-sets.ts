import { ENVIRONMENTS, type Environment } from '@/utils/environments';
import type { CredentialSet } from '@/utils/vault/credential-set';

/** One environment's sets for one GSTIN, newest first. */
export interface EnvironmentColumn {
  env: Environment;
  sets: CredentialSet[];
}

/** Every set kept for one GSTIN, one column per environment that has any. */
export interface GstinGroup {
  key: string;
  gstin: string;
  /** In the fixed order of ENVIRONMENTS (sandbox, then production), so each keeps its place. */
  columns: EnvironmentColumn[];
}

/**
 * Groups sets by GSTIN, then by environment inside each GSTIN. Groups come newest first (by
 * their newest set); each column's sets newest first. Columns keep a fixed order (sandbox left,
 * production right) whatever was made last, so a column is always where the user saw it before.
 */
export function groupSets(sets: readonly CredentialSet[]): GstinGroup[] {
  const sorted = [...sets].sort((a, b) => b.capturedAt - a.capturedAt);
  const byGstin = new Map<string, Map<Environment, CredentialSet[]>>();
  for (const set of sorted) {
    let byEnv = byGstin.get(set.gstin);
    if (!byEnv) {
      byEnv = new Map();
      byGstin.set(set.gstin, byEnv);
    }
    const column = byEnv.get(set.env);
    if (column) column.push(set);
    else byEnv.set(set.env, [set]);
  }
  return [...byGstin].map(([gstin, byEnv]) => ({
    key: gstin,
    gstin,
    columns: ENVIRONMENTS.flatMap((env) => {
      const envSets = byEnv.get(env);
      return envSets ? [{ env, sets: envSets }] : [];
    }),
  }));
}

/** Whether any GSTIN has sets of both environments, to be shown side by side. */
export function hasSideBySide(groups: readonly GstinGroup[]): boolean {
  return groups.some((group) => group.columns.length > 1);
}
