import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addItem } from '@/takeaway/notes';
import { toJson } from '@/takeaway/clinic-file';
import { createClinicStore } from '@/store/clinic-store';
import { CLINIC_KEY } from '@/store/persistence';
import { createIndexedDbBackend } from '@/store/history-backend';
import {
  archiveFinishedClinics,
  createHistoryStore,
  type HistoryStore,
} from '@/store/history-store';
import { createNotesStore, NOTES_KEY } from '@/store/notes-store';
import { validPlan } from '../helpers/clinic-fixtures';
import { deviceOf } from '../helpers/device';
import { typicalExport } from '../helpers/takeaway-fixtures';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}

function startedClinic(storage: Storage | null, at = { now: 1_000 }) {
  const clinic = createClinicStore({
    storage: storage && deviceOf(storage),
    clock: { now: () => at.now },
  });
  clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
  clinic.getState().dispatch({ type: 'start' });
  return clinic;
}

async function ready(history: HistoryStore) {
  await history.getState().refresh();
  return history;
}

describe('the notes store', () => {
  it('saves as you type and reads the notes back after a reload', () => {
    const storage = memoryStorage();
    const clinic = startedClinic(storage);
    const notes = createNotesStore({ clinic, storage: deviceOf(storage) });
    notes.getState().change((n) => addItem(n, 'ideas', 'Pair people up'));
    const reloaded = createNotesStore({
      clinic: createClinicStore({ storage: deviceOf(storage) }),
      storage: deviceOf(storage),
    });
    expect(reloaded.getState().notes.ideas.map((item) => item.text)).toEqual(['Pair people up']);
  });

  it('starts empty, with the planned case, when a new clinic starts', () => {
    const at = { now: 1_000 };
    const clinic = startedClinic(null, at);
    const notes = createNotesStore({ clinic, storage: null });
    notes.getState().change((n) => addItem(n, 'takeaways', 'old'));
    clinic.getState().dispatch({ type: 'finish' });
    clinic.getState().dispatch({ type: 'reset' });
    at.now = 5_000;
    clinic.getState().dispatch({ type: 'start' });
    expect(notes.getState().notes.takeaways).toEqual([]);
    expect(notes.getState().notes.caseTitle).toBe('Leading a team through a merger');
  });

  it('moves unreadable saved notes aside instead of losing them', () => {
    const storage = memoryStorage();
    storage.setItem(NOTES_KEY, '{"version":1,"notes":');
    const notes = createNotesStore({
      clinic: startedClinic(null),
      storage: deviceOf(storage),
      clock: { now: () => 42 },
    });
    expect(notes.getState().backupKey).toBe('case-clinic-timer:notes-backup:42');
    expect(storage.getItem('case-clinic-timer:notes-backup:42')).toBe('{"version":1,"notes":');
  });

  it('forgets the notes and the moved-aside copies on "Forget everything"', () => {
    const storage = memoryStorage();
    storage.setItem(NOTES_KEY, 'broken');
    storage.setItem('case-clinic-timer:clinic', 'kept');
    const clinic = startedClinic(null);
    const notes = createNotesStore({
      clinic,
      storage: deviceOf(storage),
      clock: { now: () => 42 },
    });
    notes.getState().change((n) => addItem(n, 'ideas', 'secret'));
    notes.getState().clear();
    expect(storage.getItem('case-clinic-timer:notes-backup:42')).toBeNull();
    expect(notes.getState().notes.ideas).toEqual([]);
    expect(storage.getItem(NOTES_KEY)).not.toContain('secret');
    expect(storage.getItem('case-clinic-timer:clinic')).toBe('kept');
  });
});

describe('the history', () => {
  it('archives a clinic when it finishes, and keeps later sheet changes', async () => {
    const clinic = startedClinic(null);
    const notes = createNotesStore({ clinic, storage: null });
    const history = await ready(createHistoryStore(createIndexedDbBackend(new IDBFactory())));
    archiveFinishedClinics(clinic, notes, history, () => 'en');
    notes.getState().change((n) => addItem(n, 'takeaways', 'Listen first'));
    clinic.getState().dispatch({ type: 'finish' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    notes.getState().setPlace('Room 4');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [entry] = history.getState().entries;
    expect(entry?.title).toBe('Leading a team through a merger');
    const opened = await history.getState().open(entry!.id);
    expect(opened.ok && opened.value.notes.takeaways[0]?.text).toBe('Listen first');
    expect(opened.ok && opened.value.details.place).toBe('Room 4');
  });

  it('survives a reload (IndexedDB), lists newest first, deletes one and forgets everything', async () => {
    const factory = new IDBFactory();
    const first = await ready(createHistoryStore(createIndexedDbBackend(factory)));
    const older = typicalExport();
    const newerStart = older.clinic.clinicStartedAt! + 86_400_000;
    // Another clinic: it started a day later, and is a clinic of its own (its own id).
    const newer = {
      ...older,
      clinic: { ...older.clinic, clinicId: String(newerStart), clinicStartedAt: newerStart },
    };
    await first.getState().importText(toJson(older));
    await first.getState().importText(toJson(newer));
    const second = await ready(createHistoryStore(createIndexedDbBackend(factory)));
    expect(second.getState().entries.map((entry) => entry.startedAt)).toEqual([
      newer.clinic.clinicStartedAt,
      older.clinic.clinicStartedAt,
    ]);
    await second.getState().remove(String(newer.clinic.clinicStartedAt));
    expect(second.getState().entries).toHaveLength(1);
    await second.getState().forgetEverything();
    const third = await ready(createHistoryStore(createIndexedDbBackend(factory)));
    expect(third.getState().entries).toEqual([]);
  });

  it('an import equals the exported clinic when opened', async () => {
    const history = await ready(createHistoryStore(createIndexedDbBackend(new IDBFactory())));
    const original = typicalExport();
    const result = await history.getState().importText(toJson(original));
    expect(result.ok).toBe(true);
    expect(await history.getState().open(result.ok ? result.id : '')).toEqual({
      ok: true,
      value: original,
    });
  });
});

describe('importing every bad file', () => {
  const corpus = join(__dirname, '../takeaway/bad-imports');
  const files = readdirSync(corpus).filter((name) => name !== 'expected.json');

  it.each(files)(
    '%s leaves the current clinic, its saved copy and the history untouched',
    async (name) => {
      const storage = memoryStorage();
      const clinic = startedClinic(storage);
      const before = clinic.getState().clinic;
      const savedBefore = storage.getItem(CLINIC_KEY);
      const history = await ready(createHistoryStore(createIndexedDbBackend(new IDBFactory())));
      const result = await history.getState().importText(readFileSync(join(corpus, name), 'utf8'));
      expect(result.ok).toBe(false);
      expect(clinic.getState().clinic).toBe(before);
      expect(storage.getItem(CLINIC_KEY)).toBe(savedBefore);
      expect(history.getState().entries).toEqual([]);
    },
  );
});
