import type { Environment } from '../environments';
import type { MessageKey } from '../i18n/t';
import type { CheckResult } from '../rules/check';
import type { ChoiceLocator, ElementLocator, Locator } from './locator';
import type { TextPattern } from './text';

/**
 * Words the user reads, translated when they are shown (`() => t('sandbox_user_type_title')`),
 * never when a module loads: the language can change while a page is open (docs/i18n.md).
 */
export type Phrase = () => string;

/**
 * A site's name: the catalog key of what we call it (read in the current language by `siteLabel`
 * and `siteBadge`, utils/flows/site-names.ts), or a brand that no language translates ("GSTZen").
 * A key rather than a Phrase: sites.ts must not import the catalogs, which the main-world dialog
 * tap would then carry.
 */
export type SiteName = { key: MessageKey } | { brand: string };

/**
 * A site the assistant knows, as plain data: where it is and what to call it. Everything else
 * that names a site (the content script's matches, the panel's badge, the popup's start prompt,
 * the background's sender checks) is derived from these. See utils/flows/index.ts.
 */
export interface SiteInfo {
  /** Stable id, also the prefix of its step ids: "sandbox". */
  id: string;
  /** What the popup calls it: "Sandbox (trial) portal" (read it with `siteLabel`). */
  label: SiteName;
  /** The panel's badge: "Sandbox" (read it with `siteBadge`). */
  badge: SiteName;
  /** Exact origins the site is served from. */
  origins: readonly string[];
  /** Where a user begins. */
  startUrl: string;
  /** The credentials made here are for this environment (a site without one captures nothing). */
  environment?: Environment;
  /**
   * Its pages take kept credentials (a login form) and report onboarding facts to the board
   * (GSTZen): the background hands sets only to such a site's exact origins.
   */
  takesCredentials?: boolean;
}

/**
 * A site's procedure as data: the steps of GSTZen's help document
 * (docs/gstzen-guide.md), how each is seen on the page,
 * what the assistant may do on the user's click, and what it keeps when the user creates the API
 * user. The engine (evaluate.ts, actions.ts, capture.ts) holds no site knowledge; a flow holds no
 * logic beyond tiny predicates over a PageQuery.
 */
export interface Flow extends SiteInfo {
  steps: readonly Step[];
  /** Shown when nothing on the page is recognised and the URL says nothing either. */
  fallbackStepId: string;
  policy: SafetyPolicy;
  capture?: CaptureSpec;
  /**
   * Something to do elsewhere before this site's first step (production: clear the sandbox test
   * invoices in GSTZen). The panel shows it until the user ticks it off, once.
   */
  reminder?: Reminder;
  /**
   * When several flows share a site (GSTZen: entering the login, deleting the test invoices):
   * what this one is for. The guide picks the flow the page belongs to (choose-flow.ts).
   */
  task?: FlowTask;
  /**
   * The GSTIN this page is about, on a site that serves many (GSTZen): from the URL first, then
   * the page's own words; null when the page is about none or several.
   */
  pageGstin?: (q: PageQuery, url: URL) => string | null;
  /** Facts the page shows that the onboarding board records (utils/board/), for the page's GSTIN. */
  observe?: (q: PageQuery) => readonly PageObservation[];
  /**
   * The task the document has next for the page's GSTIN, given which board sections are done:
   * shown on the pages the site's tasks share until the user picks one.
   */
  nextTask?: (done: (boardSection: string) => boolean) => string;
}

export interface FlowTask {
  /** Stable id: "gstzen-login". */
  id: string;
  /** What the panel's task switch says: "Enter the e-Invoice login". */
  label: Phrase;
}

/** What a page can show the board (the board's own schema: utils/board/observation.ts). */
export type PageObservation =
  | { kind: 'gstin-seen'; tradeName?: string }
  | { kind: 'gstzen-login'; env: Environment; username: string }
  | { kind: 'test-invoices-deleted'; count: number };

