import { displayedSeconds, formatCountdown, formatDuration } from '../../../clinic/clock';
import type { TurnSpeaker } from '../../../clinic/mirroring';
import type { ClinicMoment, PhaseMode } from '../../../clinic/moment';
import { MINUTE_MS } from '../../../clinic/templates';

// What the console and the projector show, read from the clinic's moment. Each value is small
// and comparable, so a component re-renders only when what it shows really changes.

export const modeOf = (moment: ClinicMoment): PhaseMode => moment.mode;

export interface CountdownView {
  text: string;
  isOvertime: boolean;
  /** 0..1 of the planned time used, in whole shown seconds. */
  progress: number;
}

export function countdownView({ clock }: ClinicMoment): CountdownView {
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

export function turnView({ turn }: ClinicMoment): TurnView | null {
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

export function forecastView({ forecast }: ClinicMoment): ForecastView | null {
  if (!forecast) return null;
  return {
    endMinuteAt: Math.floor(forecast.expectedEndAt / MINUTE_MS) * MINUTE_MS,
    deltaMinutes: Math.round(forecast.deltaMs / MINUTE_MS),
  };
}

export function sameForecast(a: ForecastView | null, b: ForecastView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.endMinuteAt === b.endMinuteAt && a.deltaMinutes === b.deltaMinutes;
}
