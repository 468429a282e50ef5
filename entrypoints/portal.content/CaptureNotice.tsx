import { useState } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import { PortalQuote } from '@/components/PortalQuote';
import type { CaptureNotice as Notice } from './capture-controller';
import { nativeEventOf } from './native-event';

// The project's one story, in every notice and in the step texts: when the user presses Create,
// the assistant keeps a copy of the username and password they typed; writing them down as well
// is fine (the help document asks for it), never a contradiction.

const WHERE = whole(
  'See them with the button below, or with the e-Invoice Assistant icon in the browser toolbar (under the puzzle-piece button if it is not pinned).',
);
const ALSO_WRITE = 'You can also write them down.';

/** What happened to the credentials the user created. Shows the username, never the password. */
export function CaptureNotice({
  notice,
  onShowCredentials,
}: {
  notice: Notice | null;
  onShowCredentials: (event: { isTrusted: boolean }) => Promise<void>;
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
function ShowCredentialsButton({ onShow }: { onShow: (event: { isTrusted: boolean }) => Promise<void> }) {
  const [failed, setFailed] = useState<string | null>(null);
  const show = (event: Parameters<typeof nativeEventOf>[0]) => {
    setFailed(null);
    onShow(nativeEventOf(event)).catch((error: unknown) =>
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
          The assistant kept a copy of the username <b>{whole(notice.username)}</b> and its password when you pressed{' '}
          {notice.button}, and is waiting for the portal's answer. {ALSO_WRITE} {WHERE}
        </div>
      );
    case 'confirmed':
      return (
        <div className="notice ok" role="status" data-testid="capture-notice" data-kind="confirmed">
          The portal created API user <b>{whole(notice.username)}</b>. The assistant keeps a copy of its username and
          password for you to type into GSTZen. {ALSO_WRITE} {WHERE}
        </div>
      );
    case 'rejected':
      return (
        <div className="notice warn" role="alert" data-testid="capture-notice" data-kind="rejected">
          <PortalQuote text={notice.portalMessage} label="The portal answered" />
          {notice.alreadyCreated ? (
            <p>
              This portal sometimes says so even the first time. The assistant captured the username{' '}
              <b>{whole(notice.username)}</b> and its password when you pressed {notice.button}, before the portal
              answered, so you still have them. Try them in GSTZen before you create new ones. {WHERE}
            </p>
          ) : (
            <p>
              The assistant keeps the username <b>{whole(notice.username)}</b> and password you typed, marked as
              refused. Fix what the portal says and press {notice.button} again. {WHERE}
            </p>
          )}
        </div>
      );
    case 'not-kept':
      return (
        <div className="notice error" role="alert" data-testid="capture-notice" data-kind="not-kept">
          The assistant could not keep a copy of your credentials ({whole(notice.reason)}). Write the username and
          password down now: you will type them into GSTZen.
        </div>
      );
  }
}
