import type { PageQuery } from './flow';
import type { DialogEntry } from './dialogs';
import { isFillable } from './fillable';
import { foldSpaces } from './text';
import {
  addOnBefore,
  chosenText,
  findChoices,
  findTextElements,
  isVisibleWith,
  locateAll,
  newLocateMemo,
  pickOption,
  type ChoiceControl,
  type Locator,
} from './locator';

/**
 * PageQuery over the document as it is now. Make one per evaluation: it remembers what it found
 * (the page does not change within one evaluation), and portal scripts replace whole sections
 * between two, so nothing is kept longer.
 */
export interface PageQueryOptions {
  /** Native dialogs the page showed in this visit (oldest first). */
  dialogs?: readonly DialogEntry[];
  /** Only dialogs recorded at or after this place in the log (`DialogEntry.n`) count. */
  dialogsFrom?: number;
}

export function createPageQuery(doc: Document, options: PageQueryOptions = {}): PageQuery {
  const memo = newLocateMemo();
  const isVisible = isVisibleWith(memo);
  const all = (locator: Locator) => locateAll(doc, locator, memo);
  // When two rendered boxes share a label (a 1-px clipped leftover beside the real one), the one
  // the user can type in wins: checks read, and the outline shows, what the user sees. Layout is
  // read only then, not on every portal page's evaluation.
  const shownByLocator = new Map<Locator, HTMLElement | null>();
  const visibleEl = (locator: Locator) => {
    if (shownByLocator.has(locator)) return shownByLocator.get(locator)!;
    const shown = all(locator).filter(isVisible);
    const el = shown.length > 1 ? (shown.find(isFillable) ?? shown[0]!) : (shown[0] ?? null);
    shownByLocator.set(locator, el);
    return el;
  };
  /** The choice a person sees: the first visible one, else the first at all. */
  const choice = (locator: Locator): ChoiceControl | null => {
    if (locator.kind !== 'choice') return null;
    const controls = findChoices(doc, locator, memo);
    return controls.find((c) => isVisible(c.shape === 'list' ? c.select : c.options[0]!.el)) ?? controls[0] ?? null;
  };
  return {
    find: (locator) => visibleEl(locator) ?? all(locator)[0] ?? null,
    visible: (locator) => visibleEl(locator) !== null,
    checked: (locator) => {
      const control = choice(locator);
      if (control && locator.kind === 'choice') {
        const pick = pickOption(control.options, locator.option);
        return pick.match !== null && chosenText(control) === pick.match.text;
      }
      const el = visibleEl(locator);
      return el instanceof HTMLInputElement && el.checked;
    },
    value: (locator) => {
      const control = choice(locator);
      if (control) return chosenText(control);
      const el = visibleEl(locator) ?? all(locator)[0];
      if (el instanceof HTMLSelectElement) return el.options[el.selectedIndex]?.text ?? '';
      return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
    },
    hasOption: (locator) => {
      const control = choice(locator);
      return control !== null && pickOption(control.options, locator.option).match !== null;
    },
    textVisible: (pattern) => findTextElements(doc, pattern, memo).some(isVisible),
    message: (locator, pattern) => {
      for (const el of all(locator)) {
        const text = foldSpaces(el.textContent ?? '');
        if (text && pattern.test(text) && isVisible(el)) return text.slice(0, 500);
      }
      return null;
    },
    textBeside: (caption) => {
      for (const el of findTextElements(doc, caption, memo).filter(isVisible)) {
        // "<p>GSTIN: <b>29…</b></p>": the value inside the caption's own element comes first.
        const inside = Array.from(el.children)
          .filter(isVisible)
          .map((child) => foldSpaces(child.textContent ?? ''))
          .find(Boolean);
        if (inside && el.tagName !== 'LABEL') return inside;
        // "<p><b>Caption:</b> value</p>": the words right after the caption in its own line.
        const after = el.nextSibling?.nodeType === 3 ? foldSpaces(el.nextSibling.textContent ?? '') : '';
        if (after) return after;
        const next = el.nextElementSibling ?? el.parentElement?.nextElementSibling;
        const text = next && isVisible(next) ? foldSpaces(next.textContent ?? '') : '';
        if (text) return text;
      }
      return null;
    },
    readText: (pattern) => {
      const el = findTextElements(doc, pattern, memo).find(isVisible);
      return el ? foldSpaces(el.textContent ?? '').slice(0, 500) : null;
    },
    dialog: (pattern) => {
      const from = options.dialogsFrom ?? 0;
      const entries = options.dialogs ?? [];
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]!;
        if ((entry.n ?? i) >= from && pattern.test(entry.text)) return entry.text;
      }
      return null;
    },
    initialValue: (locator) => {
      const el = visibleEl(locator) ?? all(locator)[0];
      return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.defaultValue : '';
    },
    textBefore: (locator) => {
      const el = visibleEl(locator);
      return el ? addOnBefore(el) : '';
    },
  };
}
