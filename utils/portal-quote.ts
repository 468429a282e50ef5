/**
 * A portal's own words as the extension shows them (popup, panel, board): the page wrote them, so
 * they may say anything, even "visit https://… and enter your GSTZen password". They are shown
 * as a labelled quote, clipped, with invisible characters and web addresses taken out, so the
 * page cannot speak in the extension's voice or send the user anywhere.
 */
const MAX_QUOTE = 160;
/** Control, invisible and direction-control characters (matching them is the point). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** "https://…", "www.…", and bare host names with a common ending ("evil.example.com/x"). */
const WEB_ADDRESS =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:in|com|org|net|gov|co|io|info|biz|app|xyz|me|ly)\b(?:\/\S*)?/gi;

export const REMOVED_ADDRESS = '[web address removed]';

/** The words to show, as plain text: at most MAX_QUOTE characters. */
export function portalQuote(text: string): string {
  const plain = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().replace(WEB_ADDRESS, REMOVED_ADDRESS);
  return plain.length > MAX_QUOTE ? `${plain.slice(0, MAX_QUOTE - 1).trimEnd()}…` : plain;
}
