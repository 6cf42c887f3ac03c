import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createClinicStore } from '@/store/clinic-store';
import { createMemoryBackend } from '@/store/history-backend';
import { archiveFinishedClinics, createHistoryStore } from '@/store/history-store';
import { createNotesStore } from '@/store/notes-store';
import { fromJson, toJson, type ClinicExport } from '@/takeaway/clinic-file';
import { T0, validPlan } from '../helpers/clinic-fixtures';
import { typicalExport } from '../helpers/takeaway-fixtures';

// Issue 12, class 2: an imported clinic that carried the same start instant as one in the
// history replaced it without a word. Each clinic now has an id of its own, made when it starts;
// a file from before ids is named by its start, and an import never replaces a different clinic.

async function readyHistory() {
  const history = createHistoryStore(createMemoryBackend());
  await history.getState().refresh();
  return history;
}

/** Another clinic that began in the same millisecond: its own people, its own case. */
function otherClinicSameStart(base: ClinicExport, clinicId: string | null): ClinicExport {
  const title = 'Hiring for a new team';
  return {
    ...base,
    clinic: {
      ...base.clinic,
      clinicId,
      plan: { ...base.clinic.plan, caseTitle: title, caseOwner: 'Ines' },
    },
    notes: { ...base.notes, caseTitle: title },
  };
}

/** A file as the app wrote it before clinics had ids. */
function withoutId(data: ClinicExport): string {
  const file = JSON.parse(toJson(data)) as { clinic: Record<string, unknown> };
  delete file.clinic.clinicId;
  return JSON.stringify(file);
}

describe('the identity of a clinic in the history', () => {
  it('a file from before ids gets the id of its start, the same each time', () => {
    const golden = readFileSync(join(__dirname, '../takeaway/golden/typical-before-ids.json'));
    const result = fromJson(golden.toString('utf8'));
    expect(result.ok && result.value.clinic.clinicId).toBe(String(T0));
    expect(result.ok && result.value).toEqual(typicalExport());
  });

  it('two files from before ids, two clinics with one start instant: both are kept', async () => {
    const history = await readyHistory();
    const first = typicalExport();
    const second = otherClinicSameStart(first, String(T0));
    expect(await history.getState().importText(withoutId(first))).toMatchObject({
      ok: true,
      outcome: 'added',
    });
    expect(await history.getState().importText(withoutId(second))).toMatchObject({
      ok: true,
      outcome: 'keptBoth',
    });
    const { entries } = history.getState();
    expect(entries.map((entry) => entry.title).sort()).toEqual([
      'Hiring for a new team',
      'Leading a team through a merger',
    ]);
    for (const entry of entries) {
      const opened = await history.getState().open(entry.id);
      expect(opened.ok && opened.value.notes.caseTitle).toBe(entry.title);
    }
  });

  it('two clinics started in one millisecond on two devices have two ids, and both are kept', async () => {
    const history = await readyHistory();
    const first = otherClinicSameStart(typicalExport(), 'a1b2c3');
    const second = {
      ...typicalExport(),
      clinic: { ...typicalExport().clinic, clinicId: 'd4e5f6' },
    };
    await history.getState().importText(toJson(first));
    expect(await history.getState().importText(toJson(second))).toMatchObject({
      outcome: 'added',
    });
    expect(history.getState().entries).toHaveLength(2);
  });

  it('the same file twice, or the kept copy again, is one record: nothing doubles', async () => {
    const history = await readyHistory();
    const first = typicalExport();
    const second = otherClinicSameStart(first, first.clinic.clinicId);
    for (const data of [first, second, first, second]) {
      await history.getState().importText(toJson(data));
    }
    expect(history.getState().entries).toHaveLength(2);
    expect(await history.getState().importText(toJson(second))).toMatchObject({
      outcome: 'unchanged',
    });
  });

  it('a finished clinic edited on its sheet is archived again into its one record', async () => {
    const clinic = createClinicStore({ storage: null, clock: { now: () => T0 } });
    clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
    clinic.getState().dispatch({ type: 'start' });
    const notes = createNotesStore({ clinic });
    const history = await readyHistory();
    archiveFinishedClinics(clinic, notes, history, () => 'en');
    clinic.getState().dispatch({ type: 'finish' });
    await vi.waitFor(() => expect(history.getState().entries).toHaveLength(1));
    notes.getState().setPlace('Room 4');
    notes.getState().setPlace('Room 5');
    const id = clinic.getState().clinic.clinicId!;
    await vi.waitFor(async () => {
      const opened = await history.getState().open(id);
      expect(opened.ok && opened.value.details.place).toBe('Room 5');
    });
    expect(history.getState().entries.map((entry) => entry.id)).toEqual([id]);
  });

  it('a clinic started in the app gets a random id, never its start instant', () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 3; i += 1) {
      const clinic = createClinicStore({ storage: null, clock: { now: () => T0 } });
      clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
      clinic.getState().dispatch({ type: 'start' });
      ids.add(clinic.getState().clinic.clinicId);
    }
    expect(ids.size).toBe(3);
    expect(ids.has(String(T0))).toBe(false);
  });
});
