import type { PhaseId } from './phases';
import { currentPhase, type ClinicState, type ClinicStatus, type TurnHandover } from './state';
import { phaseElapsedMs, phasePlannedMs } from './clock';

// Mirroring runs one coach at a time: the phase is split into one equal turn per coach and a
// closing turn for the case owner, half a coach's length, to reflect back what landed.
export const OWNER_TURN_WEIGHT = 0.5;

export type TurnSpeaker = { kind: 'coach'; coachIndex: number } | { kind: 'owner' };

export interface TurnSchedule {
  /** Phase-clock instants at which each turn starts, one per turn (coaches, then owner). */
  startsAtMs: number[];
  /** Phase-clock instants at which each turn ends. */
  endsAtMs: number[];
}

export interface MirroringTurn {
  turnIndex: number;
  turnCount: number;
  speaker: TurnSpeaker;
  next: TurnSpeaker | null;
  turnLengthMs: number;
  turnRemainingMs: number;
}

export function turnCount(coachCount: number): number {
  return coachCount + 1;
}

export function speakerOfTurn(turnIndex: number, coachCount: number): TurnSpeaker {
  return turnIndex < coachCount ? { kind: 'coach', coachIndex: turnIndex } : { kind: 'owner' };
}

function weightOf(turnIndex: number, coachCount: number): number {
  return turnIndex < coachCount ? 1 : OWNER_TURN_WEIGHT;
}

/**
 * Turn boundaries on the phase clock. Before any hand-over the whole phase is split; after a
 * manual hand-over to turn k at instant e, turns k.. share what is left of the planned time.
 */
export function turnSchedule(state: ClinicState): TurnSchedule {
  return scheduleTurns(state.plan.coaches.length, phasePlannedMs(state), state.handover);
}

/** The turn boundaries for `coachCount` coaches in a phase planned `plannedMs` long. */
export function scheduleTurns(
  coachCount: number,
  plannedMs: number,
  handover: TurnHandover | null,
): TurnSchedule {
  const count = turnCount(coachCount);
  const fromTurn = handover?.turnIndex ?? 0;
  const fromMs = handover?.atElapsedMs ?? 0;
  const windowMs = Math.max(0, plannedMs - fromMs);
  let weightLeft = 0;
  for (let index = fromTurn; index < count; index += 1) weightLeft += weightOf(index, coachCount);

  const startsAtMs: number[] = [];
  const endsAtMs: number[] = [];
  let cursor = fromMs;
  for (let index = 0; index < count; index += 1) {
    if (index < fromTurn) {
      // Turns already passed by a hand-over are closed at the hand-over instant.
      startsAtMs.push(Math.min(cursor, fromMs));
      endsAtMs.push(fromMs);
      continue;
    }
    const length = weightLeft === 0 ? 0 : (windowMs * weightOf(index, coachCount)) / weightLeft;
    startsAtMs.push(cursor);
    cursor += length;
    endsAtMs.push(cursor);
  }
  return { startsAtMs, endsAtMs };
}

export function isMirroring(state: ClinicState): boolean {
  return isMirroringPhase(currentPhase(state).id, state.status);
}

/** Mirroring runs in turns once the clinic has started (and still shows them when it ended). */
function isMirroringPhase(phaseId: PhaseId, status: ClinicStatus): boolean {
  return phaseId === 'mirroring' && status !== 'setup';
}

/** The turns of the current phase and the one at `elapsedMs`; null outside mirroring. */
export function turnsAt(
  state: ClinicState,
  phaseId: PhaseId,
  plannedMs: number,
  elapsedMs: number,
): { turns: TurnSchedule; turn: MirroringTurn } | null {
  if (!isMirroringPhase(phaseId, state.status)) return null;
  const coachCount = state.plan.coaches.length;
  const turns = scheduleTurns(coachCount, plannedMs, state.handover);
  return { turns, turn: turnIn(turns, coachCount, state.handover, elapsedMs) };
}

/** The current mirroring turn, following from the phase clock; null outside mirroring. */
export function currentTurn(state: ClinicState, now: number): MirroringTurn | null {
  return turnAtElapsed(state, phaseElapsedMs(state, now));
}

/** The mirroring turn at a given point of the phase clock. */
export function turnAtElapsed(state: ClinicState, elapsed: number): MirroringTurn | null {
  if (!isMirroring(state)) return null;
  const coachCount = state.plan.coaches.length;
  return turnIn(turnSchedule(state), coachCount, state.handover, elapsed);
}

/** The turn of `schedule` that holds the point `elapsed` of the phase clock. */
export function turnIn(
  schedule: TurnSchedule,
  coachCount: number,
  handover: TurnHandover | null,
  elapsed: number,
): MirroringTurn {
  const count = turnCount(coachCount);
  const { startsAtMs, endsAtMs } = schedule;
  let turnIndex = handover?.turnIndex ?? 0;
  while (turnIndex < count - 1 && elapsed >= (endsAtMs[turnIndex] ?? 0)) turnIndex += 1;

  const start = startsAtMs[turnIndex] ?? 0;
  const end = endsAtMs[turnIndex] ?? 0;
  return {
    turnIndex,
    turnCount: count,
    speaker: speakerOfTurn(turnIndex, coachCount),
    next: turnIndex + 1 < count ? speakerOfTurn(turnIndex + 1, coachCount) : null,
    turnLengthMs: Math.max(0, end - start),
    turnRemainingMs: Math.max(0, end - elapsed),
  };
}
