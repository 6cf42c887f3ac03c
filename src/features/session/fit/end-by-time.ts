// The console's End by is typed as a time of day ("12:30", what a time input gives); the store
// wants an instant: the next time the local clock reads it after now, within a day.

const DAY_MS = 86_400_000;

/** The instant for "HH:MM" after `now` (today, or tomorrow if it has passed); null if unreadable. */
export function endByFromTimeOfDay(text: string, now: number): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  const at = new Date(now);
  at.setHours(Number(match[1]), Number(match[2]), 0, 0);
  if (at.getTime() <= now) at.setDate(at.getDate() + 1);
  return at.getTime() - now <= DAY_MS + 3_600_000 ? at.getTime() : null;
}

/** What the time input shows for an instant, on the local clock. */
export function timeOfDayOf(epochMs: number): string {
  const at = new Date(epochMs);
  return [at.getHours(), at.getMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
}
