import { foldSpaces, matchesFoldedText, matchesText, normalizeText, type TextPattern } from './text';

/**
 * How a flow names an element: by what a person reads next to it first, by id second, by CSS
 * last. Markup the flow's author never saw is the normal case, so the words are looked for in
 * every common form (see `labelTexts`), and ids are only a fallback.
 */
export interface ElementLocator {
  kind: ElementKind;
  /** Fields and lists: the words next to them. Radios: their own words ("Tax Payer"). */
  label?: TextPattern;
  /** Radios: the words of their row or group ("Registration through"), to tell apart two "ERP"s. */
  group?: TextPattern;
  /** Buttons, links and texts: their own visible words. */
  text?: TextPattern;
  /** Tried, in order, when the words are not found. */
  ids?: readonly string[];
  /** Last resort. */
  css?: string;
}

/**
 * A question with fixed answers, as a person sees it: "Registration through: GSP / ERP". The
 * page may show it as radios or as a list; the flow does not say which.
 */
export interface ChoiceLocator {
  kind: 'choice';
  /** The question's words. */
  label: TextPattern;
  option: OptionSpec;
  /** Tried when the words are not found: the list's id, or the wanted radio's id. */
  ids?: readonly string[];
}

export interface OptionSpec {
  /** The answer wanted, as the help document writes it. */
  text: string;
  /**
   * When no option reads exactly so: is this option the same answer written differently? Such a
   * close match is used only when exactly one option qualifies.
   */
  similar?: (optionText: string) => boolean;
}

export type Locator = ElementLocator | ChoiceLocator;
type ElementKind = 'field' | 'radio' | 'checkbox' | 'select' | 'button' | 'link' | 'text';

const KIND_SELECTORS: Record<ElementKind, string> = {
  field:
    'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=number],input[type=password],input[type=search],textarea',
  radio: 'input[type=radio]',
  checkbox: 'input[type=checkbox]',
  select: 'select',
  button: 'button,input[type=button],input[type=submit],input[type=reset],input[type=image]',
  link: 'a[href]',
  text: 'h1,h2,h3,h4,h5,h6,legend,label,span,p,div,td,th,b,strong,li,dt,dd',
};
const CONTROLS = 'input,select,textarea,button';
/** Longer texts are sentences, not labels. */
const MAX_LABEL_LENGTH = 80;

/**
 * Per-evaluation memory: the words found next to each element, the elements of each kind, the
 * page's texts and radios, and which boxes are shown. The page is read many times per evaluation
 * (every step's predicates, each asking for several elements), but it does not change within one:
 * without this, every locator queried the whole document again and every visibility check walked
 * up to the root reading computed styles.
 */
export interface LocateMemo {
  labels: WeakMap<Element, string[]>;
  /** `normalizeText` of each of `labels`' texts, made once per element, not once per locator. */
  normalizedLabels: WeakMap<string[], string[]>;
  results: WeakMap<object, HTMLElement[]>;
  /** The document's elements matching a selector (KIND_SELECTORS), in document order. */
  bySelector: Map<string, HTMLElement[]>;
  /**
   * Each text element (KIND_SELECTORS.text) with words, with the words `findTextElements` matches
   * against and their normalised form (elements without words can match no pattern).
   */
  texts: PageText[] | null;
  /** The box of each radio's group (`groupBox`). */
  groupBoxes: WeakMap<Element, HTMLElement | null>;
  /** Whether each element and its ancestors let it show (`isVisible`, all but its own visibility). */
  shown: WeakMap<Element, boolean>;
}
export const newLocateMemo = (): LocateMemo => ({
  labels: new WeakMap(),
  normalizedLabels: new WeakMap(),
  results: new WeakMap(),
  bySelector: new Map(),
  texts: null,
  groupBoxes: new WeakMap(),
  shown: new WeakMap(),
});

/** `doc.querySelectorAll(selector)` as an array, once per evaluation. */
function queryAll(doc: Document, selector: string, memo: LocateMemo): HTMLElement[] {
  let found = memo.bySelector.get(selector);
  if (!found) {
    found = Array.from(doc.querySelectorAll<HTMLElement>(selector));
    memo.bySelector.set(selector, found);
  }
  return found;
}

export function locate(doc: Document, locator: Locator, memo?: LocateMemo): HTMLElement | null {
  return locateAll(doc, locator, memo)[0] ?? null;
}

