// Dates and times in the reader's language, through Intl: the locale decides the order of day
// and month, the words, and whether the clock runs to 12 or 24 hours.

import { browserLanguages, supportedLanguageOf } from './languages';

/**
 * The locale to format with: the browser's own regional variant when it speaks the app's
 * language (an "en-GB" browser gets 24-hour English times), otherwise the bare language.
 */
export function intlLocale(
  language: string,
  preferred: readonly string[] = browserLanguages(),
): string {
  const wanted = supportedLanguageOf(language) ?? language;
  for (const tag of preferred) {
    if (supportedLanguageOf(tag) !== wanted) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // A malformed tag from the browser is skipped, not trusted.
    }
  }
  return wanted;
}

/** e.g. "November 22, 2026", "22. November 2026", "22 novembre 2026", "22 de noviembre de 2026". */
export function formatDate(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(epochMs);
}

/** e.g. "3:05 PM" in English, "15:05" in German, French and Spanish. */
export function formatTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(epochMs);
}

/** e.g. "November 22, 2026 at 3:05 PM", "22. November 2026 um 15:05". */
export function formatDateTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(epochMs);
}

/**
 * A calendar date written YYYY-MM-DD (a due date), e.g. "December 6, 2026": formatted in UTC
 * from UTC midnight, so no time zone of the device can move it to the day before or after.
 */
export function formatLocalDate(localDate: string, locale: string): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}
