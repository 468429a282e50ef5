import { useState } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import { PortalQuote } from '@/components/PortalQuote';
import { tElements } from '@/components/t-elements';
import { t, type MessageKey } from '@/utils/i18n/t';
import type { CaptureNotice as Notice } from './capture-controller';
import { nativeEventOf } from './native-event';

// The project's one story, in every notice and in the step texts: when the user presses Create,
// the assistant keeps a copy of the username and password they typed; writing them down as well
// is fine (the help document asks for it), never a contradiction.

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
  // The error's own words (null: no answer), put in a sentence when drawn.
  const [failed, setFailed] = useState<{ reason: string | null } | null>(null);
  const show = (event: Parameters<typeof nativeEventOf>[0]) => {
    setFailed(null);
    onShow(nativeEventOf(event)).catch((error: unknown) =>
      setFailed({ reason: error instanceof Error ? error.message : null }),
    );
  };
  return (
    <>
      <button type="button" className="secondary" data-testid="show-credentials" onClick={show}>
        {t('panel_show_credentials')}
      </button>
      {failed && (
        <p className="feedback error" role="alert">
          {whole(t('panel_show_credentials_failed', { reason: failed.reason ?? t('panel_no_answer') }))}
        </p>
      )}
    </>
  );
}

/** A sentence with the username in bold, the rest kept whole at hyphens. */
function withUsername(key: MessageKey, username: string, values: Record<string, string> = {}) {
  return tElements(key, { username: <b>{whole(username)}</b> }, { ...values, where: t('panel_capture_where') }, whole);
}

function notKeptReason(reason: Extract<Notice, { kind: 'not-kept' }>['reason']): string {
  if (typeof reason === 'string') return reason;
  if ('maxPresses' in reason) return t('panel_capture_too_many_presses', { count: reason.maxPresses });
  return t('panel_capture_no_answer');
}

function noticeBody(notice: Notice) {
  switch (notice.kind) {
    case 'captured':
      return (
        <div className="notice info" role="status" data-testid="capture-notice" data-kind="captured">
          {withUsername('panel_capture_captured', notice.username, { button: notice.button })}
        </div>
      );
    case 'confirmed':
      return (
        <div className="notice ok" role="status" data-testid="capture-notice" data-kind="confirmed">
          {withUsername('panel_capture_confirmed', notice.username)}
        </div>
      );
    case 'rejected':
      return (
        <div className="notice warn" role="alert" data-testid="capture-notice" data-kind="rejected">
          <PortalQuote text={notice.portalMessage} label={t('panel_portal_answered')} />
          <p>
            {withUsername(
              notice.alreadyCreated ? 'panel_capture_already_created' : 'panel_capture_refused',
              notice.username,
              { button: notice.button },
            )}
          </p>
        </div>
      );
    case 'not-kept':
      return (
        <div className="notice error" role="alert" data-testid="capture-notice" data-kind="not-kept">
          {whole(t('panel_capture_not_kept', { reason: notKeptReason(notice.reason) }))}
        </div>
      );
  }
}
