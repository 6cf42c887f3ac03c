import { PHASE_IDS, type PhaseId } from '../../phases';
import type { Durations, TemplateId } from '../../templates';
import type { ClinicState } from '../../state';
import { templateIdOf } from '../plan/plan-edit';
import type { SessionPlan } from '../plan/session-plan';
import { createSession, type FitChange, type SessionState } from '../state';
import {
  remainingTimeline,
  runSegments,
  totalLengthMs,
  type Segment,
  type Timeline,
} from '../timeline';
import { fitLengths } from './fit-lengths';

// "Fit the rest to the end time" for a session (before it starts or while it runs) and for a
// single clinic. A pure function of the plan, the record so far, the instant and the end time;
// the result is a preview (every length that may change, before and after) that the machine
// applies with `fitToEnd` and takes back with `undoFit`.

export type SessionFit =
  /** Nothing to fit: the rest already ends by the end time (fitting never stretches). */
  | { status: 'onTime'; endAt: number; expectedEndAt: number }
  | { status: 'fitted'; endAt: number; expectedEndAt: number; lengths: FitChange[] }
  | { status: 'refused'; code: 'noEndTime' }
  | {
      status: 'refused';
      code: 'cannotFit';
      endAt: number;
      expectedEndAt: number;
      /** How much later than the end time the rest ends with every length at its floor. */
      missingMs: number;
      /** The fewest clinics, from the last, whose dropping makes the rest fit; [] if none does. */
      dropClinicIds: number[];
    };

export type FitRefusalCode = Extract<SessionFit, { status: 'refused' }>['code'];

function minimumMs(segments: Segment[]): number {
  return segments.reduce(
    (sum, s) => sum + (s.adjustable ? Math.min(s.floorMs, s.lengthMs) : s.lengthMs),
    0,
  );
}

/** Clinics not yet started, last first, with the segments that go when each is dropped. */
function dropSuggestion(timeline: Timeline, droppable: number[], endAt: number): number[] {
  let segments = timeline.segments;
  const dropped: number[] = [];
  for (const clinicId of [...droppable].reverse()) {
    const firstPhase = segments.findIndex(
      (s) => s.key.kind === 'phase' && s.key.clinicId === clinicId,
    );
    // The clinic goes with the break before it.
    const from = segments[firstPhase - 1]?.key.kind === 'break' ? firstPhase - 1 : firstPhase;
    segments = segments.filter(
      (s, index) => index !== from && !(s.key.kind === 'phase' && s.key.clinicId === clinicId),
    );
    dropped.push(clinicId);
    if (timeline.fromAt + minimumMs(segments) <= endAt) return dropped;
  }
  return [];
}

/** Fits a timeline into the time up to `endAt`. */
export function fitTimeline(
  timeline: Timeline,
  endAt: number,
  droppable: number[] = [],
): SessionFit {
  const expectedEndAt = timeline.fromAt + totalLengthMs(timeline.segments);
  if (expectedEndAt <= endAt) return { status: 'onTime', endAt, expectedEndAt };
  const result = fitLengths(
    timeline.segments.map((s) => ({ ...s, kind: s.key.kind })),
    endAt - timeline.fromAt,
  );
  if (!result.ok) {
    const dropClinicIds = dropSuggestion(timeline, droppable, endAt);
    return {
      status: 'refused',
      code: 'cannotFit',
      endAt,
      expectedEndAt,
      missingMs: result.missingMs,
      dropClinicIds,
    };
  }
  const lengths = timeline.segments.flatMap((segment, index) =>
    segment.adjustable
      ? [
          {
            key: segment.key,
            beforeMs: segment.lengthMs,
            afterMs: result.lengthsMs[index]!,
            floorMs: segment.floorMs,
          },
        ]
      : [],
  );
  return { status: 'fitted', endAt, expectedEndAt, lengths };
}

/**
 * Fits the rest of a session to its plan's end time, from `now`; while planning, the whole plan
 * from `startAt` (the start the planner expects, by default now).
 */
export function fitSession(state: SessionState, now: number, startAt = now): SessionFit {
  const endAt = state.plan.endBy;
  if (endAt === null) return { status: 'refused', code: 'noEndTime' };
  // Dropping may be suggested for clinics to come, but never for all of them: while planning or
  // in a break, the first clinic to come stays (a plan that fails even then is told in minutes).
  const keep = state.status === 'clinic' ? 0 : 1;
  const droppable = state.plan.clinics.slice(state.runs.length + keep).map((clinic) => clinic.id);
  return fitTimeline(remainingTimeline(state, now, startAt), endAt, droppable);
}

