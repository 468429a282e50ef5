import { currentLocale, t } from './i18n/t';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Kolkata',
      dateStyle: 'medium',
      timeStyle: 'short',
      // hi-IN's 12-hour clock says "am"/"pm" in Latin letters (CLDR): Hindi readers get 24 hours.
      ...(locale === 'hi-IN' && { hourCycle: 'h23' }),
    });
    formats.set(locale, format);
  }
  return format;
}

/**
 * "12 Jun 2026, 3:04 pm IST" (en-IN) or "12 जून 2026, 15:04 (भारतीय समय)" (hi-IN): India's order and clock, wherever the
 * reader is, in the language the assistant speaks.
 */
export function indiaTime(at: number): string {
  return t('time_in_india', { time: formatFor(currentLocale()).format(new Date(at)) });
}
