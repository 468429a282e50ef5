import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import { ENVIRONMENT_TEXT } from '@/components/environment-text';
import { t, type MessageKey } from '@/utils/i18n/t';
import type { HandOffController, HandOffOffer } from './hand-off-controller';
import { nativeEventOf } from './native-event';

const STATUS_LABEL: Record<HandOffOffer['status'], MessageKey> = {
  confirmed: 'panel_handoff_status_confirmed',
  captured: 'panel_handoff_status_captured',
  rejected: 'panel_handoff_status_rejected',
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
    <section className="hand-off" aria-label={t('panel_handoff_heading')} data-testid="hand-off">
      <h3>{t('panel_handoff_heading')}</h3>
      {gstin === null ? (
        <p className="notice warn" data-testid="hand-off-none">
          {whole(t('panel_handoff_no_gstin'))}
        </p>
      ) : offers === null ? (
        <p className="hint">{t('panel_handoff_looking', { gstin })}</p>
      ) : offers.length === 0 ? (
        <p className="notice info" data-testid="hand-off-none">
          {whole(t('panel_handoff_none_kept', { gstin }))}
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
                <span className={`env-tag ${offer.env}`}>{ENVIRONMENT_TEXT[offer.env].name()}</span>{' '}
                <span className="offer-user">{offer.username}</span>
                <span className="offer-meta">
                  {offer.gstin} · {t(STATUS_LABEL[offer.status])}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <div className="notice warn" role="alert" data-testid="fill-warning">
          <p>{whole(pending.say())}</p>
          <div className="row">
            <button
              type="button"
              className="secondary"
              data-testid="fill-anyway"
              onClick={(e) => void controller.confirm(nativeEventOf(e))}
            >
              {t('panel_handoff_fill_anyway')}
            </button>
            <button
              type="button"
              className="link"
              data-testid="fill-cancel"
              onClick={(e) => controller.cancel(nativeEventOf(e))}
            >
              {t('panel_cancel')}
            </button>
          </div>
        </div>
      )}
      {result && (
        <p className={`feedback ${result.ok ? 'ok' : 'error'}`} role="status" data-testid="fill-result">
          {whole(result.say())}
        </p>
      )}
    </section>
  );
}
