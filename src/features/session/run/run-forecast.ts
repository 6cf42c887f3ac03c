import { forecast as clinicForecast } from '../../../clinic/clock';
import { momentAt } from '../../../clinic/moment';
import { breakClock } from '../../../clinic/session/break-clock';
import { sessionForecast } from '../../../clinic/session/schedule';
import type { RunState } from '../fit/fit-offer';

// The expected end of what runs now against the end time (or the plan), and when what a
// forecast line shows can next change: pure, from the store's state and the instant.

const MINUTE_MS = 60_000;

export interface RunForecast {
  expectedEndAt: number;
  /** The end time to keep; null: a session without one (measured against its plan). */
  endBy: number | null;
  /** Positive: later than the end time (or the plan); negative: earlier. */
  deltaMs: number;
}

/**
 * The expected end of what runs now: a session's (clinic or break), or a single clinic's when it
 * has an End by (a single clinic without one shows its forecast in the console's strip).
 */
export function runForecastAt(state: RunState, now: number): RunForecast | null {
  const { session, clinic, endBy } = state;
  if (session) {
    const forecast = sessionForecast(session, now);
    if (!forecast || session.status === 'finished') return null;
    return {
      expectedEndAt: forecast.expectedEndAt,
      endBy: forecast.endBy,
      deltaMs: forecast.endByDeltaMs ?? forecast.deltaMs,
    };
  }
  if (endBy === null || (clinic.status !== 'running' && clinic.status !== 'paused')) return null;
  const forecast = clinicForecast(clinic, now);
  return (
    forecast && {
      expectedEndAt: forecast.expectedEndAt,
      endBy,
      deltaMs: forecast.expectedEndAt - endBy,
    }
  );
}

/** How long until the clock of what runs now (its phase or break) reaches its planned end. */
function msToPlannedEnd(state: RunState, now: number): number | null {
  const { session, clinic } = state;
  if (session?.status === 'break') {
    const clock = breakClock(session, now);
    return clock && !clock.isOvertime ? clock.remainingMs : null;
  }
  if (clinic.status !== 'running') return null;
  const { clock } = momentAt(clinic, now);
  return clock.isOvertime ? null : clock.remainingMs;
}

/**
 * When the forecast line may next show something else. While the phase (or break) keeps to its
 * time, the expected end stands still: nothing changes until that time runs out. Once it runs
 * over, or while paused, the end moves on with the clock: look again at its next minute, or
 * when the minutes behind next round up (at each half minute of the difference).
 */
export function msUntilForecastChange(state: RunState, now: number): number {
  const toEnd = msToPlannedEnd(state, now);
  if (toEnd !== null && toEnd > 0) return toEnd;
  const forecast = runForecastAt(state, now);
  if (!forecast) return MINUTE_MS;
  const toMinute = MINUTE_MS - (((forecast.expectedEndAt % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  const half = MINUTE_MS / 2;
  const toRound = MINUTE_MS - ((((forecast.deltaMs - half) % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  return Math.max(1, Math.min(toMinute, toRound));
}
