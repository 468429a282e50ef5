import { fingerprint } from './fingerprint';

/**
 * Clipboard access from a page with a DOM: the popup, the offscreen document (Chrome) or the
 * background page (Firefox MV2). The async Clipboard API needs a focused document, which the
 * offscreen document never is, so each call falls back to execCommand (allowed to extensions
 * with clipboardRead / clipboardWrite).
 */

async function readClipboardText(doc: Document = document): Promise<string | null> {
  try {
    if (doc.defaultView?.navigator.clipboard?.readText) return await doc.defaultView.navigator.clipboard.readText();
  } catch {
    // Not focused or not allowed: try the legacy way.
  }
  return legacyPaste(doc);
}

export async function writeClipboardText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard?.writeText) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not focused or not allowed: try the legacy way.
  }
  return legacyCopy(doc, text);
}

/**
 * Empties the clipboard if it still holds the text whose SHA-256 is `expected`; leaves anything
 * else the user copied since untouched. Returns whether it cleared.
 */
export async function clearClipboardIfMatches(expected: string, doc: Document = document): Promise<boolean> {
  const current = await readClipboardText(doc);
  if (current === null || current === '') return false;
  if ((await fingerprint(current)) !== expected) return false;
  return writeClipboardText('', doc);
}

function legacyPaste(doc: Document): string | null {
  if (!doc.body) return null;
  const area = doc.createElement('textarea');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  try {
    area.focus();
    return doc.execCommand('paste') ? area.value : null;
  } catch {
    return null;
  } finally {
    area.remove();
  }
}

/** Writes exactly `text` (also the empty string) by answering the copy event ourselves. */
function legacyCopy(doc: Document, text: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}
