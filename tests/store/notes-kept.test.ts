import { describe, expect, it } from 'vitest';
import { setSavedClinicAside } from '@/app/ErrorBoundary';
import { createClinicStore } from '@/store/clinic-store';
import { createNotesStore, NOTES_BACKUP_PREFIX, NOTES_KEY } from '@/store/notes-store';
import { CLINIC_KEY } from '@/store/persistence';
import { addItem } from '@/takeaway/notes';
import { MINUTE, T0, validPlan } from '../helpers/clinic-fixtures';
import { deviceOf } from '../helpers/device';
import { MemoryStorage } from './memory-storage';

// Issue 12, class 3: with a damaged clinic save and readable notes, starting a new clinic wrote
// over the notes. Notes whose clinic is not the one the app resumed are moved aside first.

const NOTE = 'The team fears the merger more than the work';

/** A page of the app on this storage: the clinic store, then the notes store, at `now`. */
function openApp(storage: MemoryStorage, now: number) {
  const clock = { now: () => now };
  const clinic = createClinicStore({ storage: deviceOf(storage), clock });
  const notes = createNotesStore({ clinic });
  return { clinic, notes };
}

/** A clinic running with a note typed, saved on `storage`. */
function clinicWithNotes(storage: MemoryStorage) {
  const { clinic, notes } = openApp(storage, T0);
  clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
  clinic.getState().dispatch({ type: 'start' });
  notes.getState().change((n) => addItem(n, 'keyFacts', NOTE));
  return { clinic, notes, savedNotes: storage.getItem(NOTES_KEY)! };
}

function startAgain(app: ReturnType<typeof openApp>) {
  app.clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
  app.clinic.getState().dispatch({ type: 'start' });
  app.notes.getState().change((n) => addItem(n, 'keyFacts', 'A new clinic'));
}

describe('notes whose clinic is gone', () => {
  it('a damaged clinic save: the notes are moved aside before a new clinic starts', () => {
    const storage = new MemoryStorage();
    const { savedNotes } = clinicWithNotes(storage);
    storage.setItem(CLINIC_KEY, '{"schemaVersion": 2, "clinic": {"status": "runn');

    const app = openApp(storage, T0 + 5 * MINUTE);
    expect(app.clinic.getState().loadNotice?.problem).toBe('unreadable');
    const { backupKey, backupReason } = app.notes.getState();
    expect(backupKey).toBe(`${NOTES_BACKUP_PREFIX}${T0 + 5 * MINUTE}`);
    expect(backupReason).toBe('otherClinic');
    expect(storage.getItem(backupKey!)).toBe(savedNotes);
    expect(app.notes.getState().notes.keyFacts).toEqual([]);

    startAgain(app);
    expect(storage.getItem(backupKey!)).toBe(savedNotes);
    expect(storage.getItem(NOTES_KEY)).toContain('A new clinic');
  });

  it('"Start a new clinic" on the recovery page: the notes are kept too', () => {
    const storage = new MemoryStorage();
    const { savedNotes } = clinicWithNotes(storage);
    setSavedClinicAside(deviceOf(storage), T0 + MINUTE);

    const app = openApp(storage, T0 + 2 * MINUTE);
    expect(app.notes.getState().backupReason).toBe('otherClinic');
    startAgain(app);
    expect(storage.getItem(`${NOTES_BACKUP_PREFIX}${T0 + 2 * MINUTE}`)).toBe(savedNotes);
  });

  it('notes of one clinic beside the save of another: neither overwrites the other', () => {
    const storage = new MemoryStorage();
    const { savedNotes } = clinicWithNotes(storage);
    const other = new MemoryStorage();
    clinicWithNotes(other);
    storage.setItem(CLINIC_KEY, other.getItem(CLINIC_KEY)!);

    const app = openApp(storage, T0 + MINUTE);
    expect(app.notes.getState().backupReason).toBe('otherClinic');
    expect(storage.getItem(app.notes.getState().backupKey!)).toBe(savedNotes);
  });

  it('after "New clinic" the finished clinic’s notes wait quietly: no backup, no notice', () => {
    const storage = new MemoryStorage();
    const { clinic } = clinicWithNotes(storage);
    clinic.getState().dispatch({ type: 'finish' });
    clinic.getState().dispatch({ type: 'reset' });

    const app = openApp(storage, T0 + MINUTE);
    expect(app.notes.getState().backupKey).toBeNull();
    expect(storage.keys().filter((key) => key.startsWith(NOTES_BACKUP_PREFIX))).toEqual([]);
  });

  it('the clinic that resumes gets its own notes back', () => {
    const storage = new MemoryStorage();
    clinicWithNotes(storage);
    const app = openApp(storage, T0 + MINUTE);
    expect(app.notes.getState().notes.keyFacts.map((item) => item.text)).toEqual([NOTE]);
    expect(app.notes.getState().backupKey).toBeNull();
  });
});
