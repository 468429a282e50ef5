import { useCallback, useEffect, useState } from 'react';
import { browserLanguageHere } from '@/utils/i18n/browser-language';
import { readLanguageChoice, watchLanguageChoice, writeLanguageChoice } from '@/utils/i18n/language-setting';
import { type LanguageChoice, resolveLanguage } from '@/utils/i18n/languages';
import { currentLanguage, setLanguage, t } from '@/utils/i18n/t';

/** The page speaks `choice`: `t`, the document's language (for screen readers) and its title. */
export function speakInPopup(choice: LanguageChoice): void {
  setLanguage(resolveLanguage(choice, browserLanguageHere()));
  document.documentElement.lang = currentLanguage();
  document.title = t('extName');
}

/** Before the first drawing: the popup opens in the chosen language, with no flash of another. */
export async function speakChosenLanguageInPopup(): Promise<void> {
  try {
    speakInPopup(await readLanguageChoice());
  } catch {
    speakInPopup('auto');
  }
}

/**
 * The language switch's state: the stored choice, changed by the user here or in another of the
 * extension's pages (the board's tab). Saving it tells the open panels too (the background does).
 */
export function useLanguageChoice(): {
  choice: LanguageChoice;
  choose: (choice: LanguageChoice) => Promise<void>;
  error: string | null;
} {
  const [choice, setChoice] = useState<LanguageChoice>('auto');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void readLanguageChoice().then((stored) => live && setChoice(stored));
    const unwatch = watchLanguageChoice((changed) => {
      setChoice(changed);
      speakInPopup(changed);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const choose = useCallback(async (next: LanguageChoice) => {
    setChoice(next);
    speakInPopup(next);
    try {
      await writeLanguageChoice(next);
      setError(null);
    } catch {
      setError(t('language_not_saved'));
    }
  }, []);
  return { choice, choose, error };
}
