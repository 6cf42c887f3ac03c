import { phaseAt } from './phases';
import { currentRecord, type ClinicState } from './state';
import { PHASE_IDS } from './phases';

// All time is derived from timestamps and `now`; nothing here counts ticks. A clock that jumps
// backwards yields a zero-length stretch, never a negative one.

export function runningStretchMs(state: ClinicState, now: number): number {
  if (state.runningSince === null) return 0;
  return Math.max(0, now - state.runningSince);
}

/** Time on the current phase's countdown. */
export function phaseElapsedMs(state: ClinicState, now: number): number {
  return state.elapsedBeforeMs + runningStretchMs(state, now);
}

/** Planned length of the current phase including the facilitator's extensions. */
export function phasePlannedMs(state: ClinicState): number {
  const phaseId = phaseAt(state.phaseIndex).id;
  return Math.max(0, state.plan.durationsMs[phaseId] + currentRecord(state).extensionMs);
}

export interface PhaseClock {
  elapsedMs: number;
  plannedMs: number;
  remainingMs: number;
  overtimeMs: number;
  /** 0..1 share of the planned time used. */
  progress: number;
  isOvertime: boolean;
}

export function phaseClock(state: ClinicState, now: number): PhaseClock {
  return countdown(phaseElapsedMs(state, now), phasePlannedMs(state));
}

/** A countdown of `plannedMs` that has run `elapsedMs`: a phase's, or a session's break. */
export function countdown(elapsedMs: number, plannedMs: number): PhaseClock {
  const remainingMs = Math.max(0, plannedMs - elapsedMs);
  const overtimeMs = Math.max(0, elapsedMs - plannedMs);
  return {
    elapsedMs,
    plannedMs,
    remainingMs,
    overtimeMs,
    progress: plannedMs === 0 ? 1 : Math.min(1, elapsedMs / plannedMs),
    isOvertime: elapsedMs > plannedMs,
  };
}

export function isWrapUp(state: ClinicState, now: number): boolean {
  const { remainingMs, isOvertime } = phaseClock(state, now);
  const wrapUpMs = state.plan.wrapUpMs;
  return !isOvertime && wrapUpMs > 0 && remainingMs <= wrapUpMs && remainingMs > 0;
}

/** Time paused so far in the current pause. */
export function currentPauseMs(state: ClinicState, now: number): number {
  return state.pausedSince === null ? 0 : Math.max(0, now - state.pausedSince);
}

export interface ScheduleForecast {
  /** When the clinic will end if every remaining phase keeps to plan. */
  expectedEndAt: number;
  /** Projected end against the original plan: positive means behind (late), negative ahead. */
  deltaMs: number;
}

export function forecast(state: ClinicState, now: number): ScheduleForecast | null {
  if (state.clinicStartedAt === null) return null;
  if (state.status === 'finished') {
    const endedAt = state.clinicEndedAt ?? now;
    return {
      expectedEndAt: endedAt,
      deltaMs: endedAt - state.clinicStartedAt - plannedTotal(state),
    };
  }
  const { remainingMs } = phaseClock(state, now);
  let rest = remainingMs;
  for (let index = state.phaseIndex + 1; index < PHASE_IDS.length; index += 1) {
    const record = state.records[index];
    const planned = state.plan.durationsMs[phaseAt(index).id] + (record?.extensionMs ?? 0);
    rest += Math.max(0, planned - (record?.clockElapsedMs ?? 0));
  }
  const expectedEndAt = now + rest;
  return { expectedEndAt, deltaMs: expectedEndAt - state.clinicStartedAt - plannedTotal(state) };
}

function plannedTotal(state: ClinicState): number {
  return PHASE_IDS.reduce((sum, id) => sum + state.plan.durationsMs[id], 0);
}

function pad2(value: number): string {
  return value.toString().padStart(2, '0');
}

/** m:ss under an hour, h:mm:ss above. Whole seconds, rounded down. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad2(minutes)}:${pad2(seconds)}` : `${minutes}:${pad2(seconds)}`;
}

/**
 * The second a countdown shows: remaining time rounds up (0:00 appears only at the end),
 * overtime rounds down (over by 0:01 after one full second).
 */
export function displayedSeconds(clock: PhaseClock): number {
  return clock.isOvertime
    ? Math.floor(clock.overtimeMs / 1000)
    : Math.ceil(clock.remainingMs / 1000);
}

export interface CountdownText {
  text: string;
  isOvertime: boolean;
}

/** The countdown as shown: remaining, or how far over when past the planned end. */
export function formatCountdown(clock: PhaseClock): CountdownText {
  return { text: formatDuration(displayedSeconds(clock) * 1000), isOvertime: clock.isOvertime };
}

/** Milliseconds until the shown second changes, so a display can wake exactly then. */
export function msUntilNextDisplayChange(clock: PhaseClock): number {
  if (clock.isOvertime) return 1000 - (clock.overtimeMs % 1000);
  const intoSecond = clock.remainingMs % 1000;
  // At an exact boundary the next change is a full second away (or the switch to overtime).
  return intoSecond === 0 ? 1000 : intoSecond;
}
