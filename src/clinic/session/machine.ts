import { transition, type ClinicEvent } from '../machine';
import { createClinic, type ClinicState } from '../state';
import { MAX_TEXT_LENGTH } from '../templates';
import { MAX_BREAK_LENGTHEN_MS } from './break-clock';
import { fitSession, setFittedLengths } from './fit/fit-session';
import { moveClinic, removeClinic } from './plan/plan-edit';
import { validateSessionPlan } from './plan/plan-validate';
import { clinicPlanOf, findClinic, type SessionPlan } from './plan/session-plan';
import { isNotStarted, type BreakRecord, type SessionState } from './state';

export type SkipMode = 'moveToEnd' | 'drop';

export type SessionEvent =
  /** Planning only: the planner's edited plan. */
  | { type: 'setPlan'; plan: SessionPlan }
  | { type: 'start' }
  /** The current clinic's own event, handed to the single clinic's machine (not `reset`). */
  | { type: 'clinic'; event: ClinicEvent }
  /** Time-driven: the current clinic's tick (a stillness that ends by itself). */
  | { type: 'tick' }
  /** Ends the current clinic (if it still runs) and begins the break, or ends the session. */
  | { type: 'finishClinic' }
  /** Ends the break, early or late, and starts the next clinic. */
  | { type: 'startNextClinic' }
  | { type: 'lengthenBreak'; deltaMs: number }
  /** A case whose owner is absent: to the end of the order, or out of the session. */
  | { type: 'skipCase'; clinicId: number; mode: SkipMode }
  /** A case title or help asked, given for a clinic that has not started. */
  | { type: 'updateCase'; clinicId: number; caseTitle?: string; helpWanted?: string }
  | { type: 'setEndBy'; endBy: number | null }
  /** Fits the rest to the plan's end time; while planning, from `startAt` (default now). */
  | { type: 'fitToEnd'; startAt?: number }
  | { type: 'undoFit' }
  | { type: 'finishSession' };

export type SessionEventType = SessionEvent['type'];

function startRun(state: SessionState, index: number, at: number): ClinicState | null {
  const entry = state.plan.clinics[index];
  if (!entry) return null;
  const run = transition(createClinic(clinicPlanOf(state.plan, entry)), { type: 'start' }, at);
  return run.status === 'running' ? run : null;
}

function start(state: SessionState, now: number): SessionState {
  if (state.status !== 'planning' || validateSessionPlan(state.plan).length > 0) return state;
  const run = startRun(state, 0, now);
  if (!run) return state;
  return { ...state, status: 'clinic', startPlan: state.plan, runs: [run], startedAt: now };
}

function withCurrentRun(state: SessionState, run: ClinicState): SessionState {
  const runs = [...state.runs.slice(0, -1), run];
  return { ...state, runs };
}

/** The current clinic, ended at `now` if it still runs. */
function endedRun(state: SessionState, now: number): ClinicState | null {
  const run = state.runs[state.runs.length - 1];
  if (state.status !== 'clinic' || !run) return null;
  return run.status === 'finished' ? run : transition(run, { type: 'finish' }, now);
}

function finishClinic(state: SessionState, now: number): SessionState {
  const run = endedRun(state, now);
  if (!run || run.status !== 'finished') return state;
  const endAt = run.clinicEndedAt ?? now;
  const ended = withCurrentRun(state, run);
  const gap = state.runs.length - 1;
  if (state.runs.length >= state.plan.clinics.length) {
    return { ...ended, status: 'finished', endedAt: endAt };
  }
  const record: BreakRecord = {
    afterClinicId: state.plan.clinics[gap]!.id,
    beforeClinicId: null,
    // The break began when the clinic ended: the room was on its break from then.
    startedAt: endAt,
    endedAt: null,
    plannedMs: state.plan.breaksMs[gap] ?? 0,
    lengthenedMs: 0,
  };
  return { ...ended, status: 'break', breaks: [...state.breaks, record], breakFiredCues: [] };
}

function closeBreak(state: SessionState, now: number, beforeClinicId: number | null) {
  const record = state.breaks[state.breaks.length - 1]!;
  const closed = { ...record, endedAt: Math.max(now, record.startedAt), beforeClinicId };
  return [...state.breaks.slice(0, -1), closed];
}

function startNextClinic(state: SessionState, now: number): SessionState {
  if (state.status !== 'break') return state;
  const index = state.runs.length;
  const run = startRun(state, index, now);
  if (!run) return state;
  const breaks = closeBreak(state, now, state.plan.clinics[index]!.id);
  return { ...state, status: 'clinic', runs: [...state.runs, run], breaks, breakFiredCues: [] };
}

function lengthenBreak(state: SessionState, deltaMs: number): SessionState {
  const record = state.breaks[state.breaks.length - 1];
  if (state.status !== 'break' || !record || !Number.isFinite(deltaMs) || deltaMs <= 0) {
    return state;
  }
  const lengthenedMs = Math.min(record.lengthenedMs + deltaMs, MAX_BREAK_LENGTHEN_MS);
  if (lengthenedMs === record.lengthenedMs) return state;
  return { ...state, breaks: [...state.breaks.slice(0, -1), { ...record, lengthenedMs }] };
}

