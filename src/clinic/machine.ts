import { PHASE_COUNT, type PhaseId } from './phases';
import {
  MAX_PHASE_MS,
  templateDurations,
  validatePlan,
  withPhaseDuration,
  type Plan,
  type TemplateId,
} from './templates';
import {
  clinicIdFromStart,
  createClinic,
  createRecords,
  currentPhase,
  currentRecord,
  isInSession,
  type ClinicState,
  type PhaseRecord,
} from './state';
import { currentPauseMs, phaseElapsedMs, runningStretchMs } from './clock';
import { momentAt } from './moment';
import { changePeople, type PeopleEvent } from './people';

export type PlanPatch = Partial<Omit<Plan, 'durationsMs' | 'templateId'>>;

export type ClinicEvent =
  /** `clinicId`: the new clinic's identity; the app makes a random one. */
  | { type: 'start'; clinicId?: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'extend'; deltaMs: number }
  | { type: 'restartPhase' }
  | { type: 'finish' }
  | { type: 'reopen' }
  | { type: 'reset' }
  | { type: 'nextTurn' }
  | { type: 'tick' }
  | { type: 'applyTemplate'; templateId: TemplateId }
  | { type: 'setPhaseDuration'; phaseId: PhaseId; ms: number }
  | { type: 'updatePlan'; patch: PlanPatch }
  | PeopleEvent;

export type ClinicEventType = ClinicEvent['type'];

function withRecord(
  state: ClinicState,
  index: number,
  update: (record: PhaseRecord) => PhaseRecord,
): PhaseRecord[] {
  return state.records.map((record, i) => (i === index ? update(record) : record));
}

/** Closes the current phase at instant `at`: banks running and paused time. */
function leavePhase(state: ClinicState, at: number): ClinicState {
  const stretch = runningStretchMs(state, at);
  const paused = currentPauseMs(state, at);
  const clockElapsedMs = state.elapsedBeforeMs + stretch;
  return {
    ...state,
    records: withRecord(state, state.phaseIndex, (record) => ({
      ...record,
      activeMs: record.activeMs + stretch,
      pausedMs: record.pausedMs + paused,
      clockElapsedMs,
      endedAt: at,
    })),
    runningSince: null,
    pausedSince: null,
    elapsedBeforeMs: clockElapsedMs,
  };
}

/** Enters phase `index` at instant `at`; a phase visited before resumes its countdown. */
function enterPhase(
  state: ClinicState,
  index: number,
  at: number,
  status: 'running' | 'paused',
): ClinicState {
  const records = withRecord(state, index, (record) => ({
    ...record,
    startedAt: record.startedAt ?? at,
    endedAt: null,
    visits: record.visits + 1,
    pauseCount: record.pauseCount + (status === 'paused' ? 1 : 0),
  }));
  return {
    ...state,
    status,
    phaseIndex: index,
    records,
    elapsedBeforeMs: records[index]?.clockElapsedMs ?? 0,
    runningSince: status === 'running' ? at : null,
    pausedSince: status === 'paused' ? at : null,
    handover: null,
    phaseEntry: state.phaseEntry + 1,
    firedCues: [],
  };
}

function moveTo(state: ClinicState, index: number, now: number): ClinicState {
  if (!isInSession(state)) return state;
  if (index < 0 || index >= PHASE_COUNT || index === state.phaseIndex) return state;
  return enterPhase(leavePhase(state, now), index, now, state.status);
}

function start(state: ClinicState, now: number, clinicId?: string): ClinicState {
  if (state.status !== 'setup' || validatePlan(state.plan).length > 0) return state;
  const fresh: ClinicState = {
    ...state,
    clinicId: clinicId ?? clinicIdFromStart(now),
    records: createRecords(),
    clinicStartedAt: now,
    clinicEndedAt: null,
    givenTurns: undefined,
    phaseEntry: 0,
  };
  return enterPhase(fresh, 0, now, 'running');
}

function pause(state: ClinicState, now: number): ClinicState {
  if (state.status !== 'running') return state;
  const stretch = runningStretchMs(state, now);
  return {
    ...state,
    status: 'paused',
    elapsedBeforeMs: state.elapsedBeforeMs + stretch,
    runningSince: null,
    pausedSince: now,
    records: withRecord(state, state.phaseIndex, (record) => ({
      ...record,
      activeMs: record.activeMs + stretch,
      pauseCount: record.pauseCount + 1,
    })),
  };
}

function resume(state: ClinicState, now: number): ClinicState {
  if (state.status !== 'paused') return state;
  const paused = currentPauseMs(state, now);
  return {
    ...state,
    status: 'running',
    runningSince: now,
    pausedSince: null,
    records: withRecord(state, state.phaseIndex, (record) => ({
      ...record,
      pausedMs: record.pausedMs + paused,
    })),
  };
}

