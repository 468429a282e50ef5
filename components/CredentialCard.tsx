import { useEffect, useId, useRef, useState } from 'react';
import { API_USERNAME_PREFIX } from '@/utils/rules/api-user';
import { GSTZEN_CLIENT } from '@/utils/environments';
import type { CredentialSet, CredentialStatus } from '@/utils/vault/credential-set';
import { CopyButton } from './CopyButton';
import { ENVIRONMENT_TEXT, PRODUCTION_PORTAL_HOST, type EnvironmentText } from './environment-text';
import { MaskedSecret } from './MaskedSecret';
import { PortalQuote } from './PortalQuote';
import { usernameToType } from '@/utils/vault/username-to-type';

/** A capture with no answer after this long will not get one from the portal's pages. */
export const NO_ANSWER_AFTER_MS = 24 * 60 * 60_000;

function statusText(status: Exclude<CredentialStatus, 'rejected'>, capturedAt: number, now: number): string {
  switch (status) {
    case 'suggested':
      return 'Suggested — not submitted yet';
    case 'captured':
      return now - capturedAt > NO_ANSWER_AFTER_MS
        ? 'No answer seen — check on the portal whether this API user exists'
        : "Captured — waiting for the portal's answer";
    case 'confirmed':
      return 'Created on the portal';
  }
}

const TYPE_THESE = 'type these in the boxes of the same names:';

/** What to do with these values, which depends on the environment and what the portal answered. */
function gstzenLine(set: CredentialSet, text: EnvironmentText): string {
  const where = text.whereInGstzen;
  switch (set.status) {
    case 'confirmed':
      return `${where}, ${TYPE_THESE}`;
    case 'suggested':
      return `Only once the portal has created this API user: ${where}, ${TYPE_THESE}`;
    case 'captured':
      return set.env === 'production'
        ? `Once you have found it there: ${where}, ${TYPE_THESE}`
        : "The portal's answer was not seen: check on the portal that this API user exists before typing these in GSTZen.";
    case 'rejected':
      return set.alreadyCreated
        ? `${where}, try these first:`
        : 'The portal did not create this API user. Fix what it said and create it again; these are what you typed:';
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
  const envWord = text.name.toLowerCase();
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
          <span className="env-badge" data-testid="env-badge">
            {text.name}
          </span>{' '}
          API user
          <span className="gstin" data-testid="gstin">
            GSTIN {set.gstin || '(not given)'}
          </span>
        </h4>
        <p className={`status-badge ${set.status}`} data-testid="status">
          {set.status === 'rejected' ? (
            set.portalMessage?.trim() ? (
              <PortalQuote text={set.portalMessage} label="Refused. The portal said" />
            ) : (
              'Refused by the portal, without a message'
            )
          ) : (
            statusText(set.status, set.capturedAt, Date.now())
          )}
        </p>
      </header>
      {set.status === 'suggested' && (
        <p className="explain" data-testid="suggested-explanation">
          The assistant typed these into the portal's boxes. If you pressed {text.createButton} and the portal accepted
          them, they are your credentials; otherwise they are only a proposal.
        </p>
      )}
      {set.status === 'captured' && set.env === 'production' && <CapturedProductionExplanation username={username} />}
      {set.status === 'rejected' && set.alreadyCreated && (
        <p className="explain" data-testid="rejected-explanation">
          We kept what you typed: the portal sometimes says the API user is "already created" even the first time. Try
          these in GSTZen before creating another.
        </p>
      )}

      <p className="gstzen-line" data-testid="gstzen-line">
        {gstzenLine(set, text)}
      </p>
      <dl className="fields">
        <dt>E-Invoice API Portal Username</dt>
        <dd>
          <code data-testid="username">{username}</code>
          <CopyButton
            text={username}
            label={`Copy ${envWord} username`}
            badge={text.name}
            testId="copy-username"
            onCopy={onCopy}
          />
        </dd>
        {source === 'portal' && username !== set.username && (
          <dd className="typed-as" data-testid="typed-username">
            (you typed {set.username}; the portal created {username})
          </dd>
        )}
        {source === 'typed-with-prefix' && (
          <dd className="typed-as" data-testid="prefix-note">
            (you typed {set.username}; the production portal puts {API_USERNAME_PREFIX} before every API username, so
            type it with {API_USERNAME_PREFIX})
          </dd>
        )}
        <dt>E-Invoice API Portal Password</dt>
        <dd>
          <MaskedSecret
            value={set.password}
            label={`${envWord} password`}
            testId="password"
            revealTestId="reveal-password"
          />
          <CopyButton
            text={set.password}
            label={`Copy ${envWord} password`}
            badge={text.name}
            testId="copy-password"
            onCopy={onCopy}
          />
        </dd>
        <dt>E-Invoice Client ID</dt>
        <dd>
          <code data-testid="gstzen-client-id">{client.clientId}</code>
          <CopyButton
            text={client.clientId}
            label={`Copy ${envWord} GSTZen client ID`}
            badge={text.name}
            testId="copy-gstzen-client-id"
            onCopy={onCopy}
          />
        </dd>
        <dt>E-Invoice Client Secret Key</dt>
        <dd>
          <code data-testid="gstzen-client-secret">{client.clientSecret}</code>
          <CopyButton
            text={client.clientSecret}
            label={`Copy ${envWord} GSTZen client secret`}
            badge={text.name}
            testId="copy-gstzen-client-secret"
            onCopy={onCopy}
          />
        </dd>
      </dl>

      <footer className="credential-footer">
        <span className="captured-at">
          Captured{' '}
          <time dateTime={captured.toISOString()} data-testid="captured-at">
            {captured.toLocaleString('en-IN', { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
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
      <p>
        You pressed Submit, but the assistant has not seen the portal's answer (its message "Api user {username} has
        been created successfully"). Before typing these in GSTZen, check that this API user exists:
      </p>
      <ol>
        <li>Log in to {PRODUCTION_PORTAL_HOST}.</li>
        <li>Open API Registration › User Credentials.</li>
        <li>
          Look for {username}: for example choose Change API Password and see whether it is offered, or look at the
          portal's list of API users.
        </li>
        <li>If it is not there, create it again.</li>
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
        aria-label={`Forget ${envWord} API user ${username}`}
        onClick={() => setAsking(true)}
      >
        Forget
      </button>
    );
  }
  return (
    <div className="forget-confirm" role="group" aria-label="Confirm forgetting">
      <p>
        Forget the {envWord} API user {username}? The extension keeps no other copy.
      </p>
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
        Yes, forget
      </button>
      <button
        type="button"
        ref={cancelRef}
        data-testid="cancel-forget"
        disabled={busy}
        onClick={() => setAsking(false)}
      >
        Keep
      </button>
    </div>
  );
}
