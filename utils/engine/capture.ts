import type { CaptureSpec } from './flow';
import { isVisible, locateAll } from './locator';

export interface TypedCredentials {
  gstin: string;
  username: string;
  password: string;
}

/** Is this event about the portal's Create button (a click on it, or a submit of its form)? */
export function isCaptureTrigger(doc: Document, spec: CaptureSpec, event: Event): boolean {
  const triggers = locateAll(doc, spec.trigger);
  if (event.type === 'submit') {
    return event.target instanceof HTMLFormElement && triggers.some((t) => event.target === formOf(t));
  }
  const clicked = event.target instanceof Element ? event.target : null;
  return clicked !== null && triggers.some((t) => t === clicked || t.contains(clicked));
}

function formOf(el: HTMLElement): HTMLFormElement | null {
  return (el as HTMLInputElement | HTMLButtonElement).form ?? el.closest('form');
}

/** What the user typed, read at the moment they press Create; null when there is no password yet. */
export function readTypedCredentials(doc: Document, spec: CaptureSpec): TypedCredentials | null {
  const read = (el: HTMLElement | undefined) =>
    el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value.trim() : '';
  const first = (locator: CaptureSpec['username']) => {
    const all = locateAll(doc, locator);
    return all.find(isVisible) ?? all[0];
  };
  const username = read(first(spec.username));
  // Passwords are taken as typed: leading or trailing spaces would be part of the password.
  const passwordEl = first(spec.password);
  const password = passwordEl instanceof HTMLInputElement ? passwordEl.value : '';
  let gstin = '';
  for (const locator of spec.gstin) {
    gstin = read(first(locator)).toUpperCase();
    if (gstin) break;
  }
  if (!password || !username) return null;
  return { gstin, username, password };
}
