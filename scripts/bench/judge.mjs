// How the benchmark judges what the countdown shows against the true time. Pure functions.

/** Seconds a countdown text shows ("4:59", "1:02:03", "over by 0:05"); null without a time. */
export function parseShownSeconds(text) {
  const match = /(\d+):(\d{2})(?::(\d{2}))?/.exec(text ?? '');
  if (!match) return null;
  const [, a, b, c] = match;
  return c === undefined
    ? Number(a) * 60 + Number(b)
    : Number(a) * 3600 + Number(b) * 60 + Number(c);
}

/**
 * The true remaining time of the running phase at `at` (epoch ms), from the instant its running
 * stretch began, what it had used before, and what it plans.
 */
export function trueRemainingMs(clock, at) {
  return clock.plannedMs - clock.elapsedBeforeMs - (at - clock.runningSince);
}

/** The instant the countdown should change to show `shownSeconds`. */
export function trueBoundaryFor(clock, shownSeconds) {
  return clock.runningSince + clock.plannedMs - clock.elapsedBeforeMs - shownSeconds * 1000;
}

/**
 * How far the shown second is from the truth at `at`, in ms. A countdown showing S seconds is
 * right while the true remaining time r is in (S-1 s, S s] (it rounds up). Positive: the display
 * is behind (shows more time than is left); negative: ahead; 0: right.
 */
export function driftMs(clock, text, at) {
  const shown = parseShownSeconds(text);
  if (shown === null) return null;
  const remaining = trueRemainingMs(clock, at);
  if (remaining > shown * 1000) return shown * 1000 - remaining;
  if (remaining <= (shown - 1) * 1000) return (shown - 1) * 1000 - remaining;
  return 0;
}

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/** The next frame after a given one comes before this (one frame interval and some jitter). */
export const NEXT_FRAME_MS = 1.5 * FRAME_MS;

/**
 * A frame read just after a true boundary may still show the previous second for as long as the
 * app takes to change it; that is lag (measured and budgeted on its own), not drift.
 */
export const LAG_TOLERANCE_MS = 50;

export function isRight(drift) {
  return drift !== null && drift >= 0 && drift <= LAG_TOLERANCE_MS;
}

/**
 * The display after an interruption that ended at `endedAt`, from readings of the timer at the
 * next animation frames ({ frameAt, text }). "Right within a frame of being visible again": the
 * first frame drawn after it may still show the old second, but the next frame must be right,
 * and it must stay right. Frames come every 1/60 s give or take a few ms, so "by the next frame"
 * is "less than one and a half frame intervals after the first".
 */
export function judgeFrames(clock, endedAt, readings) {
  const frames = readings.map((reading) => ({
    afterMs: reading.frameAt - endedAt,
    shown: reading.text,
    driftMs: driftMs(clock, reading.text, reading.frameAt),
  }));
  const firstRight = frames.findIndex((frame) => isRight(frame.driftMs));
  const staysRight = firstRight >= 0 && frames.slice(firstRight).every((f) => isRight(f.driftMs));
  const wrongAfterFirstFrameMs =
    firstRight >= 0 ? frames[firstRight].afterMs - frames[0].afterMs : null;
  return {
    firstFrameDriftMs: frames[0]?.driftMs ?? null,
    firstFrameAfterMs: frames[0]?.afterMs ?? null,
    rightAtFrame: firstRight >= 0 ? firstRight + 1 : null,
    rightAfterMs: firstRight >= 0 ? frames[firstRight].afterMs : null,
    wrongAfterFirstFrameMs,
    staysRight,
    rightWithinAFrame: firstRight >= 0 && staysRight && wrongAfterFirstFrameMs < NEXT_FRAME_MS,
    frames,
  };
}
