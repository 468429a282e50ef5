/**
 * An event as the browser makes it for a person's own input: isTrusted true, on `target`.
 * happy-dom, like a page script, can only make untrusted ones; the engine must ignore those.
 */
export function trusted<T extends Event>(event: T, target: EventTarget): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

/** A trusted submit of `form`, as pressing `submitter` (or Enter in a field) makes it. */
export function trustedSubmit(form: HTMLFormElement, submitter: HTMLElement | null): Event {
  const event = trusted(new Event('submit', { bubbles: true, cancelable: true }), form);
  Object.defineProperty(event, 'submitter', { value: submitter });
  return event;
}
