import { useId } from 'react';
import { browserLanguageHere } from '@/utils/i18n/browser-language';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, type LanguageChoice } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/t';
import { useLanguageChoice } from './use-language-choice';

/**
 * The popup's language switch: the browser's language (the default), English or Hindi. Each
 * language is named in its own words, so a reader of either finds theirs.
 */
export function LanguageSwitch() {
  const { choice, choose, error } = useLanguageChoice();
  const id = useId();
  const label = (option: LanguageChoice) =>
    option === 'auto'
      ? t('language_auto', { language: LANGUAGE_NAMES[browserLanguageHere()] })
      : LANGUAGE_NAMES[option];
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language_label')}</label>
      <select
        id={id}
        data-testid="language-switch"
        value={choice}
        onChange={(event) => void choose(event.currentTarget.value as LanguageChoice)}
      >
        {LANGUAGE_CHOICES.map((option) => (
          <option key={option} value={option} lang={option === 'auto' ? undefined : option}>
            {label(option)}
          </option>
        ))}
      </select>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
