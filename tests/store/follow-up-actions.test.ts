import { describe, expect, it } from 'vitest';
import { createClinicStore } from '@/store/clinic-store';
import { decideReviewItem, setKeptStepStatus } from '@/store/follow-up-actions';
import { archiveFinishedClinics, historyId } from '@/store/history-store';
import { createMemoryBackend } from '@/store/history-backend';
import { createHistoryStore } from '@/store/history-store';
import { createNotesStore } from '@/store/notes-store';
import { fromJson, toJson } from '@/takeaway/clinic-file';
import { addNextStep } from '@/takeaway/notes';
import { reviewItems } from '@/takeaway/review';
import { validPlan } from '../helpers/clinic-fixtures';
import { typicalExport } from '../helpers/takeaway-fixtures';

// Status changes made after a clinic are kept with that clinic: in its JSON in the history, so
// opening it again, exporting it or importing the export elsewhere all say the same.

async function storesWith(...exports: ReturnType<typeof typicalExport>[]) {
  const backend = createMemoryBackend();
  const history = createHistoryStore(backend);
  for (const data of exports) await history.getState().importText(toJson(data));
  const clinic = createClinicStore({ storage: null, clock: { now: () => 5_000_000_000_000 } });
  const notes = createNotesStore({ clinic, storage: null });
  return { backend, history, clinic, notes };
}

describe('a kept clinic’s next steps change status later', () => {
  it('the change is kept in the history and in the clinic’s export', async () => {
    const data = typicalExport();
    const { history, notes, backend } = await storesWith(data);
    const id = historyId(data);
    expect(await setKeptStepStatus({ notes, history }, id, 7, 'done')).toBe(true);

    const opened = await history.getState().open(id);
    expect(opened.ok && opened.value.notes.nextSteps.map((step) => step.status)).toEqual([
      'done',
      'open',
    ]);
    // What is stored is the export itself: version 2, with the status.
    const [record] = await backend.list();
    const stored = JSON.parse(record!.json);
    expect(stored.version).toBe(2);
    expect(stored.notes.nextSteps[0]).toMatchObject({
      text: 'Hold a joint kick-off',
      status: 'done',
    });
    // ...and it survives an export and an import elsewhere.
    const reimported = opened.ok ? fromJson(toJson(opened.value)) : null;
    expect(reimported?.ok && reimported.value.notes.nextSteps[0]?.status).toBe('done');
  });

  it('a clinic no longer in the history cannot change; the store says so', async () => {
    const { history, notes } = await storesWith();
    expect(await setKeptStepStatus({ notes, history }, 'gone', 1, 'done')).toBe(false);
  });

  it('the clinic still on the notes changes there too, so re-archiving keeps the new status', async () => {
    const backend = createMemoryBackend();
    const history = createHistoryStore(backend);
    let now = 1_000;
    const clinic = createClinicStore({ storage: null, clock: { now: () => now } });
    clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
    clinic.getState().dispatch({ type: 'start' });
    const notes = createNotesStore({ clinic, storage: null });
    notes.getState().change((n) => addNextStep(n, 'Book the room', 'Ben'));
    archiveFinishedClinics(clinic, notes, history, () => 'en');
    now = 60_000;
    clinic.getState().dispatch({ type: 'finish' });
    await expect.poll(async () => (await backend.list()).length).toBe(1);

    const id = clinic.getState().clinic.clinicId!;
    expect(await setKeptStepStatus({ notes, history }, id, 1, 'dropped')).toBe(true);
    expect(notes.getState().notes.nextSteps[0]?.status).toBe('dropped');
    notes.getState().setPlace('Room 2'); // a later edit of the sheet archives the clinic again
    await expect
      .poll(async () => JSON.parse((await backend.list())[0]!.json).details.place)
      .toBe('Room 2');
    expect(JSON.parse((await backend.list())[0]!.json).notes.nextSteps[0].status).toBe('dropped');
  });
});

describe('review of last time, kept', () => {
  it('done and dropped change the earlier clinic; carried adds the step to the new one', async () => {
    const earlier = typicalExport();
    const { history, notes, clinic } = await storesWith(earlier);
    clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
    clinic.getState().dispatch({ type: 'start' });
    const currentId = clinic.getState().clinic.clinicId!;
    const kept = (await history.getState().readAll()).clinics;
    const [kickOff, pairs] = reviewItems(kept, {
      id: currentId,
      caseOwner: 'Ada',
      startedAt: clinic.getState().clinic.clinicStartedAt!,
    });

    expect(await decideReviewItem({ notes, history }, currentId, kickOff!, 'carried')).toBe(true);
    expect(await decideReviewItem({ notes, history }, currentId, pairs!, 'done')).toBe(true);

    expect(notes.getState().notes.nextSteps).toEqual([
      expect.objectContaining({
        text: 'Hold a joint kick-off',
        owner: 'Ada',
        carriedFrom: kickOff!.origin,
      }),
    ]);
    const opened = await history.getState().open(historyId(earlier));
    expect(opened.ok && opened.value.notes.nextSteps).toEqual([
      expect.objectContaining({ status: 'open', reviewedIn: currentId }),
      expect.objectContaining({ status: 'done', reviewedIn: currentId }),
    ]);

    // Changing the mind: the carried copy goes, the earlier step is dropped.
    await decideReviewItem({ notes, history }, currentId, kickOff!, 'dropped');
    expect(notes.getState().notes.nextSteps).toEqual([]);
    const again = await history.getState().open(historyId(earlier));
    expect(again.ok && again.value.notes.nextSteps[0]?.status).toBe('dropped');
  });
});
