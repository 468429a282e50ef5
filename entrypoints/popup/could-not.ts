import { t, type MessageKey } from '@/utils/i18n/t';

/** Keys of "Could not {doing}: {reason}" sentences, one per thing the popup does. */
export type CouldNotKey = Extract<MessageKey, `popup_error_${string}`>;

/**
 * What failed, as facts: put in words when drawn (couldNotInWords), so a switch of language
 * redraws it. `reason` is the background's or the browser's words (null: no answer).
 */
export interface CouldNot {
  doing: CouldNotKey;
  reason: string | null;
}

export function readableError(error: unknown, doing: CouldNotKey): CouldNot {
  return { doing, reason: error instanceof Error && error.message ? error.message : null };
}

/** "Could not forget these credentials: {the background's words}", in the language spoken now. */
export function couldNotInWords({ doing, reason }: CouldNot): string {
  return t(doing, { reason: reason ?? t('popup_no_answer') });
}
