import type { CheckResult } from '../rules/check';
import type { Environment } from '../portals';
import type { Locator } from './locator';
import type { TextPattern } from './text';

/**
 * A flow is one portal's procedure as data: the steps of GSTZen's help document, where each
 * lives on the page, what counts as done, and the one safe thing the assistant may do for the
 * user. The engine (evaluate.ts, actions.ts) holds no site knowledge; flows hold no logic beyond
 * tiny predicates over a PageQuery.
 */
export interface Flow {
  id: Environment;
  /** Exact origin the flow runs on. */
  origin: string;
  steps: readonly Step[];
  /** Shown when no step's elements are on the page. */
  fallbackStepId: string;
  capture?: CaptureSpec;
}

export interface Step {
  /** Stable id used by tests and the popup, e.g. "sandbox.user-type". */
  id: string;
  /** Short imperative, as in the help document. */
  title: string;
  /** What to do, in plain words. */
  help: string;
  /** What to do by hand when the assistant cannot find the elements. */
  manual: string;
  /** Is the page showing this step now? Off-portal steps (open the portal) return false. */
  isPresent: (q: PageQuery) => boolean;
  /** Has the user finished this step on this page? */
  isDone: (q: PageQuery) => boolean;
  /** Elements to point at, in order; the engine outlines the first one still to do. */
  targets: readonly Locator[];
  /** Where the step usually lives, when its elements cannot be found. */
  path?: RegExp;
  action?: SafeAction;
  /** The action's effect is already on the page (the panel then hides its button). */
  isActionDone?: (q: PageQuery) => boolean;
  checks?: readonly CheckBinding[];
}

/** An action the assistant may do on the user's click: never Validate/Send OTP/Submit/Create. */
export type SafeAction =
  | { kind: 'choose-radio'; label: string; target: Locator }
  | { kind: 'follow-link'; label: string; targets: readonly Locator[] }
  | {
      kind: 'choose-option';
      label: string;
      target: Locator;
      option: string;
      /** Said when the option is not in the list (e.g. "try GSP instead"). */
      notListed: string;
    }
  | { kind: 'fill'; label: string; target: Locator; value: string }
  | { kind: 'sequence'; label: string; actions: readonly SafeAction[]; focusAfter?: Locator };

export interface CheckBinding {
  /** Becomes data-testid="check-<id>". */
  id: string;
  label: string;
  /** The field checked first (the outline stays on it while it is wrong), then any it is compared with. */
  fields: readonly Locator[];
  check: (values: string[]) => CheckResult;
}

/** What the user types when they press Create, and how the portal's answer looks. */
export interface CaptureSpec {
  /** The button whose click (or whose form's submit) means "create these credentials". */
  trigger: Locator;
  gstin: readonly Locator[];
  username: Locator;
  password: Locator;
  /** The portal accepted: e.g. the acknowledgement is shown. */
  isConfirmed: (q: PageQuery) => boolean;
  /** The portal refused: its message, or null. */
  rejection: (q: PageQuery) => string | null;
  /** Rejections that may be untrue (the portal's "already created" quirk). */
  alreadyCreated: RegExp;
}

/** Read-only questions a flow may ask about the page. */
export interface PageQuery {
  find(locator: Locator): HTMLElement | null;
  visible(locator: Locator): boolean;
  checked(locator: Locator): boolean;
  /** What a person sees in the field: its text, or a list's chosen option's text. */
  value(locator: Locator): string;
  hasOption(locator: Locator, option: string): boolean;
  /** Visible text matching the pattern, anywhere readable. */
  textVisible(pattern: TextPattern): boolean;
  /** The first visible text of the given elements that matches, or null. */
  message(locator: Locator, pattern: RegExp): string | null;
}
