import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, intlLocale } from '@/i18n/format';

// 22 November 2026, 15:05 in the machine's own time zone: the sheet shows local time.
const afternoon = new Date(2026, 10, 22, 15, 5).getTime();
// Intl may use narrow or ordinary no-break spaces (e.g. before "PM"); compare their meaning.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe("dates and times in the locale's form", () => {
  it('writes the date as each language does', () => {
    expect(formatDate(afternoon, 'en')).toBe('November 22, 2026');
    expect(formatDate(afternoon, 'de')).toBe('22. November 2026');
    expect(formatDate(afternoon, 'fr')).toBe('22 novembre 2026');
    expect(formatDate(afternoon, 'es')).toBe('22 de noviembre de 2026');
  });

  it('reads the clock in 12 hours in American English and 24 hours in the others', () => {
    expect(plain(formatTime(afternoon, 'en'))).toBe('3:05 PM');
    expect(formatTime(afternoon, 'de')).toBe('15:05');
    expect(formatTime(afternoon, 'fr')).toBe('15:05');
    expect(formatTime(afternoon, 'es')).toBe('15:05');
    expect(formatTime(afternoon, 'en-GB')).toBe('15:05');
  });

  it('joins date and time the way the language does', () => {
    expect(formatDateTime(afternoon, 'de')).toBe('22. November 2026 um 15:05');
    expect(formatDateTime(afternoon, 'es')).toBe('22 de noviembre de 2026 a las 15:05');
  });
});

describe('the locale to format with', () => {
  it("takes the browser's regional variant of the app's language", () => {
    expect(intlLocale('en', ['en-GB', 'de'])).toBe('en-GB');
    expect(intlLocale('de', ['de-AT', 'en-US'])).toBe('de-AT');
  });
  it('uses the bare language when the browser speaks it in no region, or not at all', () => {
    expect(intlLocale('fr', ['en-GB', 'de'])).toBe('fr');
    expect(intlLocale('es', [])).toBe('es');
  });
  it('skips a malformed tag from the browser', () => {
    expect(intlLocale('en', ['en-!!', 'en-AU'])).toBe('en-AU');
  });
});
