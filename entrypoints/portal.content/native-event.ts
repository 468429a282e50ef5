/**
 * The browser's own event behind a panel handler's event, whose `isTrusted` the controllers
 * check (a page script's click must do nothing). React hands handlers a synthetic event with the
 * browser's event in `nativeEvent`; preact/compat, which renders the panel in the content script
 * (README, "Why the panel renders through preact/compat"), hands the browser's event itself (it
 * sets `nativeEvent` to the event, but nothing promises that). Either way this returns the event
 * the browser made; an object with neither counts as untrusted.
 */
export function nativeEventOf(event: { nativeEvent?: { isTrusted: boolean }; isTrusted?: boolean }): {
  isTrusted: boolean;
} {
  return event.nativeEvent ?? { isTrusted: event.isTrusted === true };
}