/** Every match of the first strategy that finds any, in document order. */
export function locateAll(doc: Document, locator: Locator, memo: LocateMemo = newLocateMemo()): HTMLElement[] {
  const cached = memo.results.get(locator);
  if (cached) return cached;
  const found =
    locator.kind === 'choice' ? locateChoiceElements(doc, locator, memo) : locateElements(doc, locator, memo);
  memo.results.set(locator, found);
  return found;
}

function locateElements(doc: Document, locator: ElementLocator, memo: LocateMemo): HTMLElement[] {
  const ofKind = (el: Element): el is HTMLElement => el instanceof HTMLElement && isOfKind(el, locator.kind);
  const inGroup = (el: HTMLElement) =>
    locator.group === undefined || anyMatches(groupLabelTexts(el, memo), locator.group, memo);
  const candidates = () => queryAll(doc, KIND_SELECTORS[locator.kind], memo).filter(inGroup);

  if (locator.label !== undefined) {
    const found = candidates().filter((el) => anyMatches(labelTexts(el, memo), locator.label!, memo));
    if (found.length) return found;
  }
  if (locator.text !== undefined) {
    const found = candidates().filter((el) => ownWords(el).some((t) => matchesText(t, locator.text!)));
    if (found.length) return found;
  }
  for (const id of locator.ids ?? []) {
    const el = doc.getElementById(id);
    if (el && ofKind(el)) return [el];
  }
  if (locator.css) {
    const found = Array.from(doc.querySelectorAll(locator.css)).filter(ofKind);
    if (found.length) return found;
  }
  return [];
}

/** Whether any of an element's label texts matches, each normalised once per evaluation. */
function anyMatches(texts: string[], pattern: TextPattern, memo: LocateMemo): boolean {
  let normalized = memo.normalizedLabels.get(texts);
  if (!normalized) {
    normalized = texts.map(normalizeText);
    memo.normalizedLabels.set(texts, normalized);
  }
  // Label texts are folded when read (labelTexts, groupLabelTexts).
  for (let i = 0; i < texts.length; i++) if (matchesFoldedText(texts[i]!, normalized[i]!, pattern)) return true;
  return false;
}

function isOfKind(el: Element, kind: ElementKind): boolean {
  return el.matches(KIND_SELECTORS[kind]);
}

// ── The words next to an element ─────────────────────────────────────────────────────────────

/**
 * What a person reads as this control's name, nearest first: `<label for>` or a wrapping label,
 * aria-label / aria-labelledby, the label cell of its table row, the text just before it (or,
 * for radios and checkboxes, just after it), placeholder, title.
 */
export function labelTexts(el: HTMLElement, memo: LocateMemo = newLocateMemo()): string[] {
  const known = memo.labels.get(el);
  if (known) return known;
  const texts: string[] = [];
  const add = (text: string | null | undefined) => {
    const clean = foldSpaces(text ?? '');
    if (clean && clean.length <= MAX_LABEL_LENGTH && !texts.includes(clean)) texts.push(clean);
  };
  const labels = 'labels' in el ? ((el as HTMLInputElement).labels ?? null) : null;
  for (const label of Array.from(labels ?? [])) add(textWithoutControls(label));
  add(el.getAttribute('aria-label'));
  add(labelledByText(el));
  const isToggle = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
  if (isToggle) add(textAfter(el));
  else {
    add(rowLabelText(el));
    add(textBefore(el));
  }
  add(el.getAttribute('placeholder'));
  add(el.getAttribute('title'));
  memo.labels.set(el, texts);
  return texts;
}

/**
 * The words of the row or group a radio belongs to, nearest first: its fieldset's legend, its
 * radiogroup's name, or the label of the smallest box holding all radios of its name.
 */
function groupLabelTexts(el: HTMLElement, memo: LocateMemo = newLocateMemo()): string[] {
  const box = groupBox(el, memo);
  if (!box) return [];
  const known = memo.labels.get(box);
  if (known) return known;
  const texts: string[] = [];
  // Climb from the group's box until something names it: a radio list in a table cell is named
  // by the cell before it, one in a <fieldset> by its legend.
  for (
    let node: HTMLElement | null = box, level = 0;
    node && level < 4 && texts.length === 0;
    node = node.parentElement, level++
  ) {
    if (node.tagName === 'BODY' || node.tagName === 'FORM') break;
    const candidates = [
      node.tagName === 'FIELDSET' ? node.querySelector(':scope > legend')?.textContent : null,
      node.getAttribute('aria-label'),
      labelledByText(node),
      rowLabelText(node),
      textBefore(node),
      // "Registration through <radios>" inside one box: the words before its first control.
      textBeforeFirstControl(node),
    ];
    for (const text of candidates) {
      const clean = foldSpaces(text ?? '');
      if (clean && clean.length <= MAX_LABEL_LENGTH) texts.push(clean);
    }
  }
  memo.labels.set(box, texts);
  return texts;
}

