/**
 * A GSTIN's shape, for the places that only need to recognise one (messages, the board, GSTZen's
 * addresses); the full check, with the state code and check character, is utils/rules/gstin.ts,
 * which the background and popup bundles do not carry. [src: docs/portals.md#gstin-structure]
 */

/** 15 characters, upper case: 2 digits, then letters and digits. What sets and pages hold. */
export const GSTIN_SHAPE = /^[0-9]{2}[A-Z0-9]{13}$/;

/** The strict shape inside text: 2 digits, a PAN (5 letters, 4 digits, a letter), entity code, Z, check. */
const GSTIN_IN_TEXT = /\b(\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z])\b/;

/** The GSTIN an address's path names (`/gstin/29AAFCC9980M1ZR/…`), or null. */
export function gstinInPath(path: string): string | null {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as it is.
  }
  return GSTIN_IN_TEXT.exec(decoded.toUpperCase())?.[1] ?? null;
}

/** The first GSTIN in a text ("CloudZen (KA - 29AAFCC9980M1ZR)"), or null. */
export function gstinInText(text: string): string | null {
  return GSTIN_IN_TEXT.exec(text.toUpperCase())?.[1] ?? null;
}
