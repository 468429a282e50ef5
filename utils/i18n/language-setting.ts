import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { LANGUAGE_CHOICES, type LanguageChoice } from './languages';

/**
 * The language the user chose in the popup ('auto': the browser's). Not secret. Read through a
 * schema: storage is outside the code's control. Extension pages and the background read it;
 * the panel asks the background (language.get), since content scripts do not reach extension
 * storage, and is told of a change (language.changed).
 */
export const languageChoiceItem = storage.defineItem<LanguageChoice>('local:language', {
  fallback: 'auto',
  version: 1,
});

export const languageChoiceSchema = z.enum(LANGUAGE_CHOICES);

function parseChoice(raw: unknown): LanguageChoice {
  const parsed = languageChoiceSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'auto';
}

export async function readLanguageChoice(): Promise<LanguageChoice> {
  return parseChoice(await languageChoiceItem.getValue());
}

export async function writeLanguageChoice(choice: LanguageChoice): Promise<void> {
  await languageChoiceItem.setValue(languageChoiceSchema.parse(choice));
}

/** Calls `onChange` with each new choice, from any extension page; returns the unwatch. */
export function watchLanguageChoice(onChange: (choice: LanguageChoice) => void): () => void {
  return languageChoiceItem.watch((raw) => onChange(parseChoice(raw)));
}
