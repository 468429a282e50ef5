import type { CheckResult } from '../rules/check';

/**
 * Checks that a choice shows the answer GSTZen's document names (docs/gstzen-guide.md#fixed-values). `isWanted` is the flow's own
 * test (a company spelt differently still counts); `alternative` tells what to try when it is
 * not in the list.
 */
export function expectChosen(wanted: string, isWanted: (chosen: string) => boolean, alternative = '') {
  return ([chosen = '']: string[]): CheckResult => {
    if (!chosen.trim()) {
      return { status: 'empty', message: `Choose ${wanted} in the list (the assistant's button does it).` };
    }
    return isWanted(chosen)
      ? { status: 'ok', message: `${chosen.trim()} is chosen.` }
      : {
          status: 'error',
          message: `“${chosen.trim()}” is chosen; GSTZen needs ${wanted}. Pick it in the list${alternative}.`,
        };
  };
}

/** Checks that a field holds a fixed value from docs/gstzen-guide.md#fixed-values (spaces and case forgiven). */
export function expectValue(wanted: string, what: string) {
  return ([typed = '']: string[]): CheckResult => {
    const value = typed.trim();
    if (!value) return { status: 'empty', message: `Enter ${what} ${wanted}.` };
    if (value.toUpperCase() === wanted) {
      return value === wanted
        ? { status: 'ok', message: `${what} is correct.` }
        : { status: 'warning', message: `Type ${what} in capitals exactly: ${wanted}.` };
    }
    return {
      status: 'error',
      message: `${what} should be ${wanted}. Clear the box and type it again, or use the assistant's button.`,
    };
  };
}
