import { useEffect, useId, useRef, useState } from 'react';
import { GSTZEN_CLIENT } from '@/utils/environments';
import { environmentLabel } from '@/utils/flows';
import { usernameForGstzen, type CredentialSet, type CredentialStatus } from '@/utils/vault/credential-set';
import { CopyButton } from './CopyButton';
import { MaskedSecret } from './MaskedSecret';

function statusText(status: CredentialStatus, portalMessage?: string): string {
  switch (status) {
    case 'suggested':
      return 'Suggested — not submitted on the portal yet';
    case 'captured':
      return "Captured — waiting for the portal's answer";
    case 'confirmed':
      return 'Created on the portal';
    case 'rejected':
      return `Portal said: ${portalMessage?.trim() || 'an error, without a message'}`;
  }
}

const WHERE_IN_GSTZEN = 'In GSTZen (your GSTIN › E-Invoicing › Tally/SAP Integration)';

/** What to do with these values, which depends on what the portal answered. */
function gstzenLine(set: CredentialSet): string {
  if (set.status === 'confirmed') return `${WHERE_IN_GSTZEN}, type these in the boxes of the same names:`;
  if (set.status === 'captured') {
    return "The portal's answer was not seen: check on the portal that this API user exists before typing these in GSTZen.";
  }
  if (set.alreadyCreated) return `${WHERE_IN_GSTZEN}, try these first:`;
  return 'The portal did not create this API user. Fix what it said and create it again; these are what you typed:';
}

/**
 * One credential set as the popup shows it: what to type in GSTZen (username, password, client
 * ID, client secret), where it came from, and Forget with a confirm step inside the card.
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
  const client = GSTZEN_CLIENT[set.env];
  const username = usernameForGstzen(set);
  const captured = new Date(set.capturedAt);
  return (
    <article
      className={`credential ${set.status}`}
      data-testid="credential"
      data-env={set.env}
      data-gstin={set.gstin}
      data-status={set.status}
      aria-labelledby={titleId}
    >
      <header className="credential-header">
        <h3 id={titleId}>
          {environmentLabel(set.env)}
          <span className="gstin" data-testid="gstin">
            GSTIN {set.gstin || '(not given)'}
          </span>
        </h3>
        <p className={`status-badge ${set.status}`} data-testid="status">
          {statusText(set.status, set.portalMessage)}
        </p>
      </header>
      {set.status === 'rejected' && set.alreadyCreated && (
        <p className="explain" data-testid="rejected-explanation">
          We kept what you typed: the portal sometimes says the API user is "already created" even the first time. Try
          these in GSTZen before creating another.
        </p>
      )}

      <p className="gstzen-line" data-testid="gstzen-line">
        {gstzenLine(set)}
      </p>
      <dl className="fields">
        <dt>E-Invoice API Portal Username</dt>
        <dd>
          <code data-testid="username">{username}</code>
          <CopyButton text={username} label="Copy username" testId="copy-username" onCopy={onCopy} />
          {username !== set.username && (
            <small className="typed-as" data-testid="typed-username">
              (you typed {set.username}; the portal created {username})
            </small>
          )}
        </dd>
        <dt>E-Invoice API Portal Password</dt>
        <dd>
          <MaskedSecret value={set.password} label="password" testId="password" revealTestId="reveal-password" />
          <CopyButton text={set.password} label="Copy password" testId="copy-password" onCopy={onCopy} />
        </dd>
        <dt>E-Invoice Client ID</dt>
        <dd>
          <code data-testid="gstzen-client-id">{client.clientId}</code>
          <CopyButton
            text={client.clientId}
            label="Copy GSTZen client ID"
            testId="copy-gstzen-client-id"
            onCopy={onCopy}
          />
        </dd>
        <dt>E-Invoice Client Secret Key</dt>
        <dd>
          <code data-testid="gstzen-client-secret">{client.clientSecret}</code>
          <CopyButton
            text={client.clientSecret}
            label="Copy GSTZen client secret"
            testId="copy-gstzen-client-secret"
            onCopy={onCopy}
          />
        </dd>
      </dl>

      <footer className="credential-footer">
        <span className="captured-at">
          Captured{' '}
          <time dateTime={captured.toISOString()} data-testid="captured-at">
            {captured.toLocaleString()}
          </time>
        </span>
        <ForgetControl id={set.id} username={username} onForget={onForget} />
      </footer>
    </article>
  );
}

/** "Forget" asks once more, inside the card (never window.confirm). */
function ForgetControl({
  id,
  username,
  onForget,
}: {
  id: string;
  username: string;
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
        aria-label={`Forget API user ${username}`}
        onClick={() => setAsking(true)}
      >
        Forget
      </button>
    );
  }
  return (
    <div className="forget-confirm" role="group" aria-label="Confirm forgetting">
      <p>Forget {username}? The extension keeps no other copy.</p>
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
