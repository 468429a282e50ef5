import type { CheckResult } from '../rules/check';
import type { Flow, PageQuery, Step } from './flow';
import { isPlaceholder, type Locator } from './locator';
import { createPageQuery, type PageQueryOptions } from './page-query';

export interface CheckState {
  id: string;
  /** The check's name, in the language of the evaluation. */
  label: string;
  result: CheckResult;
}

/** Where the user is in a flow, read from the page. Holds no secrets (check messages never echo input). */
export interface FlowSnapshot {
  flowId: Flow['id'];
  stepIndex: number;
  step: Step;
  /** False when the current step's elements are not on the page: the panel then gives manual instructions. */
  found: boolean;
  /**
   * The step before is finished and the page has not shown this one yet (a postback, a list
   * loading): the panel says so rather than "cannot find".
   */
  waiting: boolean;
  /** The page shows this step, or the one before it finished: the page belongs to this flow. */
  recognized: boolean;
  /** The element to outline, if any. */
  target: HTMLElement | null;
  /** The step has a safe action whose effect is not on the page yet. */
  actionAvailable: boolean;
  checks: CheckState[];
  /** What the page states for this step (Step.status), or null. */
  status: string | null;
}

/**
 * The current step is the furthest one the page shows: the last step whose own elements are on
 * the page. Earlier steps are behind the user, whatever is still on screen of them (portals keep
 * finished sections visible, hide them, or replace them). When that step is finished (durable
 * evidence: a choice made), the user is on the next one, which the page has not shown yet.
 */
function currentStepIndex(flow: Flow, q: PageQuery, path: string): { index: number; found: boolean; waiting: boolean } {
  for (let index = flow.steps.length - 1; index >= 0; index--) {
    const step = flow.steps[index]!;
    if (!safely(() => step.isPresent(q))) continue;
    if (safely(() => step.isDone(q)) && index < flow.steps.length - 1) {
      return { index: index + 1, found: false, waiting: true };
    }
    return { index, found: true, waiting: false };
  }
  // Nothing recognisable: trust the URL, else the flow's fallback, and say we could not find it.
  const byPath = flow.steps.findIndex((step) => step.path?.test(path));
  const fallback = flow.steps.findIndex((step) => step.id === flow.fallbackStepId);
  return { index: byPath >= 0 ? byPath : Math.max(fallback, 0), found: false, waiting: false };
}

export function evaluateFlow(flow: Flow, doc: Document, options: PageQueryOptions = {}): FlowSnapshot {
  const q = createPageQuery(doc, options);
  const { index, found: stepShown, waiting } = currentStepIndex(flow, q, doc.location?.pathname ?? '');
  const step = flow.steps[index]!;
  const checks = (step.checks ?? []).map((binding) => ({
    binding,
    state: {
      id: binding.id,
      label: binding.label(),
      result: binding.check(
        binding.fields.map((field) => q.value(field)),
        q,
      ),
    },
  }));
  // A field whose value fails its check is still to do, even though it is not empty.
  const wrong = new Set(
    checks.filter(({ state }) => state.result.status === 'error').map(({ binding }) => q.find(binding.fields[0]!)),
  );
  const target = pickTarget(q, step.targets, wrong);
  const found = stepShown && (step.targets.length === 0 || target !== null);
  return {
    flowId: flow.id,
    stepIndex: index,
    step,
    found,
    waiting,
    recognized: stepShown || waiting,
    target: found ? target : null,
    actionAvailable: step.action !== undefined && !safely(() => step.isActionDone?.(q) ?? false),
    checks: checks.map(({ state }) => state),
    status: stepShown && step.status ? safelyRead(() => step.status!(q)) : null,
  };
}

/** The first target still to do: an empty or wrong field, an unchosen list, an enabled button or a link. */
function pickTarget(q: PageQuery, targets: readonly Locator[], wrong: Set<HTMLElement | null>): HTMLElement | null {
  let lastFound: HTMLElement | null = null;
  for (const locator of targets) {
    // Through the evaluation's query: what it already located is not looked up again.
    const el = q.visible(locator) ? q.find(locator) : null;
    if (!el) continue;
    lastFound = el;
    if (wrong.has(el) || stillToDo(el)) return el;
  }
  return lastFound;
}

function stillToDo(el: HTMLElement): boolean {
  if (el instanceof HTMLSelectElement) {
    const option = el.options[el.selectedIndex];
    return !option || isPlaceholder(option);
  }
  if (el instanceof HTMLInputElement) {
    if (el.type === 'radio' || el.type === 'checkbox') return !el.checked;
    if (['button', 'submit', 'image', 'reset'].includes(el.type)) return !el.disabled;
    return !el.readOnly && !el.disabled && el.value.trim() === '';
  }
  if (el instanceof HTMLTextAreaElement) return el.value.trim() === '';
  if (el instanceof HTMLButtonElement) return !el.disabled;
  return true;
}

function safelyRead(read: () => string | null): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** A flow predicate that throws (the page changed shape) counts as false, never as a page error. */
function safely(predicate: () => boolean): boolean {
  try {
    return predicate();
  } catch {
    return false;
  }
}
