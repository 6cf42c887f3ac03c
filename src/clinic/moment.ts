import {
  currentPauseMs,
  forecastFrom,
  isInWrapUp,
  msUntilNextDisplayChange,
  phaseClock,
  runningStretchMs,
  wrapUpStartMs,
  type PhaseClock,
  type ScheduleForecast,
} from './clock';
import {
  isMirroring,
  scheduleTurns,
  turnIn,
  type MirroringTurn,
  type TurnSchedule,
} from './mirroring';
import { PHASE_COUNT, type PhaseDefinition } from './phases';
import { currentPhase, isInSession, type ClinicState, type ClinicStatus } from './state';

// Where the clinic stands at one instant, worked out once from the state and `now`: the phase,
// its clock, its mode, the mirroring turn, the expected end. The cues, the record and the views
// read it instead of each working the current phase out again.

/** Normal, in its wrap-up, or past its planned end. */
export type PhaseMode = 'normal' | 'wrapUp' | 'overtime';

export interface ClinicMoment {
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
  /** The current phase's countdown: elapsed, planned (with extensions), remaining, overtime. */
  clock: PhaseClock;
  /** The running stretch so far and the pause so far: not yet banked in the phase's record. */
  runningStretchMs: number;
  pauseMs: number;
  /** Where on the phase clock the wrap-up begins; null when the phase has none. */
  wrapUpFromMs: number | null;
  /** Normal outside a clinic under way. */
  mode: PhaseMode;
  /** Mirroring only: every turn's boundaries, and the turn that holds this instant. */
  turns: TurnSchedule | null;
  turn: MirroringTurn | null;
  /** When the clinic will end if the rest keeps to plan; null before the start. */
  forecast: ScheduleForecast | null;
  /**
   * While running: how long until something shown changes (a second of the countdown or of the
   * turn, the next turn, the wrap-up), so a display can look again exactly then. Null otherwise.
   */
  msUntilNextChange: number | null;
}

export function momentAt(state: ClinicState, now: number): ClinicMoment {
  // Top down: the phase from the state, then its clock, then the turns that split that clock.
  const phase = currentPhase(state);
  const inSession = isInSession(state);
  const clock = phaseClock(state, now);
  const wrapUpFromMs = wrapUpStartMs(phase.id, clock.plannedMs, state.plan.wrapUpMs);
  const inWrapUp = isInWrapUp(clock, wrapUpFromMs);
  const coachCount = state.plan.coaches.length;
  const turns = isMirroring(state)
    ? scheduleTurns(coachCount, clock.plannedMs, state.handover)
    : null;
  const turn = turns && turnIn(turns, coachCount, state.handover, clock.elapsedMs);
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
    runningStretchMs: runningStretchMs(state, now),
    pauseMs: currentPauseMs(state, now),
    wrapUpFromMs,
    mode: !inSession ? 'normal' : clock.isOvertime ? 'overtime' : inWrapUp ? 'wrapUp' : 'normal',
    forecast: forecastFrom(state, clock, now),
    turns,
    turn,
    msUntilNextChange: state.status === 'running' ? nextChangeMs(clock, wrapUpFromMs, turn) : null,
  };
}

/** The soonest of: the countdown's next second, the turn's next second, the start of the wrap-up. */
function nextChangeMs(
  clock: PhaseClock,
  wrapUpFromMs: number | null,
  turn: MirroringTurn | null,
): number {
  let next = msUntilNextDisplayChange(clock);
  if (turn && turn.turnRemainingMs > 0) next = Math.min(next, turn.turnRemainingMs % 1000 || 1000);
  if (wrapUpFromMs !== null && wrapUpFromMs > clock.elapsedMs) {
    next = Math.min(next, wrapUpFromMs - clock.elapsedMs);
  }
  return next;
}
