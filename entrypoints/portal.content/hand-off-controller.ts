import { setInputValue } from '@/utils/engine/actions';
import type { FlowSnapshot } from '@/utils/engine/evaluate';
import { findFillable, isFillable } from '@/utils/engine/fillable';
import type { Flow, HandOffSpec } from '@/utils/engine/flow';
import { createPageQuery } from '@/utils/engine/page-query';
import type { Environment } from '@/utils/environments';
import type { ResponseOf } from '@/utils/messages';
import { sendRequest } from '@/utils/messaging';
import { fillMismatchWarning } from '@/utils/rules/gstzen-form';
import { t, type MessageKey } from '@/utils/i18n/t';
import { Store } from './store';

export type HandOffOffer = ResponseOf<'handoff.offer'>['sets'][number];

export interface HandOffState {
  /** The step's hand-off is on this page (GSTZen's login form). */
  active: boolean;
  /** The GSTIN the page is about; null when it cannot tell (then nothing is offered). */
  gstin: string | null;
  /** The kept sets for that GSTIN (never a password); null while asking. */
  offers: HandOffOffer[] | null;
  /** A pick for the other environment than the page says, waiting for "Fill anyway". */
  pending: { id: string; warning: string; say: () => string } | null;
  result: ({ ok: boolean } & Said) | null;
  busy: boolean;
}

/**
 * Words the box shows: `say` writes them in the language spoken when the box is drawn (a switch of
 * language redraws them); `message` is them as first written.
 */
export interface Said {
  message: string;
  say: () => string;
}

function said(say: () => string): Said {
  return { message: say(), say };
}

type Send = typeof sendRequest;
const idle: HandOffState = { active: false, gstin: null, offers: null, pending: null, result: null, busy: false };

/** What "Filled …" says, per environment (a sentence each: the words around the name differ in Hindi). */
const FILLED_KEY: Record<Environment, MessageKey> = {
  sandbox: 'panel_handoff_filled_sandbox',
  production: 'panel_handoff_filled_production',
};

/**
 * The panel's "fill from your kept credentials" on a form that takes them (GSTZen's e-Invoice
 * login): lists the sets the background keeps for the page's GSTIN, and on the user's click asks
 * for one and types it into the four visible boxes. The password goes from the background's
 * answer straight into the password box and is not kept here; the form is never submitted.
 */