/**
 * The box of a radio's group: the smallest element holding every radio of its name; for a radio
 * without a name, the nearest box (within three levels) holding another radio.
 */
function groupBox(el: HTMLElement, memo: LocateMemo = newLocateMemo()): HTMLElement | null {
  if (memo.groupBoxes.has(el)) return memo.groupBoxes.get(el)!;
  const box = findGroupBox(el, memo);
  memo.groupBoxes.set(el, box);
  return box;
}

function findGroupBox(el: HTMLElement, memo: LocateMemo): HTMLElement | null {
  const name = el instanceof HTMLInputElement ? el.name : '';
  const peers = name
    ? (queryAll(el.ownerDocument, KIND_SELECTORS.radio, memo) as HTMLInputElement[]).filter((r) => r.name === name)
    : [];
  let box = el.parentElement;
  if (peers.length > 1) {
    while (box && !peers.every((peer) => box!.contains(peer))) box = box.parentElement;
    return box;
  }
  for (let level = 0; box && level < 3; level++, box = box.parentElement) {
    if (box.querySelectorAll('input[type=radio]').length > 1) return box;
  }
  return el.parentElement;
}

function textBeforeFirstControl(box: Element): string {
  let text = '';
  for (const node of Array.from(box.childNodes)) {
    if (node instanceof Element && (node.matches(CONTROLS) || node.querySelector(CONTROLS))) break;
    text += node.textContent ?? '';
  }
  return text;
}

function labelledByText(el: Element): string | null {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return null;
  return ids
    .split(/\s+/)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** A label's words without those of controls inside it (a wrapping label holds its select). */
function textWithoutControls(label: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child instanceof Element && !child.matches(CONTROLS)) walk(child);
    }
  };
  walk(label);
  return text;
}

/** The text of the label cell before the control's cell (`<td>GSTIN :</td><td><input></td>`). */
function rowLabelText(el: Element): string | null {
  const cell = el.closest('td,th');
  if (!cell || !isNear(cell, el, 3)) return null;
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.querySelector(CONTROLS)) return null;
    const text = prev.textContent?.trim();
    if (text) return text;
  }
  return null;
}

/** The words just before the element: a text node or element sibling, climbing a few boxes. */
function textBefore(el: Element): string | null {
  let node: Element | null = el;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    if (node.tagName === 'TD' || node.tagName === 'TH' || node.tagName === 'BODY' || node.tagName === 'FORM')
      return null;
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === Node.TEXT_NODE) {
        if (prev.textContent?.trim()) return prev.textContent;
        continue;
      }
      if (!(prev instanceof Element) || prev.tagName === 'BR' || isHidden(prev)) continue;
      if (prev.matches(CONTROLS) || prev.querySelector(CONTROLS)) return null;
      const text = prev.textContent?.trim();
      if (text) return text;
    }
  }
  return null;
}

/**
 * Short text the page shows right before a field inside the field's own box, such as a fixed
 * `API_` add-on in front of a username box (`<div class="input-group"><span>API_</span><input>`).
 */
export function addOnBefore(el: Element): string {
  for (let prev = el.previousSibling; prev; prev = prev.previousSibling) {
    if (prev.nodeType === Node.TEXT_NODE) {
      if (prev.textContent?.trim()) return prev.textContent.trim();
      continue;
    }
    if (!(prev instanceof Element) || isHidden(prev)) continue;
    if (prev.matches(CONTROLS) || prev.querySelector(CONTROLS)) return '';
    const text = foldSpaces(prev.textContent ?? '');
    return text.length <= MAX_ADD_ON_LENGTH ? text : '';
  }
  return '';
}
const MAX_ADD_ON_LENGTH = 12;

/** The words just after a radio or checkbox (`<input type=radio> ERP` or `<input><span>ERP</span>`). */
function textAfter(el: Element): string | null {
  for (let next = el.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === Node.TEXT_NODE) {
      if (next.textContent?.trim()) return next.textContent;
      continue;
    }
    if (!(next instanceof Element) || next.tagName === 'BR') continue;
    if (next.matches(CONTROLS) || next.querySelector(CONTROLS)) return null;
    return next.textContent;
  }
  // <span><input></span><span>ERP</span>: the text after the radio's own wrapper.
  const parent = el.parentElement;
  if (parent && parent.querySelectorAll(CONTROLS).length === 1 && parent.tagName !== 'TD') return textAfter(parent);
  return null;
}

