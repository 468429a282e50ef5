import { isCaptureTrigger, readGstin, readTypedCredentials, type UserEnter } from '@/utils/engine/capture';
import { GSTIN_SHAPE } from '@/utils/gstin-shape';
import type { CaptureSpec, Flow, PortalAnswer } from '@/utils/engine/flow';
import { DialogLog } from '@/utils/engine/dialogs';
import { createPageQuery } from '@/utils/engine/page-query';
import { sendRequest } from '@/utils/messaging';
import { Store } from './store';

/**
 * What the panel says about the credentials the user created. Never holds the password.
 * `username` is the name to use (production's `API_` name, as the site says it or will make it);
 * `button` what the panel calls the site's create button.
 */
export type CaptureNotice =
  | { kind: 'captured'; username: string; button: string }
  | { kind: 'confirmed'; username: string }
  | { kind: 'rejected'; username: string; portalMessage: string; alreadyCreated: boolean; button: string }
  /** `reason`: the background's refusal (already in the user's language), or the per-visit cap. */
  | { kind: 'not-kept'; reason: string | { maxPresses: number } | { noAnswer: true } };

export interface CaptureState {
  notice: CaptureNotice | null;
}

type Send = typeof sendRequest;

/**
 * Presses kept per page visit. A person presses Create a few times at most before the page
 * changes; more is a page (or a stuck key) driving it, and must not fill the vault.
 */
export const MAX_CAPTURES_PER_VISIT = 10;

/** How long a page that claimed an earlier press's capture watches for the portal's answer. */
export const CLAIMED_ANSWER_WAIT_MS = 10_000;
/**
 * A page blocked by an open alert runs no script, so the wait's timer fires late, together with
 * what the page queued meanwhile (the alert's report): a late timer gives that this much longer.
 */
const BLOCKED_GRACE_MS = 2_000;
const LATE_BY_MS = 1_000;

/**
 * The capture lifecycle of one page visit: when the user presses the site's create button,
 * hand what they typed to the background before the site answers; then read the site's answer
 * (on this page, or on the next one, for a capture still waiting) and settle the capture with
 * it. The background's vault decides what two reports of one press are (vault.ts, isSamePress).
 */
export class CaptureController extends Store<CaptureState> {
  private pending: { id: string; username: string } | null = null;
  private settling = false;
  /** The refusal shown when the user pressed: it answers an earlier press, until it goes away. */
  private staleRefusal: string | null = null;
  /**
   * A capture claimed from an earlier page is settled only by what this page shows as it loads
   * (or a moment after, by its own script): once the user acts here, later messages answer
   * something else (a login, a captcha), not the press.
   */
  private listeningForClaimed = true;
  /**
   * Native dialogs count as an answer only from this place in the visit's dialog log on: those
   * after the press, for a press on this page; all of this page's, for a capture claimed from an
   * earlier page.
   */
  private dialogsFrom = 0;
  private lastEnter: UserEnter | null = null;
  private capturesThisVisit = 0;
  /** The claim for a waiting capture was answered: only then may a late answer be read (below). */
  private claimDone = false;
  /** Names this visit already reported as a late answer (each once). */
  private readonly namedSent = new Set<string>();
  /** Saves of this page's presses still on their way: their own answer settles them, not a late one. */
  private saving = 0;

  constructor(
    private readonly flow: Flow & { capture: CaptureSpec },
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly send: Send = sendRequest,
    private readonly dialogs: DialogLog = new DialogLog(),
  ) {
    super({ notice: null });
  }

