import { matchesText, normalizeLabel, type TextPattern } from './text';

/**
 * How a flow names an element: by what a person sees first (label or visible text), by id
 * second, by CSS last. The first strategy that finds a matching element of the right kind wins.
 */
export interface Locator {
  /** The control's label: a <label for>, a wrapping <label>, or the text cell just before it. */
  label?: TextPattern;
  /** The visible text of a button, link, heading or message. */
  text?: TextPattern;
  /** Only elements after the element showing this text (e.g. "Registration through"). */
  after?: TextPattern;
  /** Ids to try, in order, when the visible text is not found. */
  ids?: readonly string[];
  /** Last resort. */
  css?: string;
  kind: ElementKind;
}

export type ElementKind = 'field' | 'radio' | 'select' | 'button' | 'link' | 'text';

const KIND_SELECTORS: Record<ElementKind, string> = {
  field:
    'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=number],input[type=password],textarea',
  radio: 'input[type=radio]',
  select: 'select',
  button: 'button,input[type=button],input[type=submit],input[type=reset]',
  link: 'a[href]',
  text: 'h1,h2,h3,h4,h5,legend,label,span,p,div,td,th,b,strong,li',
};

/** Elements whose own text can label a control (table cells and spans in WebForms layouts). */
const LABEL_TEXT_SELECTOR = 'label,td,th,span,div,b,strong,legend,h3,h4,p';

export function isOfKind(el: Element, kind: ElementKind): boolean {
  return el.matches(KIND_SELECTORS[kind]);
}

export function locate(doc: Document, locator: Locator): HTMLElement | null {
  return locateAll(doc, locator)[0] ?? null;
}

/** Every match of the first strategy that finds any, in document order. */
export function locateAll(doc: Document, locator: Locator): HTMLElement[] {
  const anchor = locator.after ? findTextElement(doc, locator.after) : null;
  if (locator.after && !anchor) return [];
  const keep = (els: HTMLElement[]) =>
    els.filter((el) => isOfKind(el, locator.kind) && (!anchor || follows(anchor, el)));

  if (locator.label !== undefined) {
    const found = keep(byLabel(doc, locator.label, locator.kind));
    if (found.length) return found;
  }
  if (locator.text !== undefined) {
    const found = keep(byVisibleText(doc, locator.text, locator.kind));
    if (found.length) return found;
  }
  for (const id of locator.ids ?? []) {
    const el = doc.getElementById(id);
    if (el instanceof HTMLElement) {
      const found = keep([el]);
      if (found.length) return found;
    }
  }
  if (locator.css) {
    const found = keep(Array.from(doc.querySelectorAll<HTMLElement>(locator.css)));
    if (found.length) return found;
  }
  return [];
}

function follows(anchor: Element, el: Element): boolean {
  return (anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text;
}

/** The first element whose own text (or, for <label>, whole text) matches. */
export function findTextElement(doc: Document, pattern: TextPattern): HTMLElement | null {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(KIND_SELECTORS.text))) {
    if (matchesText(ownText(el), pattern)) return el;
  }
  return null;
}

function byLabel(doc: Document, pattern: TextPattern, kind: ElementKind): HTMLElement[] {
  const results: HTMLElement[] = [];
  for (const labelEl of Array.from(doc.querySelectorAll<HTMLElement>(LABEL_TEXT_SELECTOR))) {
    const text = labelEl.tagName === 'LABEL' ? (labelEl.textContent ?? '') : ownText(labelEl);
    if (!normalizeLabel(text) || !matchesText(text, pattern)) continue;
    const control = controlForLabel(labelEl, kind);
    if (control && !results.includes(control)) results.push(control);
  }
  return results;
}

/** <label for>, a control inside the label, or the next control in the same row/line. */
function controlForLabel(labelEl: HTMLElement, kind: ElementKind): HTMLElement | null {
  const selector = KIND_SELECTORS[kind];
  if (labelEl instanceof HTMLLabelElement) {
    const forId = labelEl.htmlFor;
    const target = forId ? labelEl.ownerDocument.getElementById(forId) : labelEl.querySelector(selector);
    if (target instanceof HTMLElement && target.matches(selector)) return target;
  }
  // Table layouts: the label sits in one cell, the control in the next one.
  const cell = labelEl.closest('td,th');
  let sibling = cell?.nextElementSibling ?? labelEl.nextElementSibling;
  for (let hops = 0; sibling && hops < 3; hops++, sibling = sibling.nextElementSibling) {
    const control = sibling.matches(selector) ? sibling : sibling.querySelector(selector);
    if (control instanceof HTMLElement) return control;
  }
  return null;
}

function byVisibleText(doc: Document, pattern: TextPattern, kind: ElementKind): HTMLElement[] {
  const results: HTMLElement[] = [];
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(KIND_SELECTORS[kind]))) {
    const text =
      el instanceof HTMLInputElement ? el.value : kind === 'text' ? ownText(el) : (el.textContent ?? '');
    if (matchesText(text, pattern)) results.push(el);
  }
  return results;
}

/**
 * Rendered and not hidden by the page (display:none on it or an ancestor, [hidden],
 * visibility:hidden, type=hidden). A walk rather than checkVisibility() so unit tests in
 * happy-dom see the same answer as Chromium.
 */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return false;
  }
  return true;
}