/**
 * The step where credentials the assistant kept are handed to the site (GSTZen's login form):
 * the panel offers the sets for the page's GSTIN and fills these boxes on the user's click
 * (entrypoints/portal.content/hand-off-controller.ts). Never submitted for the user.
 */
export interface HandOffSpec {
  username: ElementLocator;
  password: ElementLocator;
  clientId: ElementLocator;
  clientSecret: ElementLocator;
  /** Which environment the page says the form is for; null when it does not say. */
  pageEnvironment: (q: PageQuery) => Environment | null;
}

export interface Reminder {
  /** Stable id: the tick is remembered under it. */
  id: string;
  title: Phrase;
  /** Plain-word points, one per line in the panel. */
  points: readonly Phrase[];
  /** The tick box's words. */
  tick: Phrase;
}

/**
 * The panel's "Suggest a username and password" on the step where the user makes them: the
 * engine proposes a compliant pair, types them into these boxes on the user's click and keeps
 * them in the vault at once (status 'suggested'), before the user presses the create button.
 */
export interface SuggestSpec {
  username: ElementLocator;
  password: ElementLocator;
  confirm: ElementLocator;
  /** The taxpayer's (trade) name as the page shows it, to base the username on; '' when not shown. */
  tradeName: (q: PageQuery) => string;
  /**
   * A prefix the site may serve in the username box itself (production: `API_`), kept in front of
   * the suggested name when the page put it there.
   */
  pagePrefix?: string;
}

/**
 * What the assistant must never touch on this site, whatever a step says: the user presses these
 * and types in these. The engine never presses a button nor types in a password field at all; the
 * policy keeps it off links and radios with these words (they may post back) and fields named so.
 */
export interface SafetyPolicy {
  /** Words of what the assistant never clicks: a link or radio named so is refused. */
  neverPress: RegExp;
  /** Words naming fields it never types in (label, name, id or placeholder). */
  neverFill: RegExp;
}

export interface Step {
  /** Stable id used by tests and the popup, e.g. "sandbox.user-type". */
  id: string;
  /** Short imperative, as in the help document (docs/gstzen-guide.md#sandbox-registration). */
  title: Phrase;
  /** What to do, in plain words. */
  help: Phrase;
  /** What to do by hand when the assistant cannot find the elements. */
  manual: Phrase;
  /**
   * Does the page show this step's own elements? The current step is the last step the page
   * shows that is not finished (see evaluate.ts); steps before it are behind the user.
   */
  isPresent: (q: PageQuery) => boolean;
  /** Durable evidence that the step is finished (a choice made, a later section shown). */
  isDone: (q: PageQuery) => boolean;
  /** Elements to point at, in order; the engine outlines the first one still to do. */
  targets: readonly Locator[];
  /** Where the step usually lives, when nothing on the page is recognised. */
  path?: RegExp;
  action?: SafeAction;
  /** The action's effect is already on the page (the panel then hides its button). */
  isActionDone?: (q: PageQuery) => boolean;
  checks?: readonly CheckBinding[];
  suggest?: SuggestSpec;
  /**
   * A fact the page states, said beside the step ("The page says it will delete 12 invoices."),
   * in the current language: it is read each time the page is.
   */
  status?: (q: PageQuery) => string | null;
  handOff?: HandOffSpec;
}

/**
 * What the assistant may do on the user's click. There is no action that presses a button.
 * `label` is the button's words, an imperative ("Pick CloudZen"), also put in the engine's
 * sentences about it ("Could not pick cloudzen automatically.").
 */
export type SafeAction =
  /** Choose an answer among radios or in a list, whichever the page shows. */
  | { kind: 'choose'; label: Phrase; choice: ChoiceLocator; notListed: Phrase }
  /** Follow a plain same-origin link (the first of the targets found). */
  | { kind: 'follow-link'; label: Phrase; targets: readonly ElementLocator[] }
  | { kind: 'fill'; label: Phrase; target: ElementLocator; value: string }
  /**
   * Open a collapsed menu: click its toggle (a link that stays on the page: `#…`, `javascript:`
   * or `data-toggle`) unless what it reveals is already shown. Never a link that navigates.
   */
  | { kind: 'open-menu'; label: Phrase; toggle: ElementLocator; reveals: ElementLocator }
  | { kind: 'sequence'; label: Phrase; actions: readonly SafeAction[]; focusAfter?: ElementLocator };