function isNear(ancestor: Element, el: Element, levels: number): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i <= levels; i++, node = node.parentElement) if (node === ancestor) return true;
  return false;
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || (el instanceof HTMLElement && el.style.display === 'none');
}

/** The direct text of an element, not its children's. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  }
  return text;
}

/** A button's, link's or text's own words. */
function ownWords(el: HTMLElement): string[] {
  if (el instanceof HTMLInputElement) return [el.value, el.getAttribute('aria-label') ?? '', el.title];
  if (el.matches(KIND_SELECTORS.text) && !el.matches('label')) return [ownText(el)];
  return [el.textContent ?? '', el.getAttribute('aria-label') ?? '', el.title];
}

/** The elements whose own text (or, for <label>, whole text) matches. */
export function findTextElements(doc: Document, pattern: TextPattern, memo?: LocateMemo): HTMLElement[] {
  // Each element's words are read (and normalised) once per evaluation, however many patterns are
  // looked for.
  const texts = memo?.texts ?? textsOf(doc);
  if (memo) memo.texts = texts;
  const found: HTMLElement[] = [];
  for (const { el, folded, normalized } of texts) if (matchesFoldedText(folded, normalized, pattern)) found.push(el);
  return found;
}

interface PageText {
  el: HTMLElement;
  /** The words as shown (`foldSpaces`), made once per evaluation for every pattern. */
  folded: string;
  normalized: string;
}

/** A character `normalizeText` keeps: text without one normalises to ''. */
const HAS_WORDS = /[^\s\u200b:*]/;

function textsOf(doc: Document): PageText[] {
  const texts: PageText[] = [];
  const elements = doc.querySelectorAll<HTMLElement>(KIND_SELECTORS.text);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const text = el.tagName === 'LABEL' ? (el.textContent ?? '') : ownText(el);
    // Most boxes hold only spaces between their children: nothing to fold, normalise or match.
    if (!HAS_WORDS.test(text)) continue;
    const folded = foldSpaces(text);
    const normalized = normalizeText(folded);
    if (normalized) texts.push({ el, folded, normalized });
  }
  return texts;
}

// ── Choices: radios or a list ────────────────────────────────────────────────────────────────

export interface ChoiceOption {
  text: string;
  /** The radio, or the list's <option>. */
  el: HTMLInputElement | HTMLOptionElement;
}

/** A question on the page: its answers, and how they are shown. */
export type ChoiceControl =
  { shape: 'list'; select: HTMLSelectElement; options: ChoiceOption[] } | { shape: 'radios'; options: ChoiceOption[] };

/** Every control on the page that asks the locator's question, in document order. */
export function findChoices(
  doc: Document,
  locator: ChoiceLocator,
  memo: LocateMemo = newLocateMemo(),
): ChoiceControl[] {
  const named = (texts: string[]) => anyMatches(texts, locator.label, memo);
  const lists = (queryAll(doc, KIND_SELECTORS.select, memo) as HTMLSelectElement[]).filter((s) =>
    named(labelTexts(s, memo)),
  );
  const groups = new Map<Element, HTMLInputElement[]>();
  for (const radio of queryAll(doc, KIND_SELECTORS.radio, memo) as HTMLInputElement[]) {
    if (!named(groupLabelTexts(radio, memo))) continue;
    const box = groupBox(radio, memo) ?? radio;
    groups.set(box, [...(groups.get(box) ?? []), radio]);
  }
  let found: ChoiceControl[] = [
    ...lists.map((select) => listControl(select)),
    ...[...groups.values()].map((radios) => radioControl(radios, memo)),
  ];
  if (found.length === 0) {
    for (const id of locator.ids ?? []) {
      const el = doc.getElementById(id);
      if (el instanceof HTMLSelectElement) found = [listControl(el)];
      else if (el instanceof HTMLInputElement && el.type === 'radio') {
        const radios = el.name
          ? (queryAll(doc, KIND_SELECTORS.radio, memo) as HTMLInputElement[]).filter((r) => r.name === el.name)
          : [el];
        found = [radioControl(radios, memo)];
      }
      if (found.length) break;
    }
  }
  return found.sort((a, b) => documentOrder(firstElement(a), firstElement(b)));
}

function listControl(select: HTMLSelectElement): ChoiceControl {
  return { shape: 'list', select, options: Array.from(select.options).map((el) => ({ text: el.text, el })) };
}

function radioControl(radios: HTMLInputElement[], memo: LocateMemo): ChoiceControl {
  return { shape: 'radios', options: radios.map((el) => ({ text: labelTexts(el, memo)[0] ?? el.value, el })) };
}