export class HandOffController extends Store<HandOffState> {
  private grant: string | null = null;
  private asking: string | null = null;
  private spec: HandOffSpec | null = null;
  private siteId = '';

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly send: Send = sendRequest,
    /** Which boxes count as usable (injected for unit tests: happy-dom has no layout). */
    private readonly fillable: (el: Element) => el is HTMLInputElement = isFillable,
  ) {
    super(idle);
  }

  /** The guide read the page again: offer the sets when the step takes them. Never throws. */
  pageChanged = (snapshot: FlowSnapshot, flow: Flow): void => {
    if (this.signal.aborted) return;
    const spec = snapshot.found ? snapshot.step.handOff : undefined;
    if (!spec) {
      if (this.getState().active) this.set(idle);
      return;
    }
    let gstin: string | null = null;
    try {
      gstin = flow.pageGstin?.(createPageQuery(this.doc), new URL(this.doc.location.href)) ?? null;
    } catch {
      gstin = null;
    }
    const state = this.getState();
    if (state.active && state.gstin === gstin) return;
    this.spec = spec;
    this.siteId = flow.id;
    this.set({ ...idle, active: true, gstin, offers: gstin ? null : [] });
    if (gstin) void this.loadOffers(gstin);
  };

  private async loadOffers(gstin: string): Promise<void> {
    this.asking = gstin;
    try {
      const { grant, sets } = await this.send({ type: 'handoff.offer', site: this.siteId, gstin });
      if (this.signal.aborted || this.asking !== gstin || this.getState().gstin !== gstin) return;
      this.grant = grant;
      // The set for the environment the page says it is for comes first.
      const pageEnv = this.readPageEnvironment();
      this.set({ offers: [...sets].sort((a, b) => Number(b.env === pageEnv) - Number(a.env === pageEnv)) });
    } catch (error) {
      if (this.signal.aborted || this.getState().gstin !== gstin) return;
      this.set({ offers: [], result: { ok: false, ...said(() => readable(error)) } });
    }
  }

  /** The user clicked a set's button. A page script's click does nothing. */
  pick = async (id: string, event: { isTrusted: boolean }): Promise<void> => {
    if (!event.isTrusted || this.signal.aborted || this.getState().busy) return;
    const offer = this.getState().offers?.find((o) => o.id === id);
    if (!offer || !this.spec) return;
    const pageEnv = this.readPageEnvironment();
    const warning = fillMismatchWarning(offer.env, pageEnv);
    if (warning) {
      const words = () => fillMismatchWarning(offer.env, pageEnv) ?? warning;
      this.set({ pending: { id, warning, say: words }, result: null });
      return;
    }
    await this.fill(offer);
  };

  /** "Fill anyway" after the environment warning. */
  confirm = async (event: { isTrusted: boolean }): Promise<void> => {
    const { pending, offers } = this.getState();
    if (!event.isTrusted || !pending || this.signal.aborted) return;
    const offer = offers?.find((o) => o.id === pending.id);
    this.set({ pending: null });
    if (offer) await this.fill(offer);
  };

  cancel = (event: { isTrusted: boolean }): void => {
    if (event.isTrusted) this.set({ pending: null });
  };

  /**
   * The four boxes, each the one usable box its words name; the password box must be a password
   * box and the username box must not be one. Else the first box that fails.
   */
  private findBoxes(spec: HandOffSpec): Boxes | { missing: BoxKey } {
    const found: Partial<Boxes> = {};
    for (const key of BOX_KEYS) {
      const box = findFillable(this.doc, spec[key], this.fillable);
      const rightKind = key === 'password' ? box?.type === 'password' : box?.type !== 'password';
      if (!box || !rightKind) return { missing: key };
      found[key] = box;
    }
    return found as Boxes;
  }

  private readPageEnvironment(): Environment | null {
    try {
      return this.spec?.pageEnvironment(createPageQuery(this.doc)) ?? null;
    } catch {
      return null;
    }
  }

  private async fill(offer: HandOffOffer): Promise<void> {
    const spec = this.spec;
    const gstin = this.getState().gstin;
    if (!spec || !gstin || !this.grant) return;
    // Every box must be there, visible and usable before anything is asked for or typed.
    const boxes = this.findBoxes(spec);
    if ('missing' in boxes) {
      this.set({
        result: {
          ok: false,
          ...said(() => t('panel_handoff_box_missing', { box: BOX_NAMES[boxes.missing] })),
        },
      });
      return;
    }
    this.set({ busy: true, result: null });
    const grant = this.grant;
    this.grant = null;
    try {
      const filled = await this.send({ type: 'handoff.fill', site: this.siteId, gstin, id: offer.id, grant });
      if (this.signal.aborted) return;
      // The page may have changed while the background answered: the same four boxes, still
      // usable, still a password box for the password, or nothing is typed.
      const now = this.findBoxes(spec);
      if ('missing' in now || BOX_KEYS.some((key) => now[key] !== boxes[key])) {
        this.set({
          busy: false,
          result: {
            ok: false,
            ...said(() => t('panel_handoff_form_changed')),
          },
        });
        return;
      }
      setInputValue(now.username, filled.username);
      setInputValue(now.password, filled.password);
      setInputValue(now.clientId, filled.clientId);
      setInputValue(now.clientSecret, filled.clientSecret);
      this.set({
        busy: false,
        result: {
          ok: true,
          ...said(() => t(FILLED_KEY[filled.env], { username: filled.username, clientId: filled.clientId })),
        },
      });
    } catch (error) {
      if (this.signal.aborted) return;
      this.set({ busy: false, result: { ok: false, ...said(() => readable(error)) } });
    } finally {
      // A fresh list (and grant) for the next click.
      if (!this.signal.aborted) void this.loadOffers(gstin);
    }
  }
}

type BoxKey = 'username' | 'password' | 'clientId' | 'clientSecret';
type Boxes = Record<BoxKey, HTMLInputElement>;
const BOX_KEYS: readonly BoxKey[] = ['username', 'password', 'clientId', 'clientSecret'];

const BOX_NAMES: Record<BoxKey, string> = {
  username: '“E-Invoice API Portal Username”',
  password: '“E-Invoice API Portal Password”',
  clientId: '“E-Invoice Client ID”',
  clientSecret: '“E-Invoice Client Secret Key”',
};

function readable(error: unknown): string {
  return error instanceof Error && error.message ? error.message : t('panel_handoff_no_answer');
}
