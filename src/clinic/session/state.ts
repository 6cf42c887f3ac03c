import type { ClinicState } from '../state';
import type { PhaseId } from '../phases';
import { createSessionPlan, type SessionClinicPlan, type SessionPlan } from './plan/session-plan';

export type SessionStatus = 'planning' | 'clinic' | 'break' | 'finished';

/** What actually happened in one break; its countdown is computed from these timestamps. */
export interface BreakRecord {
  afterClinicId: number;
  /** The clinic that followed; null while the break runs, or when the session ended in it. */
  beforeClinicId: number | null;
  startedAt: number;
  endedAt: number | null;
  /** The planned length when the break began. */
  plannedMs: number;
  /** Time the facilitator added during the break. */
  lengthenedMs: number;
}

/** Which part of the session a fitted length belongs to. */
export type SegmentKey =
  { kind: 'phase'; clinicId: number; phaseId: PhaseId } | { kind: 'break'; gapIndex: number };

/** One length a fit changed: the preview shows before and after, undo restores before. */
export interface FitChange {
  key: SegmentKey;
  beforeMs: number;
  afterMs: number;
  floorMs: number;
}

/**
 * The whole session as one serialisable value. `plan` is the running plan (the order after a
 * skip, the lengths after a fit); `startPlan` is the plan as it stood at the start, what the
 * record compares against. `runs[i]` is the clinic state of `plan.clinics[i]`: the clinics that
 * have started, each kept as it ended; the last one is the current clinic while in a clinic.
 * `breaks[i]` is the break after `runs[i]`.
 */
export interface SessionState {
  status: SessionStatus;
  plan: SessionPlan;
  startPlan: SessionPlan | null;
  runs: ClinicState[];
  breaks: BreakRecord[];
  /** Clinics dropped because their case owner was absent, in the order they were dropped. */
  dropped: SessionClinicPlan[];
  startedAt: number | null;
  endedAt: number | null;
  /** The last fit's changes, so one step undoes it; null when there is nothing to undo. */
  lastFit: FitChange[] | null;
  /** Cue ids of the current break already fired: a reload never replays them. */
  breakFiredCues: string[];
}

export function createSession(plan: SessionPlan = createSessionPlan()): SessionState {
  return {
    status: 'planning',
    plan,
    startPlan: null,
    runs: [],
    breaks: [],
    dropped: [],
    startedAt: null,
    endedAt: null,
    lastFit: null,
    breakFiredCues: [],
  };
}

/** The clinic under way (or just finished, before the break): null outside a clinic. */
export function currentRun(state: SessionState): ClinicState | null {
  return state.status === 'clinic' ? (state.runs[state.runs.length - 1] ?? null) : null;
}

/** The break under way: null outside a break. */
export function currentBreak(state: SessionState): BreakRecord | null {
  return state.status === 'break' ? (state.breaks[state.breaks.length - 1] ?? null) : null;
}

/** The clinic that comes next: after the current one, or the one the break leads to. */
export function nextClinic(state: SessionState): SessionClinicPlan | null {
  if (state.status === 'finished') return null;
  return state.plan.clinics[state.runs.length] ?? null;
}

/** Clinics of the plan that have not started: the only ones a skip may move or drop. */
export function isNotStarted(state: SessionState, clinicId: number): boolean {
  const index = state.plan.clinics.findIndex((clinic) => clinic.id === clinicId);
  return index >= state.runs.length && state.status !== 'finished';
}
