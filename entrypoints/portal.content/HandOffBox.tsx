import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import type { HandOffController, HandOffOffer } from './hand-off-controller';
import { nativeEventOf } from './native-event';

const ENV_LABEL = { sandbox: 'Sandbox', production: 'Production' } as const;
const STATUS_LABEL: Record<HandOffOffer['status'], string> = {
  confirmed: 'created',
  captured: 'no answer seen yet',
  rejected: 'portal said “already created”',
};

/**
 * "Fill from your kept credentials" on a form that takes them (GSTZen's login form): one button
 * per kept set for the page's GSTIN, showing environment, GSTIN, the username to type and its
 * status. Never the password: it goes from the background into the page's password box.
 */
export function HandOffBox({ controller }: { controller: HandOffController }) {
  const { active, gstin, offers, pending, result, busy } = useSyncExternalStore(
    controller.subscribe,
    controller.getState,
  );
  if (!active) return null;
  return (
    <section className="hand-off" aria-label="Fill from your kept credentials" data-testid="hand-off">
      <h3>Fill from your kept credentials</h3>
      {gstin === null ? (
        <p className="notice warn" data-testid="hand-off-none">
          {whole(
            'I can’t tell which GSTIN this page is for, so I offer no credentials here. Open the form from your GSTIN’s page, or type them by hand.',
          )}
        </p>
      ) : offers === null ? (
        <p className="hint">Looking for credentials kept for {gstin}…</p>
      ) : offers.length === 0 ? (
        <p className="notice info" data-testid="hand-off-none">
          {whole(
            `No API credentials are kept for ${gstin}. Make them on the NIC portal with the assistant, or type yours by hand.`,
          )}
        </p>
      ) : (
        <ul className="offers">
          {offers.map((offer) => (
            <li key={offer.id}>
              <button
                type="button"
                className="secondary offer"
                data-testid="fill-gstzen"
                data-env={offer.env}
                data-gstin={offer.gstin}
                disabled={busy}
                onClick={(event) => void controller.pick(offer.id, nativeEventOf(event))}
              >
                <span className={`env-tag ${offer.env}`}>{ENV_LABEL[offer.env]}</span>{' '}
                <span className="offer-user">{offer.username}</span>
                <span className="offer-meta">
                  {offer.gstin} · {STATUS_LABEL[offer.status]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <div className="notice warn" role="alert" data-testid="fill-warning">
          <p>{whole(pending.warning)}</p>
          <div className="row">
            <button
              type="button"
              className="secondary"
              data-testid="fill-anyway"
              onClick={(e) => void controller.confirm(nativeEventOf(e))}
            >
              Fill anyway
            </button>
            <button
              type="button"
              className="link"
              data-testid="fill-cancel"
              onClick={(e) => controller.cancel(nativeEventOf(e))}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {result && (
        <p className={`feedback ${result.ok ? 'ok' : 'error'}`} role="status" data-testid="fill-result">
          {whole(result.message)}
        </p>
      )}
    </section>
  );
}
