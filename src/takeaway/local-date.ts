// Due dates are local calendar dates ("2026-12-06"), never instants: a step due on the 6th is
// due on the 6th wherever the device is, so no UTC conversion may ever shift it by a day.
// What "today" is comes from an instant read in the device's time zone.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (no 2026-02-30), years 1970 to 9999. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC only to count days, no instant).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number) => value.toString().padStart(2, '0');

/** The local calendar date of an instant, in the device's time zone. */
export function localDateOf(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar date `days` after (or before) a local date; calendar arithmetic, no clock. */
export function addDays(localDate: string, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Monday of the week a local date falls in (ISO 8601 weeks, as in de, fr and es). */
export function mondayOf(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  return addDays(localDate, -((weekday + 6) % 7));
}

/** The instant a local date begins on this device (midnight, or the first hour after a gap). */
export function startOfLocalDate(localDate: string): number {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).getTime();
}
