import { isVisible, locateAll, type ElementLocator } from './locator';

/**
 * A box a person can see and type in: shown, on the page (not pushed off-screen), of a usable
 * size, not transparent (nor inside something transparent), not inside a box clipped to almost
 * nothing ("visually hidden"), enabled and editable. Hidden legacy fields and autofill traps fail
 * this, so nothing is ever filled where the user cannot see it.
 */
export function isFillable(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement) || el.disabled || el.readOnly || el.type === 'hidden') return false;
  if (!isVisible(el)) return false;
  // Where the browser can say it (Chromium 121+, Firefox 125+): opacity and visibility on the way up.
  if (
    typeof el.checkVisibility === 'function' &&
    !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  ) {
    return false;
  }
  const view = el.ownerDocument.defaultView;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_PX || rect.height < MIN_PX) return false;
  const left = rect.left + (view?.scrollX ?? 0);
  const top = rect.top + (view?.scrollY ?? 0);
  const root = el.ownerDocument.documentElement;
  const pageWidth = Math.max(root.scrollWidth, view?.innerWidth ?? 0);
  const pageHeight = Math.max(root.scrollHeight, view?.innerHeight ?? 0);
  if (left + rect.width <= 0 || top + rect.height <= 0 || left >= pageWidth || top >= pageHeight) return false;
  return !insideClippedBox(el);
}

const MIN_PX = 4;

/** An ancestor that cuts off what overflows it and is itself almost nothing: the box is unseen. */
function insideClippedBox(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (!style) continue;
    if (Number(style.opacity) === 0) return true;
    const clips =
      style.overflow !== 'visible' || (style.clip !== '' && style.clip !== 'auto') || style.clipPath !== 'none';
    if (!clips) continue;
    const box = node.getBoundingClientRect();
    if (box.width < MIN_PX || box.height < MIN_PX) return true;
  }
  return false;
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
