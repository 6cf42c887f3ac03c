import { phaseClock } from '../clock';
import { PHASE_IDS, type PhaseId } from '../phases';
import type { ClinicState } from '../state';
import { MINUTE_MS, MIN_PHASE_MS, templateDurations, type Durations } from '../templates';
import type { SessionPlan } from './plan/session-plan';
import type { SegmentKey, SessionState } from './state';

// What is left of a session, as a row of segments (phases and breaks) from an instant on. The
// schedule adds them up; the fit shrinks the ones that have not started. Everything is computed
// from the record's timestamps and `now`.

/**
 * The shortest a break becomes when the session must end on time: five minutes, enough to
 * stretch and refill a glass, or the planned length when that is shorter (0 stays 0).
 */
export const BREAK_FLOOR_MS = 5 * MINUTE_MS;

const QUICK = templateDurations('quick');

/** A phase never shrinks below its length in the quick template nor below MIN_PHASE_MS. */
export function phaseFloorMs(phaseId: PhaseId, plannedMs: number): number {
  return Math.min(plannedMs, Math.max(QUICK[phaseId], MIN_PHASE_MS));
}

export function breakFloorMs(plannedMs: number): number {
  return Math.min(plannedMs, BREAK_FLOOR_MS);
}

export interface Segment {
  key: SegmentKey;
  /** How long it still takes: its planned length, or what is left of it if it runs. */
  lengthMs: number;
  /** Only what has not started may be fitted; what runs keeps what it has. */
  adjustable: boolean;
  floorMs: number;
}

export interface Timeline {
  /** Where the first segment begins. */
  fromAt: number;
  segments: Segment[];
}

function phaseSegment(clinicId: number, phaseId: PhaseId, plannedMs: number): Segment {
  return {
    key: { kind: 'phase', clinicId, phaseId },
    lengthMs: plannedMs,
    adjustable: true,
    floorMs: phaseFloorMs(phaseId, plannedMs),
  };
}

function fixed(key: SegmentKey, lengthMs: number): Segment {
  return { key, lengthMs: Math.max(0, lengthMs), adjustable: false, floorMs: 0 };
}

export function breakSegment(gapIndex: number, plannedMs: number): Segment {
  return {
    key: { kind: 'break', gapIndex },
    lengthMs: plannedMs,
    adjustable: true,
    floorMs: breakFloorMs(plannedMs),
  };
}

export function plannedClinicSegments(clinicId: number, durationsMs: Durations): Segment[] {
  return PHASE_IDS.map((phaseId) => phaseSegment(clinicId, phaseId, durationsMs[phaseId]));
}

/**
 * What is left of a running clinic: the current phase what its countdown still shows, a later
 * phase visited before (a step back) what is left of it, and the phases not yet started their
 * planned length. A finished clinic has nothing left.
 */
export function runSegments(clinicId: number, clinic: ClinicState, now: number): Segment[] {
  if (clinic.status === 'setup') return plannedClinicSegments(clinicId, clinic.plan.durationsMs);
  if (clinic.status === 'finished') return [];
  const segments: Segment[] = [];
  PHASE_IDS.forEach((phaseId, index) => {
    if (index < clinic.phaseIndex) return;
    const key: SegmentKey = { kind: 'phase', clinicId, phaseId };
    const record = clinic.records[index]!;
    const plannedMs = clinic.plan.durationsMs[phaseId];
    if (index === clinic.phaseIndex) segments.push(fixed(key, phaseClock(clinic, now).remainingMs));
    else if (record.visits > 0) {
      segments.push(fixed(key, plannedMs + record.extensionMs - record.clockElapsedMs));
    } else segments.push(phaseSegment(clinicId, phaseId, plannedMs));
  });
  return segments;
}

/** The clinics from `fromIndex` on with the breaks between them, all as planned. */
function laterSegments(plan: SessionPlan, fromIndex: number): Segment[] {
  return plan.clinics.slice(fromIndex).flatMap((clinic, offset) => {
    const index = fromIndex + offset;
    const gap = offset === 0 ? [] : [breakSegment(index - 1, plan.breaksMs[index - 1] ?? 0)];
    return [...gap, ...plannedClinicSegments(clinic.id, clinic.durationsMs)];
  });
}

/**
 * The rest of the session from `now` (or, while planning, the whole plan from `startAt`). A
 * clinic that is over but not yet followed by its break counts its break as begun at the
 * clinic's end: the room is already on its break.
 */
export function remainingTimeline(state: SessionState, now: number, startAt = now): Timeline {
  const { plan, runs } = state;
  if (state.status === 'planning') return { fromAt: startAt, segments: laterSegments(plan, 0) };
  if (state.status === 'finished') return { fromAt: now, segments: [] };
  const next = runs.length;
  const gap = next - 1;
  const hasNext = next < plan.clinics.length;
  const segments: Segment[] = [];
  if (state.status === 'clinic') {
    const run = runs[gap]!;
    segments.push(...runSegments(plan.clinics[gap]?.id ?? -1, run, now));
    if (hasNext) {
      const breakMs = plan.breaksMs[gap] ?? 0;
      const key: SegmentKey = { kind: 'break', gapIndex: gap };
      if (run.status === 'finished') {
        segments.push(fixed(key, (run.clinicEndedAt ?? now) + breakMs - now));
      } else segments.push(breakSegment(gap, breakMs));
    }
  } else {
    const current = state.breaks[gap]!;
    const endAt = current.startedAt + current.plannedMs + current.lengthenedMs;
    segments.push(fixed({ kind: 'break', gapIndex: gap }, endAt - now));
  }
  // The break before clinic `next` is the one pushed above; laterSegments starts with the clinic.
  if (hasNext) segments.push(...laterSegments(plan, next));
  return { fromAt: now, segments };
}

export function totalLengthMs(segments: Segment[]): number {
  return segments.reduce((sum, segment) => sum + segment.lengthMs, 0);
}
