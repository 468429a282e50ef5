import { useCopyState } from './use-copy-state';

/**
 * A Copy button. The text stays in props (never in the DOM); `onCopy` does the copying, so the
 * same button works wherever clipboard rules differ. `label` names what is copied, for screen
 * readers ("Copy production password"); `badge`, when given, shows the same on the button
 * ("Production"), so a sighted user sees which environment's value it copies.
 */
export function CopyButton({
  text,
  label,
  badge,
  testId,
  onCopy,
}: {
  text: string;
  label: string;
  badge?: string;
  testId?: string;
  onCopy: (text: string) => Promise<void>;
}) {
  const [state, track] = useCopyState();
  const shown = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
  // The name starts with the words on the button (WCAG 2.5.3: "click Copy" works by voice), the
  // badge's environment included ("Copy Sandbox" is in "Copy sandbox password").
  const name = state === 'idle' ? label : `${shown}: ${label.replace(/^Copy /, '')}`;

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
        {state === 'copied' ? `${label}: done. The clipboard is emptied after 30 seconds.` : ''}
        {state === 'failed' ? `${label}: the browser did not allow copying.` : ''}
      </span>
    </>
  );
}