  /** Listens for the create button and picks up a capture a previous page left waiting. */
  start(): Promise<void> {
    // Capture phase on the document: runs before the site's own handlers submit the form.
    for (const type of ['click', 'submit'] as const) {
      this.doc.addEventListener(type, (event) => this.onPress(event), { capture: true, signal: this.signal });
    }
    // The user's Enter in a field: the submit it brings is their press (see isCaptureTrigger).
    this.doc.addEventListener(
      'keydown',
      (event) => {
        const form = event.target instanceof Element ? event.target.closest('form') : null;
        if (event.isTrusted && event.key === 'Enter' && form) this.lastEnter = { form, at: event.timeStamp };
      },
      { capture: true, passive: true, signal: this.signal },
    );
    const stopListening = (event: Event) => {
      if (event.isTrusted) this.listeningForClaimed = false;
    };
    for (const type of ['keydown', 'pointerdown'] as const) {
      this.doc.addEventListener(type, stopListening, { capture: true, passive: true, signal: this.signal });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitForAnswer = (ms: number) => {
      const due = performance.now() + ms;
      timer = setTimeout(() => {
        // Late: an alert was left open (the user reading it, or on a call), or the tab was asleep.
        if (performance.now() - due > LATE_BY_MS) waitForAnswer(BLOCKED_GRACE_MS);
        else this.listeningForClaimed = false;
      }, ms);
    };
    waitForAnswer(CLAIMED_ANSWER_WAIT_MS);
    this.signal.addEventListener('abort', () => clearTimeout(timer));
    return this.claimPending();
  }

  /** The page changed, or showed a dialog: it may show the site's answer now. */
  pageChanged = (): void => {
    this.checkAnswer();
    this.checkNamedAnswer();
  };

  /** Opens the kept credentials in a tab beside the site (the popup's page; never read here). */
  showCredentials = async (event: { isTrusted: boolean }): Promise<void> => {
    if (!event.isTrusted) return;
    await this.send({ type: 'ui.show-credentials', site: this.flow.id });
  };

  private onPress(event: Event): void {
    if (this.signal.aborted || !isCaptureTrigger(this.doc, this.flow.capture, event, this.lastEnter)) return;
    // Before anything else: a dialog the page shows in answer comes after this.
    const dialogsFrom = this.dialogs.recorded;
    const typed = readTypedCredentials(this.doc, this.flow.capture);
    if (!typed) return;
    this.dialogsFrom = dialogsFrom;
    const shownName = this.nameToUse(typed.username);
    this.staleRefusal = refusalText(this.readAnswer(typed.username));
    this.claimed = false;
    if (++this.capturesThisVisit > MAX_CAPTURES_PER_VISIT) {
      this.set({
        notice: {
          kind: 'not-kept',
          reason: { maxPresses: MAX_CAPTURES_PER_VISIT },
        },
      });
      return;
    }
    // Sent at once, from the press, before the page can navigate to the site's answer.
    this.saving++;
    this.send({ type: 'capture.save', site: this.flow.id, capturedAt: Date.now(), ...typed })
      .then(({ id }) => {
        this.pending = { id, username: typed.username };
        this.set({ notice: { kind: 'captured', username: shownName, button: this.flow.capture.buttonName } });
        this.checkAnswer();
      })
      .catch((error: unknown) => {
        this.set({
          notice: {
            kind: 'not-kept',
            reason: error instanceof Error ? error.message : { noAnswer: true },
          },
        });
      })
      .finally(() => this.saving--);
  }

  /** The pending capture came from an earlier page (not pressed here). */
  private claimed = false;

  private async claimPending(): Promise<void> {
    try {
      const { pending } = await this.send({ type: 'capture.claim-pending', site: this.flow.id });
      if (!pending || this.signal.aborted || this.pending) return;
      this.pending = pending;
      this.claimed = true;
      this.checkAnswer();
    } catch {
      // Nothing can be settled on this page; the popup still shows the capture as waiting.
    } finally {
      this.claimDone = true;
      this.checkNamedAnswer();
    }
  }

  /**
   * A late answer (issue 8, item 8): a success naming a user, on a page with no capture of its
   * own waiting. The background settles the newest set of that name if it still waits
   * (vault.settleNamed); the name is what ties the answer to the set, so any page may say it.
   */
  private checkNamedAnswer(): void {
    const { namedConfirmation } = this.flow.capture;
    if (!namedConfirmation || !this.claimDone || this.settling || this.signal.aborted) return;
    // A press on this page owns this page's answer (its own save and settle), also when the save
    // was refused: that "not kept" must stay, and must not confirm some earlier set instead.
    if (this.capturesThisVisit > 0 || this.saving > 0) return;
    // A claimed capture that this page no longer listens for is no longer this page's to settle.
    if (this.pending && !(this.claimed && !this.listeningForClaimed)) return;
    let name: string | null = null;
    let gstin = '';
    try {
      const q = createPageQuery(this.doc, { dialogs: this.dialogs.entries });
      name = namedConfirmation(q)?.trim() || null;
      gstin = readGstin(q, this.flow.capture);
    } catch {
      return; // The page changed shape: nothing to read.
    }
    if (!name || this.namedSent.has(name)) return;
    this.namedSent.add(name);
    const username = name.slice(0, 100);
    this.send({
      type: 'capture.settle-named',
      site: this.flow.id,
      username,
      gstin: GSTIN_SHAPE.test(gstin) ? gstin : '',
    })
      .then(({ settled }) => {
        if (!settled || this.signal.aborted) return;
        this.pending = null;
        this.set({ notice: { kind: 'confirmed', username } });
      })
      // No answer (the worker restarting): the next change of the page may try again.
      .catch(() => this.namedSent.delete(name));
  }

  private readAnswer(username: string): PortalAnswer | null {
    try {
      const q = createPageQuery(this.doc, { dialogs: this.dialogs.entries, dialogsFrom: this.dialogsFrom });
      return this.flow.capture.answer(q, username);
    } catch {
      return null; // The page changed shape: wait for a page we can read.
    }
  }

  /** The name the site makes of what was typed (production: with `API_`), as the page shows it now. */
  private nameToUse(typed: string): string {
    try {
      return this.flow.capture.finalUsername?.(createPageQuery(this.doc), typed) || typed;
    } catch {
      return typed;
    }
  }

  /** When a capture waits for the site's answer, read the answer from the page and settle. */
  private checkAnswer(): void {
    const pending = this.pending;
    if (!pending || this.settling || this.signal.aborted) return;
    if (this.claimed && !this.listeningForClaimed) return;
    const answer = this.readAnswer(pending.username);
    const refusal = refusalText(answer);
    // Gone once (cleared for the new answer): the same words shown again are a new answer.
    if (refusal !== this.staleRefusal) this.staleRefusal = null;
    if (!answer || (refusal !== null && refusal === this.staleRefusal)) return;
    this.settling = true;
    this.send({ type: 'capture.settle', site: this.flow.id, id: pending.id, ...answer })
      .then(({ settled }) => {
        if (this.pending?.id === pending.id) this.pending = null;
        // Not settled: the set was forgotten, or answered already; the panel says nothing new.
        if (settled) {
          this.set({ notice: noticeFor(answer, this.nameToUse(pending.username), this.flow.capture.buttonName) });
        }
      })
      .catch(() => undefined)
      .finally(() => (this.settling = false));
  }
}

function refusalText(answer: PortalAnswer | null): string | null {
  return answer?.status === 'rejected' ? answer.portalMessage : null;
}

function noticeFor(answer: PortalAnswer, username: string, button: string): CaptureNotice {
  return answer.status === 'confirmed'
    ? { kind: 'confirmed', username: answer.finalUsername || username }
    : {
        kind: 'rejected',
        username,
        portalMessage: answer.portalMessage,
        alreadyCreated: answer.alreadyCreated,
        button,
      };
}
