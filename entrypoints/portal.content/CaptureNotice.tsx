import { useState } from 'react';
import { keepHyphenatedWords as whole } from '@/components/StepList';
import type { CaptureNotice as Notice } from './assistant';

const WHERE = whole(
  'See them with the button below, or with the e-Invoice Assistant icon in the browser toolbar (under the puzzle-piece button if it is not pinned).',
);

/** What happened to the credentials the user created. Shows the username, never the password. */
export function CaptureNotice({
  notice,
  onShowCredentials,
}: {
  notice: Notice | null;
  onShowCredentials: () => Promise<void>;
}) {
  if (!notice) return null;
  const body = noticeBody(notice);
  if (notice.kind === 'not-kept') return body;
  return (
    <>
      {body}
      <ShowCredentialsButton onShow={onShowCredentials} />
    </>
  );
}

/** Opens the kept credentials in a tab: the toolbar icon is easy to miss. */
function ShowCredentialsButton({ onShow }: { onShow: () => Promise<void> }) {
  const [failed, setFailed] = useState<string | null>(null);
  const show = () => {
    setFailed(null);
    onShow().catch((error: unknown) =>
      setFailed(
        `Could not open them (${error instanceof Error ? error.message : 'no answer'}): use the toolbar icon instead.`,
      ),
    );
  };
  return (
    <>
      <button type="button" className="secondary" data-testid="show-credentials" onClick={show}>
        Show my credentials
      </button>
      {failed && (
        <p className="feedback error" role="alert">
          {whole(failed)}
        </p>
      )}
    </>
  );
}

function noticeBody(notice: Notice) {
  switch (notice.kind) {
    case 'captured':
      return (
        <div className="notice info" role="status" data-testid="capture-notice" data-kind="captured">
          Kept a copy of the username <b>{whole(notice.username)}</b> and its password in the assistant, waiting for the
          portal's answer. {WHERE}
        </div>
      );
    case 'confirmed':
      return (
        <div className="notice ok" role="status" data-testid="capture-notice" data-kind="confirmed">
          The portal created API user <b>{whole(notice.username)}</b>. Its password is kept in the assistant. {WHERE}
        </div>
      );
    case 'rejected':
      return (
        <div className="notice warn" role="alert" data-testid="capture-notice" data-kind="rejected">
          The portal answered: “{whole(notice.portalMessage)}”
          {notice.alreadyCreated ? (
            <p>
              This portal sometimes says so even the first time. The credentials you typed (username{' '}
              <b>{whole(notice.username)}</b> and its password) were captured before it answered, so they are not lost.{' '}
              {WHERE} Try them in GSTZen before creating new ones.
            </p>
          ) : (
            <p>
              The credentials you typed (username <b>{whole(notice.username)}</b>) are kept, marked as refused. Fix what the
              portal says and press Create again. {WHERE}
            </p>
          )}
        </div>
      );
    case 'not-kept':
      return (
        <div className="notice error" role="alert" data-testid="capture-notice" data-kind="not-kept">
          The assistant could not keep a copy of your credentials ({whole(notice.reason)}). Write the username and password
          down now.
        </div>
      );
  }
}