/** Adds or removes time; a removal never takes the remaining time below zero. */
function extend(state: ClinicState, deltaMs: number, now: number): ClinicState {
  if (!isInSession(state)) return state;
  if (!Number.isFinite(deltaMs) || deltaMs === 0) return state;
  const record = currentRecord(state);
  const baseMs = state.plan.durationsMs[currentPhase(state).id];
  const elapsed = phaseElapsedMs(state, now);
  let extensionMs = record.extensionMs + deltaMs;
  if (deltaMs < 0)
    extensionMs = Math.max(extensionMs, Math.min(record.extensionMs, elapsed - baseMs));
  extensionMs = Math.min(extensionMs, MAX_PHASE_MS - baseMs);
  if (extensionMs === record.extensionMs) return state;
  return {
    ...state,
    records: withRecord(state, state.phaseIndex, (r) => ({ ...r, extensionMs })),
  };
}

function restartPhase(state: ClinicState, now: number): ClinicState {
  if (!isInSession(state)) return state;
  const stretch = runningStretchMs(state, now);
  return {
    ...state,
    elapsedBeforeMs: 0,
    runningSince: state.status === 'running' ? now : null,
    records: withRecord(state, state.phaseIndex, (record) => ({
      ...record,
      activeMs: record.activeMs + stretch,
      extensionMs: 0,
      clockElapsedMs: 0,
      restarts: record.restarts + 1,
    })),
    handover: null,
    phaseEntry: state.phaseEntry + 1,
    firedCues: [],
  };
}

function finish(state: ClinicState, now: number): ClinicState {
  if (!isInSession(state)) return state;
  return { ...leavePhase(state, now), status: 'finished', clinicEndedAt: now };
}

/**
 * Undoes a finish made by mistake: back to the phase the clinic ended in, paused, its countdown
 * where it stopped. Cues already fired stay fired, so nothing rings again.
 */
function reopen(state: ClinicState, now: number): ClinicState {
  if (state.status !== 'finished') return state;
  return {
    ...state,
    status: 'paused',
    pausedSince: now,
    runningSince: null,
    clinicEndedAt: null,
    records: withRecord(state, state.phaseIndex, (record) => ({
      ...record,
      endedAt: null,
      pauseCount: record.pauseCount + 1,
    })),
  };
}

function reset(state: ClinicState): ClinicState {
  if (state.status === 'setup') return state;
  return createClinic(state.plan);
}

function nextTurn(state: ClinicState, now: number): ClinicState {
  if (!isInSession(state)) return state;
  const { turn, clock } = momentAt(state, now);
  if (!turn || turn.next === null) return state;
  return { ...state, handover: { turnIndex: turn.turnIndex + 1, atElapsedMs: clock.elapsedMs } };
}

/** Time-driven change: stillness may end by itself, exactly at its planned end. */
function tick(state: ClinicState, now: number): ClinicState {
  if (state.status !== 'running' || state.runningSince === null) return state;
  if (currentPhase(state).id !== 'stillness' || !state.plan.stillnessEndsAutomatically) {
    return state;
  }
  const { isLastPhase, clock } = momentAt(state, now);
  if (isLastPhase || clock.elapsedMs < clock.plannedMs) return state;
  const endAt = state.runningSince + Math.max(0, clock.plannedMs - state.elapsedBeforeMs);
  return enterPhase(leavePhase(state, endAt), state.phaseIndex + 1, endAt, 'running');
}

function editPlan(state: ClinicState, plan: Plan): ClinicState {
  return state.status === 'setup' ? { ...state, plan } : state;
}

/**
 * The clinic's one state machine. Pure: the same state, event and instant always give the same
 * result. An event that does not apply returns the very same state object.
 */
export function transition(state: ClinicState, event: ClinicEvent, now: number): ClinicState {
  switch (event.type) {
    case 'start':
      return start(state, now, event.clinicId);
    case 'pause':
      return pause(state, now);
    case 'resume':
      return resume(state, now);
    case 'next':
      return moveTo(state, state.phaseIndex + 1, now);
    case 'previous':
      return moveTo(state, state.phaseIndex - 1, now);
    case 'extend':
      return extend(state, event.deltaMs, now);
    case 'restartPhase':
      return restartPhase(state, now);
    case 'finish':
      return finish(state, now);
    case 'reopen':
      return reopen(state, now);
    case 'reset':
      return reset(state);
    case 'nextTurn':
      return nextTurn(state, now);
    case 'tick':
      return tick(state, now);
    case 'applyTemplate':
      return editPlan(state, {
        ...state.plan,
        templateId: event.templateId,
        durationsMs: templateDurations(event.templateId),
      });
    case 'setPhaseDuration':
      if (state.plan.durationsMs[event.phaseId] === event.ms) return state;
      return editPlan(state, withPhaseDuration(state.plan, event.phaseId, event.ms));
    case 'updatePlan':
      return editPlan(state, { ...state.plan, ...event.patch });
    case 'renamePerson':
    case 'addCoach':
    case 'removeCoach':
      return changePeople(state, event, now);
    default:
      return state;
  }
}
