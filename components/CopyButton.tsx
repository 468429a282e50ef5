import { t } from '@/utils/i18n/t';
import { useCopyState } from './use-copy-state';

/**
 * A Copy button. The text stays in props (never in the DOM); `onCopy` does the copying, so the
 * same button works wherever clipboard rules differ. `what` names what is copied, for screen
 * readers ("production password": the button is named "Copy production password"); `badge`, when given, shows the same on the button
 * ("Production"), so a sighted user sees which environment's value it copies.
 */
export function CopyButton({
  text,
  what,
  badge,
  testId,
  onCopy,
}: {
  text: string;
  what: string;
  badge?: string;
  testId?: string;
  onCopy: (text: string) => Promise<void>;
}) {
  const [state, track] = useCopyState();
  const shown =
    state === 'copied' ? t('component_copied') : state === 'failed' ? t('component_copy_failed') : t('component_copy');
  const label = t('component_copy_what', { what });
  // The name starts with the words on the button (WCAG 2.5.3: "click Copy" works by voice), the
  // badge's environment included ("Copy Sandbox" is in "Copy sandbox password").
  const name = state === 'idle' ? label : t('component_copy_state_what', { state: shown, what });

  return (
    <>
      <button
        type="button"
        className={`copy-button ${state}`}
        data-testid={testId}
        aria-label={name}
        onClick={() => track(onCopy(text))}
      >
        {shown}
        {badge && ' '}
        {badge && (
          <span className="copy-badge" aria-hidden="true" data-testid={testId && `${testId}-badge`}>
            {badge}
          </span>
        )}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('component_copy_done', { label }) : ''}
        {state === 'failed' ? t('component_copy_refused', { label }) : ''}
      </span>
    </>
  );
}
