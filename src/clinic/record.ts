import { momentAt } from './moment';
import { PHASES, type PhaseId } from './phases';
import type { ClinicState } from './state';

/** Planned against actual for one phase: what the takeaway sheet's time table shows. */
export interface PhaseSummary {
  phaseId: PhaseId;
  plannedMs: number;
  extensionMs: number;
  /** Running time actually spent, over every visit and restart. */
  actualMs: number;
  pausedMs: number;
  /** How far the countdown ran past the (extended) planned end. */
  overtimeMs: number;
  startedAt: number | null;
  endedAt: number | null;
  visited: boolean;
}

/**
 * Each phase as of `now`. The records bank time when a phase is left or paused; for the
 * current phase the stretch still running (or the pause still going) is added, so a sheet
 * opened mid-clinic is already right.
 */
export function summarizePhases(state: ClinicState, now: number): PhaseSummary[] {
  const moment = momentAt(state, now);
  return PHASES.map((phase, index) => {
    const record = state.records[index]!;
    const isCurrent = index === moment.phaseIndex;
    const plannedMs = state.plan.durationsMs[phase.id];
    const clockElapsedMs = isCurrent ? moment.clock.elapsedMs : record.clockElapsedMs;
    return {
      phaseId: phase.id,
      plannedMs,
      extensionMs: record.extensionMs,
      actualMs: record.activeMs + (isCurrent ? moment.runningStretchMs : 0),
      pausedMs: record.pausedMs + (isCurrent ? moment.pauseMs : 0),
      overtimeMs: Math.max(0, clockElapsedMs - (plannedMs + record.extensionMs)),
      startedAt: record.startedAt,
      endedAt: record.endedAt,
      visited: record.visits > 0,
    };
  });
}

export interface ClinicTotals {
  plannedMs: number;
  actualMs: number;
  pausedMs: number;
  /** From the start to the end (or now), pauses included. */
  wallMs: number;
}

export function clinicTotals(
  phases: PhaseSummary[],
  state: ClinicState,
  now: number,
): ClinicTotals {
  const start = state.clinicStartedAt;
  const end = state.clinicEndedAt ?? now;
  return {
    plannedMs: phases.reduce((sum, p) => sum + p.plannedMs, 0),
    actualMs: phases.reduce((sum, p) => sum + p.actualMs, 0),
    pausedMs: phases.reduce((sum, p) => sum + p.pausedMs, 0),
    wallMs: start === null ? 0 : Math.max(0, end - start),
  };
}