/** Before the start: "end by 12:30" on this plan, starting at `startAt`. */
export function fitPlan(plan: SessionPlan, startAt: number): SessionFit {
  return fitSession(createSession(plan), startAt, startAt);
}

function gapNotStarted(state: SessionState, gapIndex: number): boolean {
  const current = state.runs.length - 1;
  if (state.status === 'planning') return true;
  if (state.status === 'finished') return false;
  if (gapIndex > current) return true;
  return (
    gapIndex === current && state.status === 'clinic' && state.runs[current]?.status !== 'finished'
  );
}

function phaseNotStarted(clinic: ClinicState, phaseIndex: number): boolean {
  if (clinic.status === 'setup') return true;
  if (clinic.status === 'finished') return false;
  return phaseIndex > clinic.phaseIndex && clinic.records[phaseIndex]?.visits === 0;
}

function withDuration<T extends { templateId: TemplateId | 'custom'; durationsMs: Durations }>(
  target: T,
  phaseId: PhaseId,
  ms: number,
): T {
  const durationsMs = { ...target.durationsMs, [phaseId]: ms };
  return { ...target, durationsMs, templateId: templateIdOf(durationsMs) };
}

/**
 * Sets lengths that have not started yet: `pick` chooses after (apply) or before (undo). An undo
 * restores only what still holds the fitted length, so a later edit is not overwritten.
 */
export function setFittedLengths(
  state: SessionState,
  lengths: FitChange[],
  pick: 'afterMs' | 'beforeMs',
): SessionState {
  let { plan } = state;
  let runs = state.runs;
  const current = state.status === 'clinic' ? state.runs.length - 1 : -1;
  for (const change of lengths) {
    const value = change[pick];
    const fitted = change.afterMs;
    if (change.key.kind === 'break') {
      const gap = change.key.gapIndex;
      const now = plan.breaksMs[gap];
      if (now === undefined || !gapNotStarted(state, gap)) continue;
      if (pick === 'beforeMs' && now !== fitted) continue;
      plan = { ...plan, breaksMs: plan.breaksMs.map((ms, i) => (i === gap ? value : ms)) };
      continue;
    }
    const { clinicId, phaseId } = change.key;
    const index = plan.clinics.findIndex((clinic) => clinic.id === clinicId);
    const entry = plan.clinics[index];
    if (!entry || (index < state.runs.length && index !== current)) continue;
    const run = index === current ? runs[index]! : null;
    const phaseIndex = PHASE_IDS.indexOf(phaseId);
    if (run && !phaseNotStarted(run, phaseIndex)) continue;
    const holds = run ? run.plan.durationsMs[phaseId] : entry.durationsMs[phaseId];
    if (pick === 'beforeMs' && holds !== fitted) continue;
    plan = {
      ...plan,
      clinics: plan.clinics.map((c, i) => (i === index ? withDuration(c, phaseId, value) : c)),
    };
    if (run) {
      const fittedRun = { ...run, plan: withDuration(run.plan, phaseId, value) };
      runs = runs.map((r, i) => (i === index ? fittedRun : r));
    }
  }
  return plan === state.plan && runs === state.runs ? state : { ...state, plan, runs };
}

/** A single clinic ("One clinic" with an end time): the rest of it from `now`. */
export function fitClinic(clinic: ClinicState, endAt: number, now: number): SessionFit {
  return fitTimeline({ fromAt: now, segments: runSegments(0, clinic, now) }, endAt);
}

/**
 * Applies a single clinic's fit (`afterMs`) or undoes it (`beforeMs`, only where the fitted
 * length still holds), on the phases that have not started.
 */
export function setClinicFittedLengths(
  clinic: ClinicState,
  lengths: FitChange[],
  pick: 'afterMs' | 'beforeMs',
): ClinicState {
  let plan = clinic.plan;
  for (const change of lengths) {
    if (change.key.kind !== 'phase') continue;
    const { phaseId } = change.key;
    if (!phaseNotStarted(clinic, PHASE_IDS.indexOf(phaseId))) continue;
    if (pick === 'beforeMs' && plan.durationsMs[phaseId] !== change.afterMs) continue;
    plan = withDuration(plan, phaseId, change[pick]);
  }
  return plan === clinic.plan ? clinic : { ...clinic, plan };
}