function firstElement(control: ChoiceControl): Element {
  return control.shape === 'list' ? control.select : control.options[0]!.el;
}

function documentOrder(a: Element, b: Element): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export type OptionPick = { match: ChoiceOption; exact: boolean } | { match: null; lookAlikes: string[] };

/**
 * The option that is the wanted answer: one that reads the same (spaces, case, `:` forgiven),
 * else the only one the flow calls similar. Two similar ones are look-alikes: none is picked.
 */
export function pickOption(options: readonly ChoiceOption[], spec: OptionSpec): OptionPick {
  const wanted = normalizeText(spec.text);
  const exact = options.filter((o) => normalizeText(o.text) === wanted);
  if (exact.length === 1) return { match: exact[0]!, exact: true };
  // Two entries that read the same cannot be told apart by a person either: choose none.
  if (exact.length > 1) return { match: null, lookAlikes: exact.map((o) => o.text.trim()) };
  const similar = spec.similar ? options.filter((o) => normalizeText(o.text) && spec.similar!(o.text)) : [];
  if (similar.length === 1) return { match: similar[0]!, exact: false };
  return { match: null, lookAlikes: similar.map((o) => o.text.trim()) };
}

/** What is chosen now: the checked radio's or the selected option's words ('' when nothing is). */
export function chosenText(control: ChoiceControl): string {
  if (control.shape === 'list') {
    const option = control.select.options[control.select.selectedIndex];
    return option && !isPlaceholder(option) ? option.text : '';
  }
  return control.options.find((o) => (o.el as HTMLInputElement).checked)?.text ?? '';
}

/**
 * A list's prompt, not an answer: an empty entry, "--Select--", or a first entry that asks
 * ("Select", "Please select", "Select your ERP", "Choose…"). Judged by the words a person reads;
 * a real first answer whose value is "0" is still an answer.
 */
export function isPlaceholder(option: HTMLOptionElement): boolean {
  const text = option.text.trim();
  if (text === '' || /^-+.*-+$/.test(text)) return true;
  return option.index === 0 && /^(please\s+)?(select|choose)\b/i.test(text);
}

/** The elements a choice is seen by: the wanted radio (or the first), or the list. */
function locateChoiceElements(doc: Document, locator: ChoiceLocator, memo: LocateMemo): HTMLElement[] {
  return findChoices(doc, locator, memo).map((control) => {
    if (control.shape === 'list') return control.select;
    const pick = pickOption(control.options, locator.option);
    return (pick.match?.el ?? control.options[0]!.el) as HTMLElement;
  });
}

/**
 * Rendered and not hidden by the page (display:none on it or an ancestor, [hidden],
 * visibility:hidden, type=hidden, or a box pushed far off-screen as autofill traps are). A walk
 * rather than checkVisibility() so unit tests in happy-dom see the same answer as Chromium.
 */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (!style) continue;
    if (style.display === 'none' || (node === el && style.visibility === 'hidden')) return false;
    if (isPushedOffScreen(style)) return false;
  }
  return true;
}

/**
 * `isVisible` for one evaluation: the same answer, but each ancestor's is kept in `memo`. The
 * boxes a page's controls sit in are shared, so their styles are read once, not once per control
 * asked about.
 */
export function isVisibleWith(memo: LocateMemo): (el: Element) => boolean {
  return (el) => {
    if (!el.isConnected) return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    const view = el.ownerDocument.defaultView;
    const ownStyle = view?.getComputedStyle(el);
    if (ownStyle && ownStyle.visibility === 'hidden') return false;
    return shownWithAncestors(el, view, memo);
  };
}

/** No [hidden], display:none or off-screen box on the element or any ancestor (memoised). */
function shownWithAncestors(el: Element, view: Window | null, memo: LocateMemo): boolean {
  const known = memo.shown.get(el);
  if (known !== undefined) return known;
  let shown = !el.hasAttribute('hidden');
  if (shown) {
    const style = view?.getComputedStyle(el);
    if (style && (style.display === 'none' || isPushedOffScreen(style))) shown = false;
  }
  if (shown && el.parentElement) shown = shownWithAncestors(el.parentElement, view, memo);
  memo.shown.set(el, shown);
  return shown;
}

/** `position:absolute; left:-10000px` and the like: on the page in name only. */
const OFF_SCREEN_PX = -1000;
function isPushedOffScreen(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  return parseFloat(style.left) <= OFF_SCREEN_PX || parseFloat(style.top) <= OFF_SCREEN_PX;
}
