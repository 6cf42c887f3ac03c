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

export function summarizePhases(state: ClinicState): PhaseSummary[] {
  return PHASES.map((phase, index) => {
    const record = state.records[index]!;
    const plannedMs = state.plan.durationsMs[phase.id];
    return {
      phaseId: phase.id,
      plannedMs,
      extensionMs: record.extensionMs,
      actualMs: record.activeMs,
      pausedMs: record.pausedMs,
      overtimeMs: Math.max(0, record.clockElapsedMs - (plannedMs + record.extensionMs)),
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

export function clinicTotals(state: ClinicState, now: number): ClinicTotals {
  const phases = summarizePhases(state);
  const start = state.clinicStartedAt;
  const end = state.clinicEndedAt ?? now;
  return {
    plannedMs: phases.reduce((sum, p) => sum + p.plannedMs, 0),
    actualMs: phases.reduce((sum, p) => sum + p.actualMs, 0),
    pausedMs: phases.reduce((sum, p) => sum + p.pausedMs, 0),
    wallMs: start === null ? 0 : Math.max(0, end - start),
  };
}