function finishSession(state: SessionState, now: number): SessionState {
  if (state.status === 'break') {
    const breaks = closeBreak(state, now, null);
    return { ...state, status: 'finished', breaks, endedAt: breaks[breaks.length - 1]!.endedAt };
  }
  const run = endedRun(state, now);
  if (!run || run.status !== 'finished') return state;
  return { ...withCurrentRun(state, run), status: 'finished', endedAt: run.clinicEndedAt ?? now };
}

function skipCase(state: SessionState, clinicId: number, mode: SkipMode, now: number) {
  if ((state.status !== 'clinic' && state.status !== 'break') || !isNotStarted(state, clinicId)) {
    return state;
  }
  if (mode === 'moveToEnd') {
    const plan = moveClinic(state.plan, clinicId, state.plan.clinics.length - 1);
    return plan === state.plan ? state : { ...state, plan, lastFit: null };
  }
  const entry = findClinic(state.plan, clinicId)!;
  const plan = removeClinic(state.plan, clinicId);
  const dropped = { ...state, plan, dropped: [...state.dropped, entry], lastFit: null };
  // In a break that led to the last case left, there is nothing more to run.
  const nothingLeft = state.status === 'break' && state.runs.length >= plan.clinics.length;
  return nothingLeft ? finishSession(dropped, now) : dropped;
}

function updateCase(
  state: SessionState,
  event: Extract<SessionEvent, { type: 'updateCase' }>,
): SessionState {
  const entry = findClinic(state.plan, event.clinicId);
  if (!entry || state.status === 'finished' || !isNotStarted(state, event.clinicId)) return state;
  const caseTitle = (event.caseTitle ?? entry.caseTitle).slice(0, MAX_TEXT_LENGTH);
  const helpWanted = (event.helpWanted ?? entry.helpWanted).slice(0, MAX_TEXT_LENGTH);
  if (caseTitle === entry.caseTitle && helpWanted === entry.helpWanted) return state;
  const clinics = state.plan.clinics.map((c) =>
    c.id === event.clinicId ? { ...c, caseTitle, helpWanted } : c,
  );
  return { ...state, plan: { ...state.plan, clinics } };
}

function setEndBy(state: SessionState, endBy: number | null): SessionState {
  if (state.status === 'finished' || state.plan.endBy === endBy) return state;
  if (endBy !== null && !Number.isSafeInteger(endBy)) return state;
  return { ...state, plan: { ...state.plan, endBy } };
}

function fitToEnd(state: SessionState, now: number, startAt: number | undefined): SessionState {
  if (state.status === 'finished') return state;
  const fit = fitSession(state, now, startAt ?? now);
  if (fit.status !== 'fitted') return state;
  const fitted = setFittedLengths(state, fit.lengths, 'afterMs');
  return fitted === state ? state : { ...fitted, lastFit: fit.lengths };
}

function undoFit(state: SessionState): SessionState {
  if (state.lastFit === null || state.status === 'finished') return state;
  return { ...setFittedLengths(state, state.lastFit, 'beforeMs'), lastFit: null };
}

function clinicEvent(state: SessionState, event: ClinicEvent, now: number): SessionState {
  const run = state.runs[state.runs.length - 1];
  // A reset would throw away a clinic the session's record needs; a new session starts afresh.
  if (state.status !== 'clinic' || !run || event.type === 'reset') return state;
  const next = transition(run, event, now);
  return next === run ? state : withCurrentRun(state, next);
}

/**
 * The session's one state machine, above the clinic's and of the same shape: pure, the same
 * state, event and instant always give the same result, and an event that does not apply
 * returns the very same state object.
 */
export function transitionSession(
  state: SessionState,
  event: SessionEvent,
  now: number,
): SessionState {
  switch (event.type) {
    case 'setPlan':
      return state.status === 'planning' && event.plan !== state.plan
        ? { ...state, plan: event.plan }
        : state;
    case 'start':
      return start(state, now);
    case 'clinic':
      return clinicEvent(state, event.event, now);
    case 'tick':
      return clinicEvent(state, { type: 'tick' }, now);
    case 'finishClinic':
      return finishClinic(state, now);
    case 'startNextClinic':
      return startNextClinic(state, now);
    case 'lengthenBreak':
      return lengthenBreak(state, event.deltaMs);
    case 'skipCase':
      return skipCase(state, event.clinicId, event.mode, now);
    case 'updateCase':
      return updateCase(state, event);
    case 'setEndBy':
      return setEndBy(state, event.endBy);
    case 'fitToEnd':
      return fitToEnd(state, now, event.startAt);
    case 'undoFit':
      return undoFit(state);
    case 'finishSession':
      return state.status === 'clinic' || state.status === 'break'
        ? finishSession(state, now)
        : state;
    default:
      return state;
  }
}
