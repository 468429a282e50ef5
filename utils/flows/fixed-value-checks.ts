import type { PageQuery, Phrase } from '../engine/flow';
import type { ChoiceLocator } from '../engine/locator';
import { t } from '../i18n/t';
import type { CheckResult } from '../rules/check';

/**
 * Checks that a choice shows the answer GSTZen's document names (docs/gstzen-guide.md#fixed-values),
 * by the same rule the assistant's button picks by (a look-alike is never "the same").
 * `alternative` 'or-gsp' also tells what to try when the answer is not in the list (the sandbox's
 * company list: choose GSP under “Registration through”).
 */
export function expectChosen(choice: ChoiceLocator, alternative?: 'or-gsp') {
  const wanted = choice.option.text;
  return ([chosen = '']: string[], q: PageQuery): CheckResult => {
    if (!chosen.trim()) {
      return { status: 'empty', message: t('flow_choice_empty', { wanted }) };
    }
    const values = { chosen: chosen.trim(), wanted };
    return q.checked(choice)
      ? { status: 'ok', message: t('flow_choice_ok', values) }
      : {
          status: 'error',
          message: alternative === 'or-gsp' ? t('flow_choice_wrong_or_gsp', values) : t('flow_choice_wrong', values),
        };
  };
}

/**
 * Checks that a field holds a fixed value from docs/gstzen-guide.md#fixed-values (spaces and case
 * forgiven). `what` names the field ("Client ID").
 */
export function expectValue(wanted: string, what: Phrase) {
  return ([typed = '']: string[]): CheckResult => {
    const value = typed.trim();
    const values = { what: what(), wanted };
    if (!value) return { status: 'empty', message: t('flow_value_empty', values) };
    if (value.toUpperCase() === wanted) {
      return value === wanted
        ? { status: 'ok', message: t('flow_value_ok', values) }
        : { status: 'warning', message: t('flow_value_capitals', values) };
    }
    return { status: 'error', message: t('flow_value_wrong', values) };
  };
}
