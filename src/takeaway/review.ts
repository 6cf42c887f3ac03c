import { clinicTitle, personKey, type KeptClinic } from './follow-up';
import { addNextStep, type ClinicNotes, type StepOrigin, type StepPatch } from './notes';

// "How did it go?": when a clinic starts, the open next steps of the case owner's earlier
// clinics come back in its roles phase. Each is marked done, carried over or dropped: done and
// dropped change the earlier clinic; a carried step lives on as a step of the new clinic.

export type ReviewDecision = 'done' | 'carried' | 'dropped';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['done', 'carried', 'dropped'];

export interface ReviewItem {
  origin: StepOrigin;
  clinicTitle: string;
  clinicStartedAt: number;
  text: string;
  owner: string;
  dueDate: string | null;
  /** What this clinic decided, or null while it is still to be talked about. */
  decision: ReviewDecision | null;
}

/** The clinic that is starting: its future id in the history, its case owner, its start. */
export interface ReviewingClinic {
  id: string;
  caseOwner: string;
  startedAt: number;
}

/**
 * The earlier clinics' steps this clinic reviews: those still open (and not carried into a
 * kept clinic), and those this clinic already decided, so a decision can be changed again.
 */
export function reviewItems(kept: readonly KeptClinic[], current: ReviewingClinic): ReviewItem[] {
  const owner = personKey(current.caseOwner);
  if (owner === '') return [];
  const keptIds = new Set(kept.map((clinic) => clinic.id));
  return kept
    .filter(({ id, data }) => id !== current.id && personKey(data.clinic.plan.caseOwner) === owner)
    .map(({ id, data }) => ({
      id,
      data,
      startedAt: data.clinic.clinicStartedAt ?? data.exportedAt,
    }))
    .filter(({ startedAt }) => startedAt < current.startedAt)
    .sort((a, b) => a.startedAt - b.startedAt)
    .flatMap(({ id, data, startedAt }) =>
      data.notes.nextSteps.flatMap((step): ReviewItem[] => {
        const decidedHere = step.reviewedIn === current.id;
        const pending =
          step.status === 'open' && (step.reviewedIn === null || !keptIds.has(step.reviewedIn));
        if ((!decidedHere && !pending) || step.text.trim() === '') return [];
        const decision: ReviewDecision | null = !decidedHere
          ? null
          : step.status === 'open'
            ? 'carried'
            : step.status;
        return [
          {
            origin: { clinicId: id, stepId: step.id },
            clinicTitle: clinicTitle(data),
            clinicStartedAt: startedAt,
            text: step.text.trim(),
            owner: step.owner.trim(),
            dueDate: step.dueDate,
            decision,
          },
        ];
      }),
    );
}

/** How the earlier clinic's step changes for a decision (null takes the decision back). */
export function decisionPatch(decision: ReviewDecision | null, currentId: string): StepPatch {
  if (decision === null) return { status: 'open', reviewedIn: null };
  return { status: decision === 'carried' ? 'open' : decision, reviewedIn: currentId };
}

const continues = (origin: StepOrigin) => (step: ClinicNotes['nextSteps'][number]) =>
  step.carriedFrom?.clinicId === origin.clinicId && step.carriedFrom.stepId === origin.stepId;

/** The new clinic's steps after a decision: a carried step is added once, others removed. */
export function applyDecisionToNotes(
  notes: ClinicNotes,
  item: ReviewItem,
  decision: ReviewDecision | null,
): ClinicNotes {
  const present = notes.nextSteps.some(continues(item.origin));
  if (decision === 'carried') {
    if (present) return notes;
    return addNextStep(notes, item.text, item.owner, {
      dueDate: item.dueDate,
      carriedFrom: item.origin,
    });
  }
  if (!present) return notes;
  return {
    ...notes,
    nextSteps: notes.nextSteps.filter((step) => !continues(item.origin)(step)),
  };
}
