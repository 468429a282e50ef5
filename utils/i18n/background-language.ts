import { browserLanguageHere } from './browser-language';
import { broadcastLanguageChoice } from './language-broadcast';
import { readLanguageChoice, watchLanguageChoice } from './language-setting';
import { type LanguageChoice, resolveLanguage } from './languages';
import { setLanguage } from './t';

/**
 * Background: speaks the user's choice (its refusals reach the panel and the popup as they are
 * written), and tells every open panel when the choice changes. Returns the unwatch.
 */
export async function speakChosenLanguage(): Promise<() => void> {
  const speak = (choice: LanguageChoice) => setLanguage(resolveLanguage(choice, browserLanguageHere()));
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
  return unwatch;
}
