import { momentAt } from './moment';
import { isInSession, type ClinicState, type GivenTurn } from './state';
import { MAX_COACHES, MAX_NAME_LENGTH, MIN_COACHES, type PlanErrorCode } from './templates';

// People change while a clinic runs: a typo in a name, a coach who arrives late, one who leaves.
// In mirroring the turns are shared out again from the change on: who has spoken stays spoken
// (a coach who leaves after speaking keeps their turn in `givenTurns`), and the time left is
// split among whoever has not spoken yet. Coaches keep their order: a new one joins at the end.

/** Whose name changes: the case owner, the facilitator, or a coach by their place in the plan. */
export type Person =
  { role: 'caseOwner' } | { role: 'facilitator' } | { role: 'coach'; index: number };

export type PeopleEvent =
  | { type: 'renamePerson'; person: Person; name: string }
  | { type: 'addCoach'; name: string }
  | { type: 'removeCoach'; coachIndex: number };

export type PeopleEventType = PeopleEvent['type'];

export const PEOPLE_EVENTS: readonly PeopleEventType[] = [
  'renamePerson',
  'addCoach',
  'removeCoach',
];

/** A name by the setup form's rules: a coach and the case owner need one, none is too long. */
function nameProblem(name: string, required: boolean): PlanErrorCode | null {
  if (required && name.trim() === '') return 'coachNameMissing';
  return name.length > MAX_NAME_LENGTH ? 'nameTooLong' : null;
}

/**
 * Why a change cannot be made, as the setup form's codes (the screens already translate them);
 * null when it can. 'notInSession' outside a running or paused clinic.
 */
export function peopleChangeProblem(
  state: ClinicState,
  event: PeopleEvent,
): PlanErrorCode | 'notInSession' | null {
  if (!isInSession(state)) return 'notInSession';
  const coachCount = state.plan.coaches.length;
  switch (event.type) {
    case 'renamePerson': {
      const { person, name } = event;
      if (person.role === 'coach' && !isCoach(person.index, coachCount)) return 'tooFewCoaches';
      const problem = nameProblem(name, person.role !== 'facilitator');
      return problem === 'coachNameMissing' && person.role === 'caseOwner'
        ? 'caseOwnerMissing'
        : problem;
    }
    case 'addCoach':
      return coachCount >= MAX_COACHES ? 'tooManyCoaches' : nameProblem(event.name, true);
    case 'removeCoach':
      if (!isCoach(event.coachIndex, coachCount)) return 'tooFewCoaches';
      return coachCount <= MIN_COACHES ? 'tooFewCoaches' : null;
  }
}

function isCoach(index: number, coachCount: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < coachCount;
}

function renamed(state: ClinicState, person: Person, name: string): ClinicState {
  const plan = state.plan;
  if (person.role !== 'coach') return { ...state, plan: { ...plan, [person.role]: name } };
  const coaches = plan.coaches.map((coach, index) => (index === person.index ? name : coach));
  return { ...state, plan: { ...plan, coaches } };
}

/**
 * The turns from `now` on after the coaches changed: `spokenBefore` coaches of the new list have
 * already spoken, `current` says who holds the floor now (a coach's new place, or the owner).
 */
function reshared(
  state: ClinicState,
  now: number,
  coaches: string[],
  fromTurn: number,
  given: GivenTurn[],
): ClinicState {
  const elapsed = momentAt(state, now).clock.elapsedMs;
  return {
    ...state,
    plan: { ...state.plan, coaches },
    handover: { turnIndex: fromTurn, atElapsedMs: elapsed },
    givenTurns: [...(state.givenTurns ?? []), ...given],
    // Fresh cue ids for the new turns; what is due at this instant is marked as heard (cues.ts).
    phaseEntry: state.phaseEntry + 1,
  };
}

function addCoach(state: ClinicState, name: string, now: number): ClinicState {
  const coaches = [...state.plan.coaches, name];
  const turn = momentAt(state, now).turn;
  if (!turn) return { ...state, plan: { ...state.plan, coaches } };
  // While a coach speaks, the newcomer joins the queue; once the case owner speaks, it is too late.
  const fromTurn = turn.speaker.kind === 'owner' ? coaches.length : turn.turnIndex;
  return reshared(state, now, coaches, fromTurn, []);
}

function removeCoach(state: ClinicState, index: number, now: number): ClinicState {
  const name = state.plan.coaches[index] ?? '';
  const coaches = state.plan.coaches.filter((_, i) => i !== index);
  const moment = momentAt(state, now);
  const turn = moment.turn;
  if (!turn || !moment.turns) return { ...state, plan: { ...state.plan, coaches } };
  if (index > turn.turnIndex) return reshared(state, now, coaches, turn.turnIndex, []);
  // Spoke already, or is speaking: their turn stays given, as long as it lasted.
  const fromMs = moment.turns.startsAtMs[index] ?? 0;
  const toMs =
    index === turn.turnIndex ? moment.clock.elapsedMs : (moment.turns.endsAtMs[index] ?? 0);
  const given: GivenTurn = { name, phaseEntry: state.phaseEntry, fromMs, toMs };
  const fromTurn = index === turn.turnIndex ? turn.turnIndex : turn.turnIndex - 1;
  return reshared(state, now, coaches, fromTurn, [given]);
}

/** Applies a change of people; one that cannot be made returns the very same state. */
export function changePeople(state: ClinicState, event: PeopleEvent, now: number): ClinicState {
  if (peopleChangeProblem(state, event) !== null) return state;
  switch (event.type) {
    case 'renamePerson': {
      const current =
        event.person.role === 'coach'
          ? state.plan.coaches[event.person.index]
          : state.plan[event.person.role];
      return current === event.name ? state : renamed(state, event.person, event.name);
    }
    case 'addCoach':
      return addCoach(state, event.name, now);
    case 'removeCoach':
      return removeCoach(state, event.coachIndex, now);
  }
}
