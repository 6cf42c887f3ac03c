import { describe, expect, it } from 'vitest';
import { createNotes, editNextStep } from '@/takeaway/notes';
import { applyDecisionToNotes, decisionPatch, reviewItems } from '@/takeaway/review';
import { keptClinic } from './follow-up-fixtures';

const DAY = 86_400_000;

describe('review of last time', () => {
  const first = keptClinic({
    day: 0,
    title: 'First',
    caseOwner: 'Ada',
    steps: [
      { text: 'Talk to HR', owner: 'Ada', dueDate: '2026-11-30' },
      { text: 'Already done', status: 'done' },
    ],
  });
  const second = keptClinic({
    day: 7,
    title: 'Second',
    caseOwner: ' ada ',
    steps: [{ text: 'Write the plan', owner: 'Ada' }],
  });
  const someoneElse = keptClinic({ day: 3, caseOwner: 'Ben', steps: [{ text: 'Not Ada’s' }] });
  const kept = [second, first, someoneElse];
  const current = {
    id: 'now',
    caseOwner: 'Ada',
    startedAt: second.data.clinic.clinicStartedAt! + 7 * DAY,
  };

  it('brings back the open steps of the case owner’s earlier clinics, oldest clinic first', () => {
    const items = reviewItems(kept, current);
    expect(items.map((item) => [item.clinicTitle, item.text, item.decision])).toEqual([
      ['First', 'Talk to HR', null],
      ['Second', 'Write the plan', null],
    ]);
    expect(items[0]).toMatchObject({ owner: 'Ada', dueDate: '2026-11-30' });
  });

  it('shows nothing for a new case owner, nor clinics that started later', () => {
    expect(reviewItems(kept, { ...current, caseOwner: 'Zoë' })).toEqual([]);
    expect(
      reviewItems(kept, { ...current, startedAt: first.data.clinic.clinicStartedAt! + DAY }),
    ).toEqual([expect.objectContaining({ text: 'Talk to HR' })]);
  });

  it('keeps a decided step in the list with its decision, so it can change', () => {
    const decided = {
      ...first,
      data: {
        ...first.data,
        notes: editNextStep(first.data.notes, 1, decisionPatch('carried', 'now')),
      },
    };
    const [item] = reviewItems([decided], current);
    expect(item?.decision).toBe('carried');
    const done = editNextStep(first.data.notes, 1, decisionPatch('done', 'now'));
    expect(done.nextSteps[0]).toMatchObject({ status: 'done', reviewedIn: 'now' });
    // Carried into another clinic that is kept: that clinic holds it now, not this review.
    const elsewhere = editNextStep(first.data.notes, 1, decisionPatch('carried', second.id));
    expect(
      reviewItems([{ ...first, data: { ...first.data, notes: elsewhere } }, second], current),
    ).toHaveLength(1);
  });

  it('a carried step becomes a step of the new clinic once, and goes when the decision changes', () => {
    const [item] = reviewItems(kept, current);
    let notes = applyDecisionToNotes(createNotes(), item!, 'carried');
    notes = applyDecisionToNotes(notes, item!, 'carried');
    expect(notes.nextSteps).toEqual([
      expect.objectContaining({
        text: 'Talk to HR',
        owner: 'Ada',
        dueDate: '2026-11-30',
        status: 'open',
        carriedFrom: item!.origin,
      }),
    ]);
    expect(applyDecisionToNotes(notes, item!, 'done').nextSteps).toEqual([]);
    expect(applyDecisionToNotes(notes, item!, null).nextSteps).toEqual([]);
  });

  it('taking a decision back opens the step again in the earlier clinic', () => {
    expect(decisionPatch(null, 'now')).toEqual({ status: 'open', reviewedIn: null });
    expect(decisionPatch('dropped', 'now')).toEqual({ status: 'dropped', reviewedIn: 'now' });
  });
});
