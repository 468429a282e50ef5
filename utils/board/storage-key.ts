/**
 * The board's storage key (without its area prefix, as storage.onChanged reports it). Kept apart
 * from store.ts so the popup can watch it without importing the store.
 */
export const BOARD_STORAGE_KEY = 'onboardingBoard';
