import type { ClinicState } from '../clinic/state';
import { editNextStep, type StepStatus } from '../takeaway/notes';
import {
  applyDecisionToNotes,
  decisionPatch,
  type ReviewDecision,
  type ReviewItem,
} from '../takeaway/review';
import type { TakeawayStores } from './takeaway-stores';

// Changes that follow a next step up after its clinic: they are kept with the clinic they
// belong to (its JSON in the history) and, when that clinic is the one still on this device's
// notes, in the notes too, so a later edit of the sheet does not archive the old status again.

/** The id the history keeps a clinic under (see historyId): the clinic's own id. */
export function clinicHistoryId(clinic: Pick<ClinicState, 'clinicId'>): string | null {
  return clinic.clinicId;
}

/** A kept clinic's step gets a new status; false when the history could not keep it. */
export async function setKeptStepStatus(
  { notes, history }: TakeawayStores,
  clinicId: string,
  stepId: number,
  status: StepStatus,
): Promise<boolean> {
  if (notes.getState().clinicId === clinicId) {
    notes.getState().change((value) => editNextStep(value, stepId, { status }));
  }
  return history.getState().update(clinicId, (data) => ({
    ...data,
    notes: editNextStep(data.notes, stepId, { status }),
  }));
}

/**
 * "How did it go?": the decision on an earlier clinic's step. Done and dropped change that
 * clinic; carried over adds the step to this clinic's notes (and taking a decision back, or
 * changing it, removes the carried copy again). False when the history could not keep it.
 */
export async function decideReviewItem(
  { notes, history }: TakeawayStores,
  currentId: string,
  item: ReviewItem,
  decision: ReviewDecision | null,
): Promise<boolean> {
  const kept = await history.getState().update(item.origin.clinicId, (data) => ({
    ...data,
    notes: editNextStep(data.notes, item.origin.stepId, decisionPatch(decision, currentId)),
  }));
  if (kept) notes.getState().change((value) => applyDecisionToNotes(value, item, decision));
  return kept;
}
