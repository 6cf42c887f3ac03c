// The app's one clock. Everything that needs "now" gets it from here: the stores take a Clock,
// components get it from the stores' context, tests hand in a fake.

export interface Clock {
  /** Epoch milliseconds, whole. */
  now(): number;
  /**
   * An instant this clock must not read earlier than from now on: the time of a save read back,
   * or the console's reading in the projector window. Only the app's clock keeps it.
   */
  notBefore?(instant: number): void;
  /**
   * When this page loaded, on this clock: a cue fired before it is not rung again. Moves with the
   * clock when it adopts a later reading, so it stays comparable with the console's instants.
   */
  loadedAt?(): number;
}

/** A wall-clock step smaller than this is drift or jitter, not a jump. */
const JUMP_MS = 1_000;
/** A save or a window claiming a time further ahead than this is not believed. */
const MAX_ADOPT_MS = 24 * 60 * 60_000;

/**
 * The clock of a page: the wall clock, except that a backward jump (a time-sync correction, a
 * clock set back by hand) costs nothing. Within the page's life the monotonic clock
 * (`performance.now()`) says how much real time passed; when the wall clock falls behind that by
 * more than a second, the difference is kept as an offset, so the countdown goes on by real
 * seconds. A forward jump (a laptop waking from sleep, when the monotonic clock may have stood
 * still) counts. The readings never decrease. Across a reload only the wall clock bridges the
 * gap, so the stores also tell the clock the time of the save they read (`notBefore`).
 */
export function createAppClock(
  wall: () => number = () => Date.now(),
  monotonic: () => number = () => performance.now(),
): Required<Clock> {
  let offset = 0;
  let reading = wall();
  let loadedAt = reading;
  let lastMonotonic = monotonic();
  const sample = () => {
    const atWall = wall();
    const atMonotonic = monotonic();
    const expected = reading + Math.max(0, atMonotonic - lastMonotonic);
    lastMonotonic = atMonotonic;
    if (atWall + offset < expected - JUMP_MS) offset = expected - atWall;
    reading = Math.max(reading, atWall + offset);
    return atWall;
  };
  return {
    now: () => {
      sample();
      return Math.floor(reading);
    },
    notBefore: (instant) => {
      const atWall = sample();
      if (!Number.isFinite(instant) || instant <= reading || instant - atWall > MAX_ADOPT_MS)
        return;
      loadedAt += instant - reading;
      offset = instant - atWall;
      reading = instant;
    },
    loadedAt: () => Math.floor(loadedAt),
  };
}
