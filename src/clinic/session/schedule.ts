import { totalPlannedMs } from '../templates';
import type { SessionPlan } from './plan/session-plan';
import { createSession, type SessionState } from './state';
import { remainingTimeline } from './timeline';

// When each clinic and break starts and ends, and when the session will be over: what happened
// from the record, the rest from the plan (the current phase or break counting what it has left).

export type ScheduleProgress = 'done' | 'current' | 'planned';

export type ScheduleItem =
  | {
      kind: 'clinic';
      clinicId: number;
      startAt: number;
      endAt: number;
      progress: ScheduleProgress;
    }
  | {
      kind: 'break';
      /** The break after the gapIndex-th clinic of the running order. */
      gapIndex: number;
      afterClinicId: number;
      /** The clinic it leads to; null for a session that ended in its break. */
      beforeClinicId: number | null;
      startAt: number;
      endAt: number;
      progress: ScheduleProgress;
    };

export interface SessionSchedule {
  items: ScheduleItem[];
  endAt: number;
}

/** What has happened: the clinics that are over and the breaks that are over. */
function pastItems(state: SessionState): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  state.runs.forEach((run, index) => {
    const clinicId = state.plan.clinics[index]?.id ?? -1;
    if (run.status === 'finished') {
      const startAt = run.clinicStartedAt ?? 0;
      items.push({
        kind: 'clinic',
        clinicId,
        startAt,
        endAt: run.clinicEndedAt ?? startAt,
        progress: 'done',
      });
    }
    const record = state.breaks[index];
    if (record && record.endedAt !== null) {
      items.push({
        kind: 'break',
        gapIndex: index,
        afterClinicId: record.afterClinicId,
        beforeClinicId: record.beforeClinicId,
        startAt: record.startedAt,
        endAt: record.endedAt,
        progress: 'done',
      });
    }
  });
  return items;
}

/**
 * The whole session's schedule as of `now`. While planning it is the plan laid out from
 * `startAt`; once the session has ended, what happened.
 */
export function sessionSchedule(state: SessionState, now: number, startAt = now): SessionSchedule {
  const items = pastItems(state);
  const { fromAt, segments } = remainingTimeline(state, now, startAt);
  let cursor = fromAt;
  const started = state.runs.length;
  for (const segment of segments) {
    const startAt = cursor;
    cursor += segment.lengthMs;
    const last = items[items.length - 1];
    const key = segment.key;
    if (key.kind === 'phase') {
      if (last?.kind === 'clinic' && last.clinicId === key.clinicId && last.progress !== 'done') {
        last.endAt = cursor;
        continue;
      }
      const index = state.plan.clinics.findIndex((clinic) => clinic.id === key.clinicId);
      const isCurrent = index === started - 1 && state.status === 'clinic';
      const run = state.runs[index];
      items.push({
        kind: 'clinic',
        clinicId: key.clinicId,
        startAt: isCurrent && run?.clinicStartedAt != null ? run.clinicStartedAt : startAt,
        endAt: cursor,
        progress: isCurrent ? 'current' : 'planned',
      });
      continue;
    }
    // A clinic that is over but not yet followed by its break: the break began at its end.
    const ranFrom =
      state.status === 'break'
        ? state.breaks[key.gapIndex]?.startedAt
        : state.runs[key.gapIndex]?.clinicEndedAt;
    const isCurrent = key.gapIndex === started - 1 && typeof ranFrom === 'number';
    items.push({
      kind: 'break',
      gapIndex: key.gapIndex,
      afterClinicId: state.plan.clinics[key.gapIndex]?.id ?? -1,
      beforeClinicId: state.plan.clinics[key.gapIndex + 1]?.id ?? null,
      startAt: isCurrent ? ranFrom : startAt,
      endAt: cursor,
      progress: isCurrent ? 'current' : 'planned',
    });
  }
  const endAt =
    state.status === 'finished'
      ? (state.endedAt ?? now)
      : (items[items.length - 1]?.endAt ?? fromAt);
  return { items, endAt };
}

/** The plan laid out from `startAt`: what the planner shows. */
export function schedulePlan(plan: SessionPlan, startAt: number): SessionSchedule {
  return sessionSchedule(createSession(plan), startAt, startAt);
}

/** The length of a plan: every clinic and every break. */
export function plannedSessionMs(plan: SessionPlan): number {
  const clinics = plan.clinics.reduce((sum, c) => sum + totalPlannedMs(c.durationsMs), 0);
  return clinics + plan.breaksMs.reduce((sum, ms) => sum + ms, 0);
}

export interface SessionForecast {
  /** When the session will end if the rest keeps to its (fitted) plan. */
  expectedEndAt: number;
  /** The end the plan had at the start. */
  plannedEndAt: number;
  /** Positive: behind the plan at the start (late); negative: ahead. */
  deltaMs: number;
  endBy: number | null;
  /** Positive: would end after the end time; null without one. */
  endByDeltaMs: number | null;
}

export function sessionForecast(state: SessionState, now: number): SessionForecast | null {
  if (state.startedAt === null || state.startPlan === null) return null;
  const expectedEndAt = sessionSchedule(state, now).endAt;
  const plannedEndAt = state.startedAt + plannedSessionMs(state.startPlan);
  const endBy = state.plan.endBy;
  return {
    expectedEndAt,
    plannedEndAt,
    deltaMs: expectedEndAt - plannedEndAt,
    endBy,
    endByDeltaMs: endBy === null ? null : expectedEndAt - endBy,
  };
}
