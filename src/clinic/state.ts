import { PHASES, phaseAt, type PhaseDefinition, type PhaseId } from './phases';
import { createPlan, type Plan, type TemplateId } from './templates';

export type ClinicStatus = 'setup' | 'running' | 'paused' | 'finished';

/** What actually happened in one phase, summed over every visit to it. */
export interface PhaseRecord {
  phaseId: PhaseId;
  /** Epoch ms of the first entry, null if never entered. */
  startedAt: number | null;
  /** Epoch ms of the last exit, null while current or never entered. */
  endedAt: number | null;
  /** All running (not paused) time spent in the phase, restarts included. */
  activeMs: number;
  /** All paused time while this phase was current. */
  pausedMs: number;
  pauseCount: number;
  /** Net minutes added or removed by the facilitator, in ms. */
  extensionMs: number;
  /** Where the countdown stood when the phase was left, so a step back resumes it. */
  clockElapsedMs: number;
  visits: number;
  restarts: number;
}

/** A manual hand-over in mirroring: turn `turnIndex` began at this point of the phase clock. */
export interface TurnHandover {
  turnIndex: number;
  atElapsedMs: number;
}

/** A mirroring turn given by a coach who has left since: it stays in the record as it was. */
export interface GivenTurn {
  name: string;
  /** The phase entry it was given in, and its span on that entry's phase clock. */
  phaseEntry: number;
  fromMs: number;
  toMs: number;
}

export interface ClinicState {
  status: ClinicStatus;
  /**
   * Who this clinic is, from its start on: the history keeps one record per id, and the notes
   * belong to it. Null before the start.
   */
  clinicId: string | null;
  plan: Plan;
  phaseIndex: number;
  /** Epoch ms when the current running stretch began; null unless running. */
  runningSince: number | null;
  /** Countdown time of the current phase accumulated before `runningSince`. */
  elapsedBeforeMs: number;
  /** Epoch ms when the current pause began; null unless paused. */
  pausedSince: number | null;
  records: PhaseRecord[];
  clinicStartedAt: number | null;
  clinicEndedAt: number | null;
  handover: TurnHandover | null;
  /** Mirroring turns of coaches who left after speaking (people.ts). */
  givenTurns?: GivenTurn[];
  /** Counts phase entries and restarts, so cue ids differ between visits. */
  phaseEntry: number;
  /** Cue ids already fired in the current phase entry: a reload never replays them. */
  firedCues: string[];
}

export function createRecords(): PhaseRecord[] {
  return PHASES.map((phase) => ({
    phaseId: phase.id,
    startedAt: null,
    endedAt: null,
    activeMs: 0,
    pausedMs: 0,
    pauseCount: 0,
    extensionMs: 0,
    clockElapsedMs: 0,
    visits: 0,
    restarts: 0,
  }));
}

export function createClinic(plan: Plan = createPlan(), templateId?: TemplateId): ClinicState {
  return {
    status: 'setup',
    clinicId: null,
    plan: templateId ? createPlan(templateId) : plan,
    phaseIndex: 0,
    runningSince: null,
    elapsedBeforeMs: 0,
    pausedSince: null,
    records: createRecords(),
    clinicStartedAt: null,
    clinicEndedAt: null,
    handover: null,
    phaseEntry: 0,
    firedCues: [],
  };
}

export function currentRecord(state: ClinicState): PhaseRecord {
  const record = state.records[state.phaseIndex];
  if (!record) throw new RangeError(`No record at index ${state.phaseIndex}`);
  return record;
}

/** Running or paused: a clinic under way, with a phase clock that the controls act on. */
export function isInSession<T extends Pick<ClinicState, 'status'>>(
  state: T,
): state is T & { status: 'running' | 'paused' } {
  return state.status === 'running' || state.status === 'paused';
}

/** The phase the clinic is in (or was last in): its id and who may speak. */
export function currentPhase(state: Pick<ClinicState, 'phaseIndex'>): PhaseDefinition {
  return phaseAt(state.phaseIndex);
}

/**
 * The id of a clinic that started without one: saves and files from before clinic ids, and a
 * start that was not given one. The start instant, as text: what named a clinic until then.
 */
export function clinicIdFromStart(clinicStartedAt: number | null): string | null {
  return clinicStartedAt === null ? null : String(clinicStartedAt);
}
