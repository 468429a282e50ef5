/**
 * Built on first use, not on load: a formatter for a time zone and locale is costly to make (ICU
 * data; about 30 ms of the content script's first, cold run on a portal page, where it is needed
 * only when a failed save is shown).
 */
let indiaTimeFormat: Intl.DateTimeFormat | null = null;

/** "12 Jun 2026, 3:04 pm IST": India's order and clock, wherever the reader is. */
export function indiaTime(at: number): string {
  indiaTimeFormat ??= new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${indiaTimeFormat.format(new Date(at))} IST`;
}
