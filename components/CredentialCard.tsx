import { useEffect, useId, useRef, useState } from 'react';
import { API_USERNAME_PREFIX } from '@/utils/rules/api-user';
import { GSTZEN_CLIENT } from '@/utils/environments';
import type { CredentialSet, CredentialStatus } from '@/utils/vault/credential-set';
import { CopyButton } from './CopyButton';
import { ENVIRONMENT_TEXT, PRODUCTION_PORTAL_HOST, type EnvironmentText } from './environment-text';
import { MaskedSecret } from './MaskedSecret';
import { PortalQuote } from './PortalQuote';
import { usernameToType } from '@/utils/vault/username-to-type';
import { indiaTime } from '@/utils/india-time';
import { t } from '@/utils/i18n/t';
import { tElements } from './t-elements';

/** A capture with no answer after this long will not get one from the portal's pages. */
export const NO_ANSWER_AFTER_MS = 24 * 60 * 60_000;

function statusText(status: Exclude<CredentialStatus, 'rejected'>, capturedAt: number, now: number): string {
  switch (status) {
    case 'suggested':
      return t('card_status_suggested');
    case 'captured':
      return now - capturedAt > NO_ANSWER_AFTER_MS ? t('card_status_no_answer') : t('card_status_captured');
    case 'confirmed':
      return t('card_status_confirmed');
  }
}

/** What to do with these values, which depends on the environment and what the portal answered. */
function gstzenLine(set: CredentialSet, text: EnvironmentText): string {
  const where = text.whereInGstzen();
  switch (set.status) {
    case 'confirmed':
      return t('card_gstzen_confirmed', { where });
    case 'suggested':
      return t('card_gstzen_suggested', { where });
    case 'captured':
      return set.env === 'production' ? t('card_gstzen_captured_production', { where }) : t('card_gstzen_captured');
    case 'rejected':
      return set.alreadyCreated ? t('card_gstzen_already_created', { where }) : t('card_gstzen_refused');
  }
}

/**
 * One credential set as the popup shows it: what to type in GSTZen (username, password, client
 * ID, client secret) under GSTZen's own box names, where it came from, and Forget with a confirm
 * step inside the card. Every button names the environment ("Copy production username"), so a
 * value is never copied from the wrong one by mistake.
 */
