// The planner's and the console's times are typed as a time of day ("12:30"); the domain wants
// instants. A time of day means its next occurrence: a start may lie up to an hour back (the
// group sat down at 9:00, the plan is typed at 9:05), an end is the first such time after the
// start.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How far back a typed start time may lie and still mean today. */
export const START_GRACE_MS = HOUR_MS;

/** Reads "12:30" (what a time input gives) as hours and minutes; anything else is null. */
export function parseTimeOfDay(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

/** The first instant at or after `from` that the local clock reads as `text`; null if not a time. */
export function nextTimeOfDay(text: string, from: number): number | null {
  const time = parseTimeOfDay(text);
  if (!time) return null;
  const date = new Date(from);
  date.setHours(time.hours, time.minutes, 0, 0);
  // Whole days are added on the calendar, so a change to summer time does not shift the hour.
  for (let days = 0; date.getTime() < from && days < 2; days += 1) {
    date.setDate(date.getDate() + 1);
  }
  return date.getTime() - from < DAY_MS + HOUR_MS ? date.getTime() : null;
}

/** What a time input shows for an instant: "09:05" on the local clock. */
export function timeInputValue(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When the session starts: the typed start (up to an hour back), or now. */
export function plannedStart(startText: string, now: number): number {
  if (startText.trim() === '') return now;
  return nextTimeOfDay(startText, now - START_GRACE_MS) ?? now;
}

/** The end time typed, as the first such instant after the start; null when none is typed. */
export function plannedEndBy(endText: string, startAt: number): number | null {
  return endText.trim() === '' ? null : nextTimeOfDay(endText, startAt + 1);
}
