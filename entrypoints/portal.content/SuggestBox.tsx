import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import type { Flow, Step } from '@/utils/engine/flow';
import { t } from '@/utils/i18n/t';
import type { SuggestController, SuggestNotice } from './suggest-controller';
import { nativeEventOf } from './native-event';

/**
 * The button that suggests a username and password, and what came of it. Names the username,
 * never the password: the password is only in the portal's own (masked) boxes and in the vault.
 */
export function SuggestBox({ flow, step, controller }: { flow: Flow; step: Step; controller: SuggestController }) {
  const { busy, notice } = useSyncExternalStore(controller.subscribe, controller.getState);
  if (!step.suggest) return null;
  const shown = notice?.stepId === step.id ? notice : null;
  return (
    <>
      <button
        type="button"
        className="secondary"
        data-testid="suggest"
        aria-busy={busy}
        disabled={busy}
        onClick={(event) => void controller.suggest(nativeEventOf(event), step)}
      >
        {t('panel_suggest')}
      </button>
      {shown && (
        <p
          className={`notice ${shown.kind === 'suggested' ? 'ok' : 'warn'}`}
          role="status"
          data-testid="suggest-notice"
          data-kind={shown.kind}
        >
          {whole(noticeText(shown, createButton(flow)))}
        </p>
      )}
    </>
  );
}

/** "Create", as the flow names the site's create button. */
function createButton(flow: Flow): string {
  return flow.capture ? `“${flow.capture.buttonName}”` : t('panel_suggest_any_create_button');
}

/** Production: the name the portal will make of the one typed (with API_), when it differs. */
function finalLine(notice: { username: string; finalUsername?: string }): string {
  return notice.finalUsername && notice.finalUsername !== notice.username
    ? ` ${t('panel_suggest_final_username', { username: notice.finalUsername })}`
    : '';
}

function noticeText(notice: SuggestNotice, create: string): string {
  switch (notice.kind) {
    case 'suggested':
      return t('panel_suggest_suggested', { username: notice.username, final: finalLine(notice), create });
    case 'not-kept':
      return t('panel_suggest_not_kept', {
        username: notice.username,
        reason: notice.reason ?? t('panel_suggest_no_answer'),
        create,
      });
    case 'manual':
      return notice.message;
  }
}