export function CredentialCard({
  set,
  onCopy,
  onForget,
}: {
  set: CredentialSet;
  onCopy: (text: string) => Promise<void>;
  onForget: (id: string) => Promise<void>;
}) {
  const titleId = useId();
  const text = ENVIRONMENT_TEXT[set.env];
  const envWord = text.word();
  const client = GSTZEN_CLIENT[set.env];
  const { username, source } = usernameToType(set);
  const captured = new Date(set.capturedAt);
  return (
    <article
      className={`credential ${set.status} env-${set.env}`}
      data-testid="credential"
      data-env={set.env}
      data-gstin={set.gstin}
      data-status={set.status}
      aria-labelledby={titleId}
    >
      <header className="credential-header">
        <h4 id={titleId}>
          {tElements('card_title', {
            env: (
              <span className="env-badge" data-testid="env-badge">
                {text.name()}
              </span>
            ),
          })}
          <span className="gstin" data-testid="gstin">
            {set.gstin ? `GSTIN ${set.gstin}` : t('card_gstin_not_given')}
          </span>
        </h4>
        <p className={`status-badge ${set.status}`} data-testid="status">
          {set.status === 'rejected' ? (
            set.portalMessage?.trim() ? (
              <PortalQuote text={set.portalMessage} label={t('card_refused_portal_said')} />
            ) : (
              t('card_refused_no_message')
            )
          ) : (
            statusText(set.status, set.capturedAt, Date.now())
          )}
        </p>
      </header>
      {set.status === 'suggested' && (
        <p className="explain" data-testid="suggested-explanation">
          {t('card_suggested_explanation', { button: text.createButton })}
        </p>
      )}
      {set.status === 'captured' && set.env === 'production' && <CapturedProductionExplanation username={username} />}
      {set.status === 'rejected' && set.alreadyCreated && (
        <p className="explain" data-testid="rejected-explanation">
          {t('card_already_created_explanation')}
        </p>
      )}

      <p className="gstzen-line" data-testid="gstzen-line">
        {gstzenLine(set, text)}
      </p>
      <dl className="fields">
        <dt>{t('card_box_username')}</dt>
        <dd>
          <code data-testid="username">{username}</code>
          <CopyButton
            text={username}
            what={t('card_what_username', { env: envWord })}
            badge={text.name()}
            testId="copy-username"
            onCopy={onCopy}
          />
        </dd>
        {source === 'portal' && username !== set.username && (
          <dd className="typed-as" data-testid="typed-username">
            {t('card_typed_portal_created', { typed: set.username, username })}
          </dd>
        )}
        {source === 'typed-with-prefix' && (
          <dd className="typed-as" data-testid="prefix-note">
            {t('card_typed_prefix', { typed: set.username, prefix: API_USERNAME_PREFIX })}
          </dd>
        )}
        <dt>{t('card_box_password')}</dt>
        <dd>
          <MaskedSecret
            value={set.password}
            label={t('card_what_password', { env: envWord })}
            testId="password"
            revealTestId="reveal-password"
          />
          <CopyButton
            text={set.password}
            what={t('card_what_password', { env: envWord })}
            badge={text.name()}
            testId="copy-password"
            onCopy={onCopy}
          />
        </dd>
        <dt>{t('card_box_client_id')}</dt>
        <dd>
          <code data-testid="gstzen-client-id">{client.clientId}</code>
          <CopyButton
            text={client.clientId}
            what={t('card_what_client_id', { env: envWord })}
            badge={text.name()}
            testId="copy-gstzen-client-id"
            onCopy={onCopy}
          />
        </dd>
        <dt>{t('card_box_client_secret')}</dt>
        <dd>
          <code data-testid="gstzen-client-secret">{client.clientSecret}</code>
          <CopyButton
            text={client.clientSecret}
            what={t('card_what_client_secret', { env: envWord })}
            badge={text.name()}
            testId="copy-gstzen-client-secret"
            onCopy={onCopy}
          />
        </dd>
      </dl>

      <footer className="credential-footer">
        <span className="captured-at">
          {tElements('card_captured_at', {
            time: (
              <time dateTime={captured.toISOString()} data-testid="captured-at">
                {indiaTime(set.capturedAt)}
              </time>
            ),
          })}
        </span>
        <ForgetControl id={set.id} username={username} envWord={envWord} onForget={onForget} />
      </footer>
    </article>
  );
}

/**
 * A production set pressed but not answered: the portal announces success only in an alert
 * (docs/portals.md#create-api-user), so say what was missed and how to look the API user up.
 */
function CapturedProductionExplanation({ username }: { username: string }) {
  return (
    <div className="explain" data-testid="captured-explanation">
      <p>{t('card_captured_production', { username })}</p>
      <ol>
        <li>{t('card_captured_production_log_in', { host: PRODUCTION_PORTAL_HOST })}</li>
        <li>{t('card_captured_production_open')}</li>
        <li>{t('card_captured_production_look', { username })}</li>
        <li>{t('card_captured_production_again')}</li>
      </ol>
    </div>
  );
}

/** "Forget" asks once more, inside the card (never window.confirm). */
function ForgetControl({
  id,
  username,
  envWord,
  onForget,
}: {
  id: string;
  username: string;
  /** "sandbox", "production". */
  envWord: string;
  onForget: (id: string) => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    // Move focus into the question when it opens, and back to Forget when it closes.
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) forgetRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        ref={forgetRef}
        className="forget-button"
        data-testid="forget"
        aria-label={t('card_forget_label', { env: envWord, username })}
        onClick={() => setAsking(true)}
      >
        {t('card_forget')}
      </button>
    );
  }
  return (
    <div className="forget-confirm" role="group" aria-label={t('card_confirm_forgetting')}>
      <p>{t('card_forget_question', { env: envWord, username })}</p>
      <button
        type="button"
        className="danger"
        data-testid="confirm-forget"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          onForget(id)
            .catch(() => undefined)
            .finally(() => {
              setBusy(false);
              setAsking(false);
            });
        }}
      >
        {t('card_yes_forget')}
      </button>
      <button
        type="button"
        ref={cancelRef}
        data-testid="cancel-forget"
        disabled={busy}
        onClick={() => setAsking(false)}
      >
        {t('card_keep')}
      </button>
    </div>
  );
}
