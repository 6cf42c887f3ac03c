import { PHASE_IDS, type PhaseId } from './phases';
import { currentPhase, currentRecord, type ClinicState, type PhaseRecord } from './state';
import { totalPlannedMs, type Plan } from './templates';

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
  return plannedLengthMs(state.plan, currentPhase(state).id, currentRecord(state));
}

/** Planned length of a phase including the facilitator's extensions. */
export function plannedLengthMs(plan: Plan, phaseId: PhaseId, record: PhaseRecord): number {
  return Math.max(0, plan.durationsMs[phaseId] + record.extensionMs);
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
  return clockOf(phaseElapsedMs(state, now), phasePlannedMs(state));
}

/** A countdown from its two inputs, time run and planned length: a phase's, or a break's. */
export function clockOf(elapsedMs: number, plannedMs: number): PhaseClock {
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

/**
 * Where on the phase clock the wrap-up begins, or null for a phase without one: the stillness
 * (the room is silent), a phase no longer than the wrap-up itself (it would be all wrap-up), or
 * the wrap-up switched off. The wrap-up chime and the wrap-up look both follow this one rule.
 */
export function wrapUpStartMs(
  phaseId: PhaseId,
  plannedMs: number,
  wrapUpMs: number,
): number | null {
  if (phaseId === 'stillness' || wrapUpMs <= 0 || plannedMs <= wrapUpMs) return null;
  return plannedMs - wrapUpMs;
}

/** In the wrap-up: from its start until the planned end (not past it: that is overtime). */
export function isInWrapUp(clock: PhaseClock, wrapUpFromMs: number | null): boolean {
  return wrapUpFromMs !== null && clock.elapsedMs >= wrapUpFromMs && clock.remainingMs > 0;
}

export function isWrapUp(state: ClinicState, now: number): boolean {
  const clock = phaseClock(state, now);
  return isInWrapUp(
    clock,
    wrapUpStartMs(currentPhase(state).id, clock.plannedMs, state.plan.wrapUpMs),
  );
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
  return forecastFrom(state, phaseClock(state, now), now);
}

/** The forecast from the current phase's clock, for a caller that has it already. */
export function forecastFrom(
  state: ClinicState,
  clock: PhaseClock,
  now: number,
): ScheduleForecast | null {
  const startedAt = state.clinicStartedAt;
  if (startedAt === null) return null;
  const plannedMs = totalPlannedMs(state.plan.durationsMs);
  if (state.status === 'finished') {
    const endedAt = state.clinicEndedAt ?? now;
    return { expectedEndAt: endedAt, deltaMs: endedAt - startedAt - plannedMs };
  }
  let rest = clock.remainingMs;
  for (let index = state.phaseIndex + 1; index < PHASE_IDS.length; index += 1) {
    const record = state.records[index];
    const planned = state.plan.durationsMs[PHASE_IDS[index]!] + (record?.extensionMs ?? 0);
    rest += Math.max(0, planned - (record?.clockElapsedMs ?? 0));
  }
  const expectedEndAt = now + rest;
  return { expectedEndAt, deltaMs: expectedEndAt - startedAt - plannedMs };
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

/** Everything about the current phase's time at one instant (see moment.ts, which reads it). */
export interface ClockReading {
  /** The current phase's countdown. */
  clock: PhaseClock;
  /** The running stretch so far and the pause so far: not yet banked in the phase's record. */
  runningStretchMs: number;
  pauseMs: number;
  /** Where on the phase clock the wrap-up begins; null when the phase has none. */
  wrapUpFromMs: number | null;
  inWrapUp: boolean;
  /** When the clinic will end if the rest keeps to plan; null before the start. */
  forecast: ScheduleForecast | null;
  /** Until the countdown's shown second changes. */
  msToNextSecond: number;
}

/** The current phase's time at `now`, for a caller that has the phase and its record already. */
export function readClock(
  state: ClinicState,
  phaseId: PhaseId,
  record: PhaseRecord,
  now: number,
): ClockReading {
  const clock = clockOf(phaseElapsedMs(state, now), plannedLengthMs(state.plan, phaseId, record));
  const wrapUpFromMs = wrapUpStartMs(phaseId, clock.plannedMs, state.plan.wrapUpMs);
  return {
    clock,
    runningStretchMs: runningStretchMs(state, now),
    pauseMs: currentPauseMs(state, now),
    wrapUpFromMs,
    inWrapUp: isInWrapUp(clock, wrapUpFromMs),
    forecast: forecastFrom(state, clock, now),
    msToNextSecond: msUntilNextDisplayChange(clock),
  };
}
