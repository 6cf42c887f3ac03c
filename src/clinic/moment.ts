import { readClock, type ClockReading } from './clock';
import { turnsAt, type MirroringTurn, type TurnSchedule } from './mirroring';
import { PHASE_COUNT, type PhaseDefinition } from './phases';
import {
  currentPhase,
  currentRecord,
  isInSession,
  type ClinicState,
  type ClinicStatus,
} from './state';

// Where the clinic stands at one instant, worked out once from the state and `now`: the phase,
// its clock, its mode, the mirroring turn, the expected end. The cues, the record and the views
// read it instead of each working the current phase out again.

/** Normal, in its wrap-up, or past its planned end. */
export type PhaseMode = 'normal' | 'wrapUp' | 'overtime';

/**
 * The phase clock (elapsed, planned with extensions, remaining, overtime), the running stretch and
 * the pause not yet banked, where the wrap-up begins, the expected end: see ClockReading.
 */
type MomentClock = Omit<ClockReading, 'inWrapUp' | 'msToNextSecond'>;

export interface ClinicMoment extends MomentClock {
  /** The instant this describes. */
  at: number;
  status: ClinicStatus;
  /** Running or paused: a clinic under way, with a phase clock the controls act on. */
  inSession: boolean;
  running: boolean;
  phaseIndex: number;
  /** The current phase: its id and who may speak. */
  phase: PhaseDefinition;
  isFirstPhase: boolean;
  isLastPhase: boolean;
  /** Normal outside a clinic under way. */
  mode: PhaseMode;
  /** Mirroring only: every turn's boundaries, and the turn that holds this instant. */
  turns: TurnSchedule | null;
  turn: MirroringTurn | null;
  /**
   * While running: how long until something shown changes (a second of the countdown or of the
   * turn, the next turn, the wrap-up), so a display can look again exactly then. Null otherwise.
   */
  msUntilNextChange: number | null;
}

export function momentAt(state: ClinicState, now: number): ClinicMoment {
  // Top down: the phase from the state, then its clock, then the turns that share that clock.
  const inSession = isInSession(state);
  const record = currentRecord(state);
  const phase = currentPhase(state);
  const { clock, inWrapUp, msToNextSecond, ...reading } = readClock(state, phase.id, record, now);
  const mirroring = turnsAt(state, phase.id, clock.plannedMs, clock.elapsedMs);
  const turn = mirroring?.turn ?? null;
  return {
    at: now,
    status: state.status,
    inSession,
    running: state.status === 'running',
    phaseIndex: state.phaseIndex,
    phase,
    isFirstPhase: state.phaseIndex === 0,
    isLastPhase: state.phaseIndex === PHASE_COUNT - 1,
    clock,
    ...reading,
    mode: !inSession ? 'normal' : clock.isOvertime ? 'overtime' : inWrapUp ? 'wrapUp' : 'normal',
    turns: mirroring?.turns ?? null,
    turn,
    msUntilNextChange:
      state.status === 'running'
        ? nextChangeMs(msToNextSecond, clock.elapsedMs, reading.wrapUpFromMs, turn)
        : null,
  };
}

/** The soonest of: the countdown's next second, the turn's next second, the start of the wrap-up. */
function nextChangeMs(
  msToNextSecond: number,
  elapsedMs: number,
  wrapUpFromMs: number | null,
  turn: MirroringTurn | null,
): number {
  let next = msToNextSecond;
  if (turn && turn.turnRemainingMs > 0) next = Math.min(next, turn.turnRemainingMs % 1000 || 1000);
  if (wrapUpFromMs !== null && wrapUpFromMs > elapsedMs) {
    next = Math.min(next, wrapUpFromMs - elapsedMs);
  }
  return next;
}
