import { showFailedSaveBadge } from '../toolbar-badge';
import { failedSaves } from '../vault/failed-saves';
import { browserLanguageHere } from './browser-language';
import { broadcastLanguageChoice } from './language-broadcast';
import { readLanguageChoice, watchLanguageChoice } from './language-setting';
import { type LanguageChoice, resolveLanguage } from './languages';
import { onLanguageChange, setLanguage } from './t';

/**
 * The toolbar badge's tooltip is written when the badge is set: in the new language, when a
 * failed save is waiting (none waiting: the tooltip is the extension's name, which the browser
 * itself writes from the manifest).
 */
export async function retitleFailedSaveBadge(
  count: () => Promise<number> = async () => (await failedSaves.list()).length,
  show: (count: number) => Promise<void> = showFailedSaveBadge,
): Promise<void> {
  try {
    const waiting = await count();
    if (waiting > 0) await show(waiting);
  } catch {
    // The badge keeps its tooltip in the language before; the popup and the pages speak the new one.
  }
}

/**
 * Background: speaks the user's choice (its refusals reach the panel and the popup as they are
 * written), tells every open panel when the choice changes, and writes the badge's tooltip again.
 * Returns the unwatch.
 */
export async function speakChosenLanguage(retitle: () => Promise<void> = retitleFailedSaveBadge): Promise<() => void> {
  const speak = (choice: LanguageChoice) => setLanguage(resolveLanguage(choice, browserLanguageHere()));
  const stopRetitling = onLanguageChange(() => void retitle());
  const unwatch = watchLanguageChoice((choice) => {
    speak(choice);
    void broadcastLanguageChoice(choice);
  });
  try {
    speak(await readLanguageChoice());
  } catch {
    // Storage unreadable: the browser's language (t's default until then is English).
    speak('auto');
  }
  return () => {
    unwatch();
    stopRetitling();
  };
}
