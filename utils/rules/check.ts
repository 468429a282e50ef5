/**
 * The result every `check*` rule returns, and small helpers to build and merge them.
 *
 * The panel on the portal page shows `message` next to the field, so a message must say what is
 * wrong and how to fix it, and must never repeat a password.
 */

export type CheckStatus = 'ok' | 'warning' | 'error' | 'empty';

export interface CheckResult {
  /**
   * - `ok`: fully fine.
   * - `warning`: allowed, but risky (an undocumented limit, a known support problem).
   * - `error`: the portal (or GSTZen) will refuse it; fix before going on.
   * - `empty`: nothing typed yet; the message says what to type.
   */
  status: CheckStatus;
  message: string;
}

export const ok = (message: string): CheckResult => ({ status: 'ok', message });
export const warning = (message: string): CheckResult => ({ status: 'warning', message });
export const error = (message: string): CheckResult => ({ status: 'error', message });
export const empty = (message: string): CheckResult => ({ status: 'empty', message });

/** True when the user may go on (possibly after reading a warning). */
export function isAcceptable(result: CheckResult): boolean {
  return result.status === 'ok' || result.status === 'warning';
}

/** Severity order, worst last; `empty` ranks above `ok` because there is nothing to accept yet. */
const SEVERITY: Record<CheckStatus, number> = { ok: 0, empty: 1, warning: 2, error: 3 };

/** The worse of the statuses (error > warning > empty > ok). */
export function worstStatus(...statuses: CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'ok');
}

/**
 * Merges the problems one rule found into one result: errors first (they must be fixed), then
 * warnings, so the user sees everything in one pass instead of fixing one thing at a time.
 * With no problems, returns `ifNone`.
 */
export function combine(problems: readonly CheckResult[], ifNone: CheckResult): CheckResult {
  const errors = problems.filter((p) => p.status === 'error');
  const warnings = problems.filter((p) => p.status === 'warning');
  if (errors.length === 0 && warnings.length === 0) return ifNone;
  return {
    status: errors.length > 0 ? 'error' : 'warning',
    message: [...errors, ...warnings].map((p) => p.message).join(' '),
  };
}

/** "a", "a and b", "a, b and c" in the current language: for messages that list several things. */
export { listInWords } from '../i18n/t';
