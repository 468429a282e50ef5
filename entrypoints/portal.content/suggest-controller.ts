import { readGstin } from '@/utils/engine/capture';
import type { Flow, Step, SuggestSpec } from '@/utils/engine/flow';
import { createPageQuery } from '@/utils/engine/page-query';
import { applySuggestion } from '@/utils/engine/suggest';
import { sendRequest } from '@/utils/messaging';
import { suggestPassword, suggestUsername } from '@/utils/rules';
import { Store } from './store';

/** What the panel says after the user asked for a suggestion. Never holds the password. */
export type SuggestNotice =
  /** Typed into the site's boxes and kept by the assistant as 'suggested'. */
  | { kind: 'suggested'; username: string; finalUsername?: string }
  /** Typed into the site's boxes, but the assistant could not keep a copy. */
  | { kind: 'not-kept'; username: string; /** The background's words; null: no answer. */ reason: string | null }
  /** Nothing typed: the boxes could not be used. */
  | { kind: 'manual'; message: string };

export interface SuggestState {
  busy: boolean;
  /** The answer to the user's last click, for the step it was made on. */
  notice: (SuggestNotice & { stepId: string }) | null;
}

type Send = typeof sendRequest;

export interface Generators {
  username: (tradeName: string) => string;
  password: (username: string) => string;
}

const defaultGenerators: Generators = {
  username: (tradeName) => suggestUsername(tradeName),
  password: (username) => suggestPassword(undefined, username),
};

/**
 * The panel's "Suggest a username and password" for one page visit: on the user's own click,
 * makes a pair that passes NIC's rules, types it into the site's boxes and has the background keep
 * it at once (status 'suggested'), before the user presses the site's create button. The password
 * lives only in this call: never in the state, the panel or an error.
 */
export class SuggestController extends Store<SuggestState> {
  constructor(
    private readonly flow: Flow,
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly send: Send = sendRequest,
    private readonly generate: Generators = defaultGenerators,
  ) {
    super({ busy: false, notice: null });
  }

  /** The panel's button. Only the user's own click counts: a page script's does nothing. */
  suggest = async (event: { isTrusted: boolean }, step: Step): Promise<void> => {
    const spec = step.suggest;
    if (!event.isTrusted || !spec || this.getState().busy || this.signal.aborted) return;
    this.set({ busy: true });
    const notice = await this.run(spec);
    if (this.signal.aborted) return;
    this.set({ busy: false, notice: { ...notice, stepId: step.id } });
  };

  private async run(spec: SuggestSpec): Promise<SuggestNotice> {
    const q = createPageQuery(this.doc);
    const tradeName = safely(() => spec.tradeName(q), '');
    const gstin = this.flow.capture ? safely(() => readGstin(q, this.flow.capture!), '') : '';
    const name = this.generate.username(tradeName);
    const password = this.generate.password(name);
    const typed = applySuggestion(this.doc, spec, { name, password });
    if (!typed.ok) return { kind: 'manual', message: typed.message };
    try {
      await this.send({
        type: 'capture.suggest',
        site: this.flow.id,
        gstin,
        username: typed.username,
        password,
        capturedAt: Date.now(),
      });
      const finalUsername = safely(
        () => this.flow.capture?.finalUsername?.(createPageQuery(this.doc), typed.username),
        undefined,
      );
      return { kind: 'suggested', username: typed.username, ...(finalUsername ? { finalUsername } : {}) };
    } catch (error) {
      return {
        kind: 'not-kept',
        username: typed.username,
        reason: error instanceof Error ? error.message : null,
      };
    }
  }
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback; // A page that changed shape: go on without it.
  }
}