interface CheckBinding {
  /** Becomes data-testid="check-<id>". */
  id: string;
  label: Phrase;
  /** The field checked first (the outline stays on it while it is wrong), then any it is compared with. */
  fields: readonly Locator[];
  /** `values`: what a person sees in `fields`; `q` for checks that need more (is the wanted answer chosen?). */
  check: (values: string[], q: PageQuery) => CheckResult;
}

/** What the user creates on this site, and how the site answers. */
export interface CaptureSpec {
  /** The button whose press (a click on it, or its form's submit) creates the credentials. */
  trigger: ElementLocator;
  /** What the panel calls that button: "Create", "Submit". The portal's own word: never translated. */
  buttonName: string;
  /**
   * The name the site will make of what the box holds (production adds `API_`, as the page shows
   * it), for the panel to show before the site answers; the name the site answers with wins.
   */
  finalUsername?: (q: PageQuery, typed: string) => string;
  /**
   * The fields read at that moment. The first GSTIN field with a value wins; `gstinText` reads a
   * GSTIN the page shows as text (production's registration screen), when no field has one.
   */
  reads: {
    gstin: readonly Locator[];
    gstinText?: (q: PageQuery) => string;
    username: Locator;
    password: Locator;
  };
  /**
   * The site's answer to a press, as the page shows it now, or null while there is none (or it
   * is about someone else). `typedUsername` is what the user typed.
   */
  answer: (q: PageQuery, typedUsername: string) => PortalAnswer | null;
  /**
   * The user a success answer on the page names, whoever pressed and whenever: a late answer for
   * a capture no page claimed (vault.settleNamed). Null when the page shows no such answer.
   */
  namedConfirmation?: (q: PageQuery) => string | null;
}

export type PortalAnswer =
  /** `finalUsername`: the name the site says it created (production adds `API_`). */
  | { status: 'confirmed'; finalUsername: string }
  /** `alreadyCreated`: the kind of refusal that is sometimes untrue (document, page 1). */
  | { status: 'rejected'; portalMessage: string; alreadyCreated: boolean };

/** Read-only questions a flow may ask about the page. */
export interface PageQuery {
  find(locator: Locator): HTMLElement | null;
  visible(locator: Locator): boolean;
  /** A radio or checkbox is ticked; for a choice, its wanted answer is chosen. */
  checked(locator: Locator): boolean;
  /** What a person sees in the field: its text, or a choice's chosen answer ('' when none). */
  value(locator: Locator): string;
  /** A visible choice offers its wanted answer (exactly, or one close match). */
  hasOption(choice: ChoiceLocator): boolean;
  /** Visible text matching the pattern, anywhere readable. */
  textVisible(pattern: TextPattern): boolean;
  /** The first visible text of the given elements that matches, or null. */
  message(locator: ElementLocator, pattern: RegExp): string | null;
  /** The text shown beside a visible caption (`<th>User Name</th><td>acme</td>`), or null. */
  textBeside(caption: TextPattern): string | null;
  /** The first visible element whose own text matches, as shown (spaces folded), or null. */
  readText(pattern: RegExp): string | null;
  /**
   * The newest native dialog (`alert`/`confirm`) text the page showed in this visit, at or after
   * the query's `dialogsFrom` place in the visit's log, that matches; null when none. Seen by the main-world observer
   * (entrypoints/einv-assistant-dialog-tap.content.ts), so as forgeable as the page's own text.
   */
  dialog(pattern: RegExp): string | null;
  /** The field's value as the page served it (its `value` attribute), '' when none. */
  initialValue(locator: Locator): string;
  /** Visible text the page shows right before the field inside its own group (an add-on like `API_`). */
  textBefore(locator: Locator): string;
}
