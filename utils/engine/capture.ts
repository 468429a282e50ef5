import type { CaptureSpec, PageQuery } from './flow';
import { isVisible, locateAll, type Locator } from './locator';
import { createPageQuery } from './page-query';

export interface TypedCredentials {
  gstin: string;
  username: string;
  password: string;
}

/** A trusted Enter the user pressed in a form's field: the one way a submit alone is the user's press. */
export interface UserEnter {
  form: HTMLFormElement;
  /** The keydown's `timeStamp` (the same clock as the submit's). */
  at: number;
}

/** How close a submit must follow the user's Enter to be its implicit submission (ms). */
const ENTER_SUBMIT_WINDOW_MS = 1000;

/**
 * Is this event the user pressing the site's create button: a trusted click on a visible,
 * enabled trigger, or a submit whose submitter is one right after the user's own Enter in that
 * form? A submit event alone proves nothing: the browser marks it trusted even when the page's
 * script calls `form.requestSubmit(button)` or `button.click()`. On WebForms pages the whole page
 * is one form with many submit buttons (Exit too), so the form alone says nothing either. Events
 * made by the page's own script (isTrusted false) never count.
 */
export function isCaptureTrigger(
  doc: Document,
  spec: CaptureSpec,
  event: Event,
  lastEnter?: UserEnter | null,
): boolean {
  if (!event.isTrusted) return false;
  const triggers = locateAll(doc, spec.trigger).filter((t) => isVisible(t) && !(t as HTMLButtonElement).disabled);
  if (event.type === 'submit') {
    const { submitter } = event as SubmitEvent;
    const afterEnter =
      lastEnter !== null &&
      lastEnter !== undefined &&
      lastEnter.form === event.target &&
      event.timeStamp - lastEnter.at >= 0 &&
      event.timeStamp - lastEnter.at <= ENTER_SUBMIT_WINDOW_MS;
    return afterEnter && submitter instanceof Element && triggers.some((t) => t === submitter);
  }
  const pressed = event.target;
  return pressed instanceof Element && triggers.some((t) => t === pressed || t.contains(pressed));
}

/** What the user typed, read at the moment they press create; null without a username and password. */
export function readTypedCredentials(doc: Document, spec: CaptureSpec): TypedCredentials | null {
  const q = createPageQuery(doc);
  const text = (locator: Locator) => q.value(locator).trim();
  const username = text(spec.reads.username);
  // Passwords are taken as typed: leading or trailing spaces would be part of the password.
  const passwordEl = locateAll(doc, spec.reads.password).find(isVisible);
  const password = passwordEl instanceof HTMLInputElement ? passwordEl.value : '';
  const gstin = readGstin(q, spec);
  if (!password || !username) return null;
  return { gstin, username, password };
}

/** The GSTIN the page shows, as a capture reads it: the first of the flow's GSTIN fields with a value. */
export function readGstin(q: PageQuery, spec: CaptureSpec): string {
  return (
    spec.reads.gstin.map((locator) => q.value(locator).trim().toUpperCase()).find(Boolean) ??
    spec.reads.gstinText?.(q).trim().toUpperCase() ??
    ''
  );
}
