import type { CheckResult } from '../rules/check';
import { sameCompany } from '../engine/text';

/** Checks that a list shows the company GSTZen's document names. */
export function expectCompany(wanted: string, alternative: string) {
  return ([selected = '']: string[]): CheckResult => {
    if (!selected.trim() || /^-*\s*select\s*-*$/i.test(selected.trim())) {
      return { status: 'empty', message: `Choose ${wanted} in the list (the assistant's button does it).` };
    }
    return sameCompany(selected, wanted)
      ? { status: 'ok', message: 'CloudZen (GSTZen) is chosen.' }
      : {
          status: 'error',
          message: `"${selected.trim()}" is chosen; GSTZen needs ${wanted}. Pick it in the list${alternative}.`,
        };
  };
}

/** Checks that a field holds a fixed value from GSTZen's document (spaces and case forgiven). */
export function expectValue(wanted: string, what: string) {
  return ([typed = '']: string[]): CheckResult => {
    const value = typed.trim();
    if (!value) return { status: 'empty', message: `Enter ${what} ${wanted}.` };
    if (value.toUpperCase() === wanted) {
      return value === wanted
        ? { status: 'ok', message: `${what} is correct.` }
        : { status: 'warning', message: `Type ${what} in capitals exactly: ${wanted}.` };
    }
    return { status: 'error', message: `${what} should be ${wanted}. Clear the box and type it again, or use the assistant's button.` };
  };
}
