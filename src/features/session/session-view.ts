import {
  displayedSeconds,
  formatCountdown,
  forecast,
  formatDuration,
  isWrapUp,
  phaseClock,
} from '../../clinic/clock';
import { currentTurn, type TurnSpeaker } from '../../clinic/mirroring';
import { phaseAt } from '../../clinic/phases';
import type { ClinicState } from '../../clinic/state';
import { MINUTE_MS } from '../../clinic/templates';

// What the console and the projector show, derived from the clinic and an instant. Each value is
// small and comparable, so a component re-renders only when what it shows really changes.

export type PhaseMode = 'normal' | 'wrapUp' | 'overtime';

/**
 * Normal, wrap-up or overtime. Like the wrap-up chime, the stillness has no wrap-up, and neither
 * does a phase no longer than the wrap-up itself (it would be all wrap-up).
 */
export function phaseModeAt(clinic: ClinicState, now: number): PhaseMode {
  if (clinic.status !== 'running' && clinic.status !== 'paused') return 'normal';
  const clock = phaseClock(clinic, now);
  if (clock.isOvertime) return 'overtime';
  if (phaseAt(clinic.phaseIndex).id === 'stillness') return 'normal';
  if (clock.plannedMs <= clinic.plan.wrapUpMs) return 'normal';
  return isWrapUp(clinic, now) ? 'wrapUp' : 'normal';
}

export interface CountdownView {
  text: string;
  isOvertime: boolean;
  /** 0..1 of the planned time used, in whole shown seconds. */
  progress: number;
}

export function countdownViewAt(clinic: ClinicState, now: number): CountdownView {
  const clock = phaseClock(clinic, now);
  const { text, isOvertime } = formatCountdown(clock);
  const plannedSeconds = Math.ceil(clock.plannedMs / 1000);
  const progress = isOvertime
    ? 1
    : plannedSeconds === 0
      ? 1
      : 1 - displayedSeconds(clock) / plannedSeconds;
  return { text, isOvertime, progress: Math.min(1, Math.max(0, progress)) };
}

export function sameCountdown(a: CountdownView, b: CountdownView): boolean {
  return a.text === b.text && a.isOvertime === b.isOvertime && a.progress === b.progress;
}

export interface TurnView {
  turnIndex: number;
  turnCount: number;
  speaker: TurnSpeaker;
  next: TurnSpeaker | null;
  remainingText: string;
}

export function turnViewAt(clinic: ClinicState, now: number): TurnView | null {
  const turn = currentTurn(clinic, now);
  if (!turn) return null;
  const seconds = Math.ceil(turn.turnRemainingMs / 1000);
  return {
    turnIndex: turn.turnIndex,
    turnCount: turn.turnCount,
    speaker: turn.speaker,
    next: turn.next,
    remainingText: formatDuration(seconds * 1000),
  };
}

export function sameTurn(a: TurnView | null, b: TurnView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.turnIndex === b.turnIndex && a.remainingText === b.remainingText;
}

export interface ForecastView {
  /** Expected end, rounded down to the minute (what a clock on the wall shows). */
  endMinuteAt: number;
  /** Whole minutes behind (positive) or ahead (negative) of plan. */
  deltaMinutes: number;
}

export function forecastViewAt(clinic: ClinicState, now: number): ForecastView | null {
  const result = forecast(clinic, now);
  if (!result) return null;
  return {
    endMinuteAt: Math.floor(result.expectedEndAt / MINUTE_MS) * MINUTE_MS,
    deltaMinutes: Math.round(result.deltaMs / MINUTE_MS),
  };
}

export function sameForecast(a: ForecastView | null, b: ForecastView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.endMinuteAt === b.endMinuteAt && a.deltaMinutes === b.deltaMinutes;
}
