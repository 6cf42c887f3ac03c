// Dates, times and durations in the reader's language, through Intl: the locale decides the
// order of day and month, the words, and whether the clock runs to 12 or 24 hours.

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

/** e.g. "Sunday, November 22, 2026": for a sheet's heading. */
export function formatLongDate(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(epochMs);
}

/** e.g. "3:05 PM" in English, "15:05" in German, French and Spanish. */
export function formatTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(epochMs);
}

/** e.g. "November 22, 2026 at 3:05 PM", "22. November 2026 um 15:05". */
export function formatDateTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(epochMs);
}

/** Whether the locale reads the clock in 12 hours (with AM/PM) rather than 24. */
export function uses12HourClock(locale: string): boolean {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h11' || hourCycle === 'h12';
}

function unit(locale: string, name: 'hour' | 'minute' | 'second', value: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(
    value,
  );
}

/**
 * A length of time in words of the locale, to the second: "12 min", "1 hr 5 min",
 * "1 Std. 5 Min.", "4 min 30 s". Seconds show only under ten minutes, where they matter;
 * a negative length reads as its size (callers say "over by" or "ahead" in words).
 */
export function formatDuration(ms: number, locale: string): string {
  const totalSeconds = Math.round(Math.abs(ms) / 1000);
  if (totalSeconds < 600) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    if (minutes === 0) return unit(locale, 'second', seconds);
    if (seconds === 0) return unit(locale, 'minute', minutes);
    return `${unit(locale, 'minute', minutes)} ${unit(locale, 'second', seconds)}`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return unit(locale, 'minute', minutes);
  if (minutes === 0) return unit(locale, 'hour', hours);
  return `${unit(locale, 'hour', hours)} ${unit(locale, 'minute', minutes)}`;
}

/** A whole number of minutes: "55 min", "55 Min.". */
export function formatMinutes(minutes: number, locale: string): string {
  return unit(locale, 'minute', minutes);
}
