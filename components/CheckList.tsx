import type { CheckState } from '@/utils/engine/evaluate';
import { t } from '@/utils/i18n/t';
import { keepHyphenatedWords } from './keep-hyphenated-words';

const ICONS = { ok: '✓', warning: '!', error: '✗', empty: '○' } as const;

/** Live checks of what the user typed. data-ok is "true" only for a fully valid value. */
export function CheckList({ checks }: { checks: readonly CheckState[] }) {
  if (checks.length === 0) return null;
  return (
    <ul className="checks" aria-label={t('component_checks_label')}>
      {checks.map(({ id, label, result }) => (
        <li
          key={id}
          data-testid={`check-${id}`}
          data-ok={String(result.status === 'ok')}
          data-status={result.status}
          className={`check ${result.status}`}
        >
          <span className="check-icon" aria-hidden="true">
            {ICONS[result.status]}
          </span>
          <span>
            <strong>{keepHyphenatedWords(label)}:</strong> {keepHyphenatedWords(result.message)}
          </span>
        </li>
      ))}
    </ul>
  );
}
