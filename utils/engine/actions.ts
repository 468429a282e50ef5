import type { SafeAction } from './flow';
import { isVisible, locateAll, type Locator } from './locator';
import { sameCompany } from './text';

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Buttons and fields the assistant must never touch, whatever a flow says: the user presses
 * these and types these themselves.
 */
const FORBIDDEN_BUTTON = /validate|send\s*otp|verify|submit|create|log\s*in|sign\s*in|resend|save/i;
const FORBIDDEN_FIELD = /captcha|otp|password|pass\s*word/i;

/** Performs a flow's safe action on the user's click. Never throws into the page. */
export function performAction(doc: Document, action: SafeAction): ActionResult {
  try {
    return perform(doc, action);
  } catch {
    return { ok: false, message: `Could not ${action.label.toLowerCase()} automatically. Please do it by hand.` };
  }
}

function perform(doc: Document, action: SafeAction): ActionResult {
  switch (action.kind) {
    case 'choose-radio': {
      const radio = visible(doc, action.target);
      if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio') return notFound(action.label);
      // A real click runs the portal's own handlers (WebForms radios often post back on click).
      if (!radio.checked) radio.click();
      return { ok: true, message: 'Done.' };
    }
    case 'follow-link': {
      for (const locator of action.targets) {
        const link = visible(doc, locator);
        if (link instanceof HTMLAnchorElement && isSafeLink(link, doc)) {
          link.click();
          return { ok: true, message: 'Opening…' };
        }
      }
      return notFound(action.label);
    }
    case 'choose-option': {
      const select = visible(doc, action.target);
      if (!(select instanceof HTMLSelectElement)) return notFound(action.label);
      const option = Array.from(select.options).find((o) => sameCompany(o.text, action.option));
      if (!option) return { ok: false, message: action.notListed };
      if (select.value !== option.value) {
        select.value = option.value;
        dispatchEdit(select);
      }
      return { ok: true, message: `Chose ${option.text.trim()}.` };
    }
    case 'fill': {
      const field = visible(doc, action.target);
      if (!(field instanceof HTMLInputElement) || isForbiddenField(field)) return notFound(action.label);
      setInputValue(field, action.value);
      return { ok: true, message: 'Filled.' };
    }
    case 'sequence': {
      const messages: string[] = [];
      for (const part of action.actions) {
        const result = perform(doc, part);
        if (!result.ok) return result;
        messages.push(result.message);
      }
      if (action.focusAfter) visible(doc, action.focusAfter)?.focus();
      return { ok: true, message: messages.join(' ') };
    }
  }
}

function visible(doc: Document, locator: Locator): HTMLElement | null {
  const el = locateAll(doc, locator).find(isVisible) ?? null;
  if (!el) return null;
  if (isForbiddenButton(el)) return null;
  return el;
}

function notFound(label: string): ActionResult {
  return {
    ok: false,
    message: `I could not find where to ${label.toLowerCase()} on this page. Please do it by hand (see the step's instructions).`,
  };
}

function isForbiddenButton(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement && ['button', 'submit', 'reset', 'image'].includes(el.type)) {
    return FORBIDDEN_BUTTON.test(el.value.trim());
  }
  if (el instanceof HTMLButtonElement) return FORBIDDEN_BUTTON.test((el.textContent ?? '').trim());
  return false;
}

function isForbiddenField(field: HTMLInputElement): boolean {
  if (field.type === 'password' || field.type === 'hidden') return true;
  const labels = Array.from(field.labels ?? []).map((l) => l.textContent ?? '');
  const describedBy = [field.id, field.name, field.placeholder, ...labels].join(' ');
  return FORBIDDEN_FIELD.test(describedBy);
}

/** Only plain same-origin navigation links: never javascript: links (they may post back). */
function isSafeLink(link: HTMLAnchorElement, doc: Document): boolean {
  try {
    const url = new URL(link.href, doc.baseURI);
    return url.origin === doc.location.origin && !link.href.trim().toLowerCase().startsWith('javascript:');
  } catch {
    return false;
  }
}

/** Sets a value the way typing does, so the portal's own listeners (and frameworks) see it. */
export function setInputValue(field: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  dispatchEdit(field);
}

function dispatchEdit(el: HTMLElement): void {
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
