import { clinicTotals, summarizePhases } from '../record';
import { totalPlannedMs } from '../templates';
import { findClinic, memberName, type SessionClinicPlan } from './plan/session-plan';
import { plannedSessionMs } from './schedule';
import type { SessionState } from './state';

// The session's planned against actual: each clinic (its own record stays in its ClinicState),
// each break, and the whole. Computed as of `now`, so a summary opened mid-session is right.

export type ClinicOutcome = 'done' | 'running' | 'notRun' | 'dropped';

export interface ClinicResult {
  clinicId: number;
  caseOwner: string;
  caseTitle: string;
  outcome: ClinicOutcome;
  /** Its length in the plan at the session's start (0 if it had none). */
  plannedMs: number;
  /** Its length in the plan it ran with, after any fit. */
  fittedMs: number;
  startedAt: number | null;
  endedAt: number | null;
  /** Running time of its phases. */
  actualMs: number;
  pausedMs: number;
  /** From its start to its end (or now), pauses included. */
  wallMs: number;
}

export interface BreakResult {
  afterClinicId: number;
  beforeClinicId: number | null;
  plannedMs: number;
  lengthenedMs: number;
  actualMs: number;
  startedAt: number;
  endedAt: number | null;
}

export interface SessionRecord {
  startedAt: number | null;
  endedAt: number | null;
  /** Every clinic and break of the plan at the start. */
  plannedMs: number;
  /** From the start to the end (or now). */
  actualMs: number;
  plannedEndAt: number | null;
  endBy: number | null;
  clinics: ClinicResult[];
  breaks: BreakResult[];
}

function notRun(
  state: SessionState,
  entry: SessionClinicPlan,
  outcome: ClinicOutcome,
): ClinicResult {
  const planned = state.startPlan ? findClinic(state.startPlan, entry.id) : entry;
  return {
    clinicId: entry.id,
    caseOwner: memberName(state.plan, entry.caseOwnerId),
    caseTitle: entry.caseTitle,
    outcome,
    plannedMs: planned ? totalPlannedMs(planned.durationsMs) : 0,
    fittedMs: totalPlannedMs(entry.durationsMs),
    startedAt: null,
    endedAt: null,
    actualMs: 0,
    pausedMs: 0,
    wallMs: 0,
  };
}

export function sessionRecord(state: SessionState, now: number): SessionRecord {
  const ran = state.runs.map((run, index): ClinicResult => {
    const entry = state.plan.clinics[index]!;
    const totals = clinicTotals(summarizePhases(run, now), run, now);
    const planned = state.startPlan ? findClinic(state.startPlan, entry.id) : undefined;
    return {
      clinicId: entry.id,
      caseOwner: run.plan.caseOwner,
      caseTitle: run.plan.caseTitle,
      outcome: run.status === 'finished' ? 'done' : 'running',
      plannedMs: planned ? totalPlannedMs(planned.durationsMs) : 0,
      fittedMs: totalPlannedMs(run.plan.durationsMs),
      startedAt: run.clinicStartedAt,
      endedAt: run.clinicEndedAt,
      actualMs: totals.actualMs,
      pausedMs: totals.pausedMs,
      wallMs: totals.wallMs,
    };
  });
  const waiting = state.plan.clinics
    .slice(state.runs.length)
    .map((entry) => notRun(state, entry, 'notRun'));
  const dropped = state.dropped.map((entry) => notRun(state, entry, 'dropped'));
  const breaks = state.breaks.map((record) => ({
    afterClinicId: record.afterClinicId,
    beforeClinicId: record.beforeClinicId,
    plannedMs: record.plannedMs,
    lengthenedMs: record.lengthenedMs,
    actualMs: Math.max(0, (record.endedAt ?? now) - record.startedAt),
    startedAt: record.startedAt,
    endedAt: record.endedAt,
  }));
  const plannedMs = state.startPlan
    ? plannedSessionMs(state.startPlan)
    : plannedSessionMs(state.plan);
  return {
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    plannedMs,
    actualMs: state.startedAt === null ? 0 : Math.max(0, (state.endedAt ?? now) - state.startedAt),
    plannedEndAt: state.startedAt === null ? null : state.startedAt + plannedMs,
    endBy: state.plan.endBy,
    clinics: [...ran, ...waiting, ...dropped],
    breaks,
  };
}
