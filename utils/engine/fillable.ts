import { isVisible, locateAll, type ElementLocator } from './locator';

/**
 * A box a person can see and type in: shown, on the page (not pushed off-screen), of a usable
 * size, not transparent, enabled and editable. Hidden legacy fields and off-screen autofill
 * traps fail this, so nothing is ever filled where the user cannot see it.
 */
export function isFillable(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement) || el.disabled || el.readOnly || el.type === 'hidden') return false;
  if (!isVisible(el)) return false;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  if (style && (style.visibility !== 'visible' || Number(style.opacity) === 0)) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4) return false;
  const left = rect.left + (view?.scrollX ?? 0);
  const top = rect.top + (view?.scrollY ?? 0);
  const pageWidth = Math.max(el.ownerDocument.documentElement.scrollWidth, view?.innerWidth ?? 0);
  return left + rect.width > 0 && top + rect.height > 0 && left < pageWidth;
}

/** The one fillable box the locator names, or null when there is none (or several: which is meant?). */
export function findFillable(
  doc: Document,
  locator: ElementLocator,
  fillable: (el: Element) => el is HTMLInputElement = isFillable,
): HTMLInputElement | null {
  const boxes = locateAll(doc, locator).filter(fillable);
  return boxes.length === 1 ? boxes[0]! : null;
}
