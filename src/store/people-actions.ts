import { peopleChangeProblem, type PeopleEvent } from '../clinic/people';
import type { PlanErrorCode } from '../clinic/templates';
import { addCoachMirror, removeCoachMirror } from '../takeaway/notes';
import type { ClinicStore } from './clinic-store';
import type { NotesStore } from './notes-store';

export type PeopleProblem = PlanErrorCode | 'notInSession';

/**
 * A change of people from the console: the clinic takes it (and shares the mirroring turns out
 * again), and the mirror notes follow their coaches, not their places in the list. Returns why
 * it could not be made, or null when it was.
 */
export function changePeople(
  clinic: ClinicStore,
  notes: NotesStore,
  event: PeopleEvent,
): PeopleProblem | null {
  const before = clinic.getState().clinic;
  const problem = peopleChangeProblem(before, event);
  if (problem !== null) return problem;
  clinic.getState().dispatch(event);
  const after = clinic.getState().clinic;
  if (after === before || notes.getState().clinicId !== after.clinicId) return null;
  if (event.type === 'addCoach') {
    notes.getState().change((value) => addCoachMirror(value, after.plan.coaches.length));
  } else if (event.type === 'removeCoach') {
    const name = before.plan.coaches[event.coachIndex] ?? '';
    notes.getState().change((value) => removeCoachMirror(value, event.coachIndex, name));
  }
  return null;
}
