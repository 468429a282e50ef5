import type { PageQuery } from '../engine/flow';
import type { ChoiceLocator } from '../engine/locator';
import type { CheckResult } from '../rules/check';

/**
 * Checks that a choice shows the answer GSTZen's document names (docs/gstzen-guide.md#fixed-values),
 * by the same rule the assistant's button picks by (a look-alike is never "the same").
 * `alternative` tells what to try when the answer is not in the list.
 */
export function expectChosen(choice: ChoiceLocator, alternative = '') {
  const wanted = choice.option.text;
  return ([chosen = '']: string[], q: PageQuery): CheckResult => {
    if (!chosen.trim()) {
      return { status: 'empty', message: `Choose ${wanted} in the list (the assistant's button does it).` };
    }
    return q.checked(choice)
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
