import { currentLanguage, t } from '../i18n/t';
import type { Phrase, SafeAction, SafetyPolicy } from './flow';
import {
  findChoices,
  isPlaceholder,
  isVisible,
  labelTexts,
  locateAll,
  pickOption,
  type ChoiceControl,
  type ChoiceLocator,
  type ElementLocator,
} from './locator';
import { displayText } from './text';

export type ActionResult = { ok: boolean; message: string };

/** How long a choice waits for its list to be filled (portals fill it a moment after a choice). */
const OPTION_WAIT_MS = 3000;
/** How long a menu toggle waits for its menu to show. */
const MENU_WAIT_MS = 1500;

/**
 * Performs a flow's safe action on the user's click. Never throws into the page; never presses
 * a button, never types in a password field, and refuses anything the site's policy names.
 */
export async function performAction(
  doc: Document,
  action: SafeAction,
  policy: SafetyPolicy,
  options: { optionWaitMs?: number } = {},
): Promise<ActionResult> {
  try {
    return await perform(doc, action, policy, options.optionWaitMs ?? OPTION_WAIT_MS);
  } catch {
    return { ok: false, message: t('engine_action_failed', { action: inSentence(action.label) }) };
  }
}

async function perform(doc: Document, action: SafeAction, policy: SafetyPolicy, waitMs: number): Promise<ActionResult> {
  switch (action.kind) {
    case 'choose':
      return choose(doc, action.choice, action.label, action.notListed, policy, waitMs);
    case 'follow-link': {
      for (const locator of action.targets) {
        const link = visible(doc, locator);
        if (link instanceof HTMLAnchorElement && isPlainLink(link, doc) && !isForbidden(link, policy)) {
          link.click();
          return { ok: true, message: t('engine_opening_link', { link: displayText(link.textContent ?? '', 40) }) };
        }
      }
      return notFound(action.label);
    }
    case 'fill': {
      const field = visible(doc, action.target);
      if (!(field instanceof HTMLInputElement) || isForbiddenField(field, policy)) return notFound(action.label);
      setInputValue(field, action.value);
      const label = labelTexts(field)[0];
      return {
        ok: true,
        message:
          label === undefined
            ? t('engine_typed_in_field', { value: action.value })
            : t('engine_typed', { value: action.value, field: displayText(label, 40).replace(/[\s:*]+$/, '') }),
      };
    }
    case 'open-menu': {
      if (visible(doc, action.reveals)) return { ok: true, message: '' };
      const toggle = locateAll(doc, action.toggle).find(
        (el) => isVisible(el) && el instanceof HTMLAnchorElement && isMenuToggle(el, doc) && !isForbidden(el, policy),
      );
      if (!toggle) return notFound(action.label);
      toggle.click();
      // Menus slide open: wait for what it reveals (a moment), then say so either way.
      await waitFor(doc, () => visible(doc, action.reveals) !== null, Math.min(waitMs, MENU_WAIT_MS));
      return visible(doc, action.reveals)
        ? { ok: true, message: t('engine_menu_opened', { menu: displayText(toggle.textContent ?? '', 40) }) }
        : { ok: false, message: t('engine_menu_not_opened', { menu: displayText(toggle.textContent ?? '', 40) }) };
    }
    case 'sequence': {
      const messages: string[] = [];
      for (const part of action.actions) {
        const result = await perform(doc, part, policy, waitMs);
        if (!result.ok) return { ok: false, message: [...messages, result.message].join(' ') };
        if (result.message) messages.push(result.message);
      }
      if (action.focusAfter) visible(doc, action.focusAfter)?.focus();
      return { ok: true, message: messages.join(' ') };
    }
  }
}

/**
 * Chooses the wanted answer of a question, shown as radios or a list. Waits a moment for the
 * answer to appear (lists filled after an earlier choice); picks a close match only when it is
 * the only one, and says which it picked.
 */
