import { performAction, type ActionResult } from '@/utils/engine/actions';
import { isCaptureTrigger, readTypedCredentials, type TypedCredentials } from '@/utils/engine/capture';
import { evaluateFlow, type FlowSnapshot } from '@/utils/engine/evaluate';
import type { Flow } from '@/utils/engine/flow';
import { createPageQuery } from '@/utils/engine/page-query';
import { watchPage } from '@/utils/engine/watch';
import { sendRequest } from '@/utils/messaging';

/** What the panel says about the credentials the user created. Never holds the password. */
export type CaptureNotice =
  | { kind: 'captured'; username: string }
  | { kind: 'confirmed'; username: string }
  | { kind: 'rejected'; username: string; portalMessage: string; alreadyCreated: boolean }
  | { kind: 'not-kept'; reason: string };

export interface AssistantState {
  snapshot: FlowSnapshot;
  notice: CaptureNotice | null;
  /** The answer to the user's last click on the panel's button, for the current step. */
  feedback: (ActionResult & { stepId: string }) | null;
}

/**
 * One page visit of the assistant: reads the flow against the page whenever it changes, keeps
 * the panel's state, and captures the credentials when the user presses Create. Everything
 * stops when `signal` aborts.
 */
export class Assistant {
  private state: AssistantState;
  private readonly listeners = new Set<() => void>();
  private pendingId: string | null = null;
  private pendingUsername = '';
  private settling = false;
  /** The last capture sent, to ignore the submit that follows the click (cleared after 3 s). */
  private lastSent: { key: TypedCredentials; at: number } | null = null;

  constructor(
    private readonly flow: Flow,
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly onSnapshot: (snapshot: FlowSnapshot) => void,
  ) {
    this.state = { snapshot: evaluateFlow(flow, doc), notice: null, feedback: null };
    this.onSnapshot(this.state.snapshot);
  }

  start(): void {
    watchPage(this.doc, () => this.refresh(), this.signal);
    if (this.flow.capture) {
      // Capture phase on the document: runs before the portal's own handlers submit the form.
      for (const type of ['click', 'submit'] as const) {
        this.doc.addEventListener(type, (event) => this.onPossibleCreate(event), { capture: true, signal: this.signal });
      }
      void this.loadPendingCapture();
    }
  }

  getState = (): AssistantState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  doStep = (): void => {
    const { step } = this.state.snapshot;
    if (!step.action) return;
    const result = performAction(this.doc, step.action);
    this.update({ feedback: { ...result, stepId: step.id } });
    this.refresh();
  };

  /** Opens the kept credentials in a tab beside the portal (the popup's page; never read here). */
  showCredentials = async (): Promise<void> => {
    await sendRequest({ type: 'ui.show-credentials', env: this.flow.id });
  };

  refresh(): void {
    if (this.signal.aborted) return;
    try {
      const snapshot = evaluateFlow(this.flow, this.doc);
      const feedback = this.state.feedback?.stepId === snapshot.step.id ? this.state.feedback : null;
      this.onSnapshot(snapshot);
      this.update({ snapshot, feedback });
      this.checkPortalAnswer();
    } catch (error) {
      // A broken page must never break the portal: report without page data and carry on.
      console.warn('[e-Invoice assistant] could not read this page:', error instanceof Error ? error.name : 'error');
    }
  }

  private update(patch: Partial<AssistantState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private onPossibleCreate(event: Event): void {
    const spec = this.flow.capture;
    if (!spec || !isCaptureTrigger(this.doc, spec, event)) return;
    const typed = readTypedCredentials(this.doc, spec);
    if (!typed) return;
    const now = Date.now();
    const last = this.lastSent;
    if (last && now - last.at < 3000 && sameCredentials(last.key, typed)) return;
    this.lastSent = { key: typed, at: now };
    setTimeout(() => (this.lastSent = null), 3000);
    // Sent synchronously from the click, before the page can navigate to the portal's answer.
    void sendRequest({ type: 'capture.save', env: this.flow.id, capturedAt: now, ...typed })
      .then(({ id }) => {
        this.pendingId = id;
        this.pendingUsername = typed.username;
        this.update({ notice: { kind: 'captured', username: typed.username } });
        this.checkPortalAnswer();
      })
      .catch((error: unknown) => {
        this.update({
          notice: {
            kind: 'not-kept',
            reason: error instanceof Error ? error.message : 'The extension did not answer.',
          },
        });
      });
  }

  private async loadPendingCapture(): Promise<void> {
    try {
      const { pending } = await sendRequest({ type: 'capture.pending', env: this.flow.id });
      if (!pending || this.signal.aborted) return;
      this.pendingId = pending.id;
      this.pendingUsername = pending.username;
      this.checkPortalAnswer();
    } catch {
      // No pending capture can be settled on this page; the popup still shows it as captured.
    }
  }

  /** When a capture waits for the portal's answer, read the answer from the page. */
  private checkPortalAnswer(): void {
    const spec = this.flow.capture;
    if (!spec || !this.pendingId || this.settling) return;
    const q = createPageQuery(this.doc);
    const username = this.pendingUsername;
    let settle: { status: 'confirmed' | 'rejected'; portalMessage?: string } | null = null;
    if (spec.isConfirmed(q)) settle = { status: 'confirmed' };
    else {
      const message = spec.rejection(q);
      if (message) settle = { status: 'rejected', portalMessage: message };
    }
    if (!settle) return;
    const id = this.pendingId;
    this.settling = true;
    void sendRequest({ type: 'capture.settle', env: this.flow.id, id, ...settle })
      .then(() => {
        this.pendingId = null;
        this.update({
          notice:
            settle.status === 'confirmed'
              ? { kind: 'confirmed', username }
              : {
                  kind: 'rejected',
                  username,
                  portalMessage: settle.portalMessage ?? '',
                  alreadyCreated: spec.alreadyCreated.test(settle.portalMessage ?? ''),
                },
        });
      })
      .catch(() => undefined)
      .finally(() => (this.settling = false));
  }
}

function sameCredentials(a: TypedCredentials, b: TypedCredentials): boolean {
  return a.gstin === b.gstin && a.username === b.username && a.password === b.password;
}
