import { t } from '../i18n/t';
import { setInputValue } from './actions';
import type { Phrase, SuggestSpec } from './flow';
import { isVisible, labelTexts, locateAll, type ElementLocator } from './locator';
import { displayText } from './text';

export type SuggestionResult =
  /** `username`: what is now in the username box, the value the capture reads at the press. */
  { ok: true; username: string } | { ok: false; message: string };

/**
 * Types a suggested username and password into the site's own boxes, on the user's click: the one
 * place the engine types into password fields, and only values it generated. Checks the three
 * boxes first and types nothing unless all three can take a value; never moves the focus, never
 * presses anything. Never throws into the page.
 */
export function applySuggestion(
  doc: Document,
  spec: SuggestSpec,
  values: { name: string; password: string },
): SuggestionResult {
  try {
    const username = box(doc, spec.username, () => t('engine_box_username'), false);
    const password = box(doc, spec.password, () => t('engine_box_password'), true);
    const confirm = box(doc, spec.confirm, () => t('engine_box_password_confirmation'), true);
    for (const found of [username, password, confirm]) if (typeof found === 'string') return manual(found);
    const user = username as HTMLInputElement;
    // The site's own prefix where the page served it in the box: alone ("API_"), or before a name
    // it served back after a refusal ("API_old"). Any other served value is not a prefix.
    const { pagePrefix } = spec;
    const typed =
      pagePrefix && user.defaultValue.trim().startsWith(pagePrefix) ? pagePrefix + values.name : values.name;
    setInputValue(user, typed);
    setInputValue(password as HTMLInputElement, values.password);
    setInputValue(confirm as HTMLInputElement, values.password);
    return { ok: true, username: typed };
  } catch {
    return manual(t('engine_suggest_boxes'));
  }
}

/** The visible box that can take a value, or the sentence saying what is wrong with it. */
function box(doc: Document, locator: ElementLocator, what: Phrase, secret: boolean): HTMLInputElement | string {
  const field = locateAll(doc, locator).find(isVisible);
  if (!(field instanceof HTMLInputElement)) return t('engine_suggest_box_missing', { box: what() });
  const named = { box: what(), label: displayText(labelTexts(field)[0] ?? what(), 40).replace(/[\s:*]+$/, '') };
  if (field.readOnly || field.disabled) return t('engine_suggest_box_locked', named);
  // A password goes only into a box that hides what is typed.
  if (secret && field.type !== 'password') return t('engine_suggest_box_shows_password', named);
  return field;
}

/** `why`: the sentence saying which box could not be used. */
function manual(why: string): SuggestionResult {
  return { ok: false, message: `${why} ${t('engine_suggest_by_hand')}` };
}
