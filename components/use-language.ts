import { useSyncExternalStore } from 'react';
import { currentLanguage, onLanguageChange } from '@/utils/i18n/t';
import type { Language } from '@/utils/i18n/languages';

/**
 * The language `t` speaks; the component calling it draws again after a switch (the popup's
 * switch, or the background telling the panel). Called at the root of the panel and the popup:
 * their children are drawn again with them.
 */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, currentLanguage);
}
