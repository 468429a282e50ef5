import type { PageQuery } from './flow';
import { findTextElement, isVisible, locate, locateAll, type Locator } from './locator';
import { sameCompany } from './text';

/**
 * PageQuery over a live document. Each call looks the element up again: portal scripts replace
 * whole sections, so a cached element would go stale.
 */
export function createPageQuery(doc: Document): PageQuery {
  const visibleEl = (locator: Locator) => locateAll(doc, locator).find(isVisible) ?? null;
  return {
    find: (locator) => visibleEl(locator) ?? locate(doc, locator),
    visible: (locator) => visibleEl(locator) !== null,
    checked: (locator) => {
      const el = visibleEl(locator);
      return el instanceof HTMLInputElement && el.checked;
    },
    value: (locator) => {
      const el = visibleEl(locator) ?? locate(doc, locator);
      if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text ?? '';
      return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
    },
    hasOption: (locator, option) => {
      const el = visibleEl(locator);
      return el instanceof HTMLSelectElement && Array.from(el.options).some((o) => sameCompany(o.text, option));
    },
    textVisible: (pattern) => {
      const el = findTextElement(doc, pattern);
      return el !== null && isVisible(el);
    },
    message: (locator, pattern) => {
      for (const el of locateAll(doc, locator)) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && pattern.test(text) && isVisible(el)) return text.slice(0, 500);
      }
      return null;
    },
  };
}