async function choose(
  doc: Document,
  choice: ChoiceLocator,
  label: Phrase,
  notListed: Phrase,
  policy: SafetyPolicy,
  waitMs: number,
): Promise<ActionResult> {
  const find = () => findChoices(doc, choice).filter((c) => isVisible(elementOf(c)));
  let controls = find();
  // A list the portal has not filled yet (only its prompt): wait a moment for its answers.
  const unfilled = () =>
    controls.length > 0 && controls.every((c) => c.options.every((o) => isPlaceholderOption(o.el)));
  const hasAnswer = () => controls.some((c) => pickOption(c.options, choice.option).match !== null);
  if (unfilled()) {
    await waitFor(
      doc,
      () => {
        controls = find();
        return hasAnswer();
      },
      waitMs,
    );
  }
  if (controls.length === 0) return notFound(label);
  for (const control of controls) {
    const pick = pickOption(control.options, choice.option);
    if (!pick.match) {
      if (pick.lookAlikes.length > 1) {
        return {
          ok: false,
          message: t('engine_several_look_alikes', {
            wanted: choice.option.text,
            names: pick.lookAlikes.map((name) => `“${name}”`).join(t('list_comma')),
          }),
        };
      }
      continue;
    }
    const picked = displayText(pick.match.text, 80);
    const said = pick.exact
      ? t('engine_chose', { picked })
      : t('engine_chose_spelling', { picked, wanted: choice.option.text });
    if (control.shape === 'list') {
      const option = pick.match.el as HTMLOptionElement;
      if (control.select.value !== option.value || !option.selected) {
        option.selected = true;
        dispatchEdit(control.select);
      }
      return { ok: true, message: said };
    }
    const radio = pick.match.el as HTMLInputElement;
    if (isForbidden(radio, policy)) return notFound(label);
    // A real click runs the portal's own handlers (WebForms radios often post back on click).
    if (!radio.checked) radio.click();
    return { ok: true, message: said };
  }
  return { ok: false, message: notListed() };
}

function isPlaceholderOption(el: HTMLInputElement | HTMLOptionElement): boolean {
  return el instanceof HTMLOptionElement && isPlaceholder(el);
}

function elementOf(control: ChoiceControl): Element {
  return control.shape === 'list' ? control.select : control.options[0]!.el;
}

/** Resolves when `ready()` holds (checked on every DOM change) or after `ms`. */
function waitFor(doc: Document, ready: () => boolean, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (ready()) finish();
    });
    const timer = setTimeout(finish, ms);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function visible(doc: Document, locator: ElementLocator): HTMLElement | null {
  return locateAll(doc, locator).find(isVisible) ?? null;
}

function notFound(label: Phrase): ActionResult {
  return { ok: false, message: t('engine_not_found', { action: inSentence(label) }) };
}

/**
 * An action's label inside a sentence about it: English lower-cases it ("Could not pick cloudzen
 * automatically"); Hindi puts it first, as it is, and has no case (its Latin names keep theirs).
 */
function inSentence(label: Phrase): string {
  return currentLanguage() === 'en' ? label().toLowerCase() : label();
}

/** Anything the engine would click (a link, a radio) whose words the policy names. */
function isForbidden(el: HTMLElement, policy: SafetyPolicy): boolean {
  const words = [el.getAttribute('aria-label') ?? '', el.title];
  if (el instanceof HTMLInputElement) words.push(el.value, ...labelTexts(el));
  else words.push(el.textContent ?? '');
  return words.some((w) => w.trim() !== '' && policy.neverPress.test(w.trim()));
}

function isForbiddenField(field: HTMLInputElement, policy: SafetyPolicy): boolean {
  if (field.type === 'password' || field.type === 'hidden' || field.readOnly || field.disabled) return true;
  const describedBy = [field.id, field.name, field.placeholder, ...labelTexts(field)].join(' ');
  return policy.neverFill.test(describedBy);
}

/** A link that opens something on this page and goes nowhere: `#…`, `javascript:`, or a collapse toggle. */
function isMenuToggle(link: HTMLAnchorElement, doc: Document): boolean {
  const raw = (link.getAttribute('href') ?? '').trim().toLowerCase();
  if (raw === '' || raw.startsWith('#') || raw.startsWith('javascript:')) return true;
  if (link.hasAttribute('data-toggle') || link.hasAttribute('data-bs-toggle')) return true;
  // "/Home/MainMenu#apiReg" on /Home/MainMenu: the same page, another spot.
  return raw.includes('#') && link.href.split('#')[0] === doc.location.href.split('#')[0];
}

/** Only plain same-origin navigation: never javascript: or "#" links (portals post back with them). */
function isPlainLink(link: HTMLAnchorElement, doc: Document): boolean {
  const raw = (link.getAttribute('href') ?? '').trim().toLowerCase();
  if (raw === '' || raw.startsWith('#') || raw.startsWith('javascript:')) return false;
  try {
    return new URL(link.href, doc.baseURI).origin === doc.location.origin;
  } catch {
    return false;
  }
}

/** Sets a value the way typing does, so the portal's own listeners (and frameworks) see it. */
export function setInputValue(field: HTMLInputElement, value: string): void {
  // The prototype's setter, called on the field: frameworks that track .value see the change.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  dispatchEdit(field);
}

function dispatchEdit(el: HTMLElement): void {
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
