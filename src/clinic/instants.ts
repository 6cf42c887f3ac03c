// The instants and spans a clinic may hold. Every timestamp that comes from outside (a file, the
// device's storage) must lie where every screen and export can show it: from 1970 to the end of
// the year 9999, the range a calendar file can carry (browsers format up to the year 275760,
// but an ISO date or an iCalendar DATE-TIME has four digits for the year).

export const EARLIEST_INSTANT = 0;
export const LATEST_INSTANT = 253_402_300_799_999;
/** The longest span between two instants: any duration the clinic holds fits in it. */
export const LONGEST_SPAN_MS = LATEST_INSTANT - EARLIEST_INSTANT;

export function isInstant(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= EARLIEST_INSTANT &&
    value <= LATEST_INSTANT
  );
}

/** A length of time: finite, never negative, never longer than the span of instants. */
export function isSpan(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= LONGEST_SPAN_MS
  );
}
