import { useState } from 'react';
import { t } from '@/utils/i18n/t';

/** Always eight dots, whatever the length: the mask must not tell how long the secret is. */
const MASK = '••••••••';

/**
 * A secret shown as dots until the user presses Reveal. While hidden, the real value is not in
 * the DOM at all (not merely styled away), so nothing reading the page text can see it.
 */
export function MaskedSecret({
  value,
  label,
  testId,
  revealTestId,
}: {
  value: string;
  /** What it is, in lower case: "sandbox password". */
  label: string;
  testId?: string;
  revealTestId?: string;
}) {
  const [revealed, setRevealed] = useState(false);
  return (
    <span className="masked-secret">
      <code data-testid={testId} data-revealed={revealed} aria-hidden={!revealed}>
        {revealed ? value : MASK}
      </code>
      {!revealed && <span className="visually-hidden">{t('component_secret_hidden', { label })}</span>}
      <button
        type="button"
        className="reveal-button"
        data-testid={revealTestId}
        aria-pressed={revealed}
        aria-label={revealed ? t('component_hide_label', { label }) : t('component_reveal_label', { label })}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealed ? t('component_hide') : t('component_reveal')}
      </button>
    </span>
  );
}
