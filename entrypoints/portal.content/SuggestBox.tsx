import { useSyncExternalStore } from 'react';
import { keepHyphenatedWords as whole } from '@/components/keep-hyphenated-words';
import type { Flow, Step } from '@/utils/engine/flow';
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
        Suggest a username and password
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
  return flow.capture ? `“${flow.capture.buttonName}”` : 'the button that creates the API user';
}

/** Production: the name the portal will make of the one typed (with API_), when it differs. */
function finalLine(notice: { username: string; finalUsername?: string }): string {
  return notice.finalUsername && notice.finalUsername !== notice.username
    ? ` Your API username will be ${notice.finalUsername}: that is the one to type in GSTZen.`
    : '';
}

function noticeText(notice: SuggestNotice, create: string): string {
  switch (notice.kind) {
    case 'suggested':
      return `I typed the username ${notice.username} and a new password in the portal's boxes (the password in both, hidden).${finalLine(notice)} The assistant has kept both already; you can see the password later with the toolbar icon. Press ${create} when you are ready.`;
    case 'not-kept':
      return `I typed the username ${notice.username} and a new password in the portal's boxes, but the assistant could not keep a copy yet (${notice.reason}). It tries again when you press ${create}.`;
    case 'manual':
      return notice.message;
  }
}
