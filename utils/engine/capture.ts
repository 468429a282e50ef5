import type { CaptureSpec } from './flow';
import { isVisible, locateAll, type Locator } from './locator';
import { createPageQuery } from './page-query';

export interface TypedCredentials {
  gstin: string;
  username: string;
  password: string;
}

/**
 * Is this event the user pressing the site's create button: a trusted click on a visible,
 * enabled trigger, or a trusted submit of the form holding one? Events made by the page's own
 * script (isTrusted false) never count.
 */
export function isCaptureTrigger(doc: Document, spec: CaptureSpec, event: Event): boolean {
  if (!event.isTrusted) return false;
  const triggers = locateAll(doc, spec.trigger).filter((t) => isVisible(t) && !(t as HTMLButtonElement).disabled);
  if (event.type === 'submit') {
    return event.target instanceof HTMLFormElement && triggers.some((t) => event.target === formOf(t));
  }
  const clicked = event.target instanceof Element ? event.target : null;
  return clicked !== null && triggers.some((t) => t === clicked || t.contains(clicked));
}

function formOf(el: HTMLElement): HTMLFormElement | null {
  return (el as HTMLInputElement | HTMLButtonElement).form ?? el.closest('form');
}

/** What the user typed, read at the moment they press create; null without a username and password. */
export function readTypedCredentials(doc: Document, spec: CaptureSpec): TypedCredentials | null {
  const q = createPageQuery(doc);
  const text = (locator: Locator) => q.value(locator).trim();
  const username = text(spec.reads.username);
  // Passwords are taken as typed: leading or trailing spaces would be part of the password.
  const passwordEl = locateAll(doc, spec.reads.password).find(isVisible);
  const password = passwordEl instanceof HTMLInputElement ? passwordEl.value : '';
  const gstin = spec.reads.gstin.map((locator) => text(locator).toUpperCase()).find(Boolean) ?? '';
  if (!password || !username) return null;
  return { gstin, username, password };
}
