const INDIA_TIME = new Intl.DateTimeFormat('en-IN', {
  timeZone: 'Asia/Kolkata',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** "12 Jun 2026, 3:04 pm IST": India's order and clock, wherever the reader is. */
export function indiaTime(at: number): string {
  return `${INDIA_TIME.format(new Date(at))} IST`;
}
