import { createStore } from 'zustand/vanilla';
import { createNotes, type ClinicNotes } from '../takeaway/notes';
import { parseNotes } from '../takeaway/notes-validate';
import { createSheetDetails, readSheetDetails, type SheetDetails } from '../takeaway/sheet';
import { MAX_TEXT_LENGTH } from '../clinic/templates';
import { clinicIdFromStart } from '../clinic/state';
import { isClinicId } from '../clinic/validate-state';
import type { ClinicStore } from './clinic-store';
import type { Clock } from './clock';
import type { DeviceStorage, StorageProblem } from './device-storage';
import { keepSaved, type SavedStore } from './persisted';
import { defineSave, type SaveParse } from './versioned-save';

// The facilitator's notes and the sheet's own details (place, next check-in), saved as they are
// typed under their own key. They belong to one clinic, named by its id: when a new clinic
// starts, they start empty. Notes that cannot be read, or that belong to a clinic which is not
// the one the app resumed, are moved aside, never deleted and never written over.

export const NOTES_KEY = 'case-clinic-timer:notes';
export const NOTES_BACKUP_PREFIX = 'case-clinic-timer:notes-backup:';
export const NOTES_VERSION = 2;

export interface SavedNotes {
  /** The clinic these notes belong to; null before any clinic started. */
  clinicId: string | null;
  notes: ClinicNotes;
  details: SheetDetails;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSavedNotes(value: unknown): SaveParse<SavedNotes> {
  if (!isRecord(value)) return { ok: false, problem: 'the notes are not an object' };
  const { clinicId } = value;
  if (clinicId !== null && !isClinicId(clinicId)) return { ok: false, problem: 'clinicId is bad' };
  const notes = parseNotes(value.notes);
  if (!notes.ok) return { ok: false, problem: `${notes.problem} at ${notes.field}` };
  const details = readSheetDetails(value.details);
  if (!details.ok) return { ok: false, problem: details.problem };
  return { ok: true, value: { clinicId, notes: notes.value, details: details.value } };
}

export const NOTES_SAVE = defineSave<SavedNotes>({
  key: NOTES_KEY,
  backupPrefix: NOTES_BACKUP_PREFIX,
  field: null,
  version: NOTES_VERSION,
  parse: parseSavedNotes,
  // Version 1 was its own envelope: `{ version: 1, clinicStartedAt, notes, details }`.
  legacy: (saved) => (saved.version === 1 ? { version: 1, data: saved } : null),
  migrations: {
    1: (data) => {
      if (!isRecord(data)) return data;
      const { clinicStartedAt, notes, details } = data;
      const startedAt = typeof clinicStartedAt === 'number' ? clinicStartedAt : null;
      return { clinicId: clinicIdFromStart(startedAt), notes, details };
    },
  },
});

export interface NotesStoreState extends SavedNotes {
  saveProblem: StorageProblem | null;
  /** Set when saved notes were moved to this key. */
  backupKey: string | null;
  /** Why: they could not be read, or they belong to a clinic that is not this one. */
  backupReason: 'unreadable' | 'otherClinic' | null;
  /** Applies a pure change from src/takeaway/notes.ts. */
  change: (update: (notes: ClinicNotes) => ClinicNotes) => void;
  setPlace: (place: string) => void;
  setNextCheckIn: (checkIn: SheetDetails['nextCheckIn']) => void;
  /** Empties the notes and details (Forget everything). */
  clear: () => void;
  dismissBackup: () => void;
}

export type NotesStore = SavedStore<NotesStoreState>;

export interface NotesStoreOptions {
  clinic: ClinicStore;
  /** Where the notes are saved; by default where the clinic is. */
  storage?: DeviceStorage | null;
  clock?: Clock;
}

export function createNotesStore(options: NotesStoreOptions): NotesStore {
  const clinicStore = options.clinic;
  const storage = options.storage === undefined ? clinicStore.storage : options.storage;
  const clock = options.clock ?? clinicStore.clock;

  /** Saved notes of another clinic are not this clinic's notes; are they the only copy? */
  const orphaned = (saved: SavedNotes): boolean => {
    const { clinic, loadNotice, resumed } = clinicStore.getState();
    if (saved.clinicId === null || saved.clinicId === clinic.clinicId) return false;
    // After "New clinic" the last clinic's notes wait here until the next start; they went into
    // the history when it finished. Any other mismatch (the clinic's save damaged, set aside or
    // gone, or another clinic running) leaves these notes without their clinic.
    return clinic.status !== 'setup' || loadNotice !== null || !resumed;
  };

  const { clinic } = clinicStore.getState();
  const created = createStore<NotesStoreState>()((set, get) => ({
    clinicId: clinic.clinicId,
    notes: createNotes(clinic.plan),
    details: createSheetDetails(),
    saveProblem: null,
    backupKey: null,
    backupReason: null,
    change: (update) => {
      const notes = update(get().notes);
      if (notes !== get().notes) set({ notes });
    },
    setPlace: (place) =>
      set({ details: { ...get().details, place: place.slice(0, MAX_TEXT_LENGTH) } }),
    setNextCheckIn: (nextCheckIn) => set({ details: { ...get().details, nextCheckIn } }),
    clear: () => {
      storage?.removeBackups(NOTES_BACKUP_PREFIX);
      set({
        clinicId: clinicStore.getState().clinic.clinicId,
        notes: createNotes(clinicStore.getState().clinic.plan),
        details: createSheetDetails(),
        backupKey: null,
        backupReason: null,
      });
    },
    dismissBackup: () => set({ backupKey: null, backupReason: null }),
  }));
  const store = keepSaved(created, {
    save: NOTES_SAVE,
    storage,
    clock,
    pick: ({ clinicId, notes, details }) => ({ clinicId, notes, details }),
    restore: ({ value, notice }, state, following): Partial<NotesStoreState> => {
      if (notice) return { backupKey: notice.backupKey, backupReason: 'unreadable' };
      if (!value) return {};
      if (value.clinicId === state.clinicId) return value;
      if (following || !orphaned(value)) return {};
      const raw = storage?.read(NOTES_KEY) ?? '';
      const backup = storage?.setAside(NOTES_KEY, raw, NOTES_BACKUP_PREFIX, clock.now());
      return { backupKey: backup?.key ?? NOTES_KEY, backupReason: 'otherClinic' };
    },
    problem: (saveProblem) => ({ saveProblem }),
  });

  // A new clinic starts: its notes start empty, seeded with the planned case and question.
  clinicStore.subscribe((state, previous) => {
    const id = state.clinic.clinicId;
    if (id === previous.clinic.clinicId || id === null || id === store.getState().clinicId) return;
    store.setState({
      notes: createNotes(state.clinic.plan),
      details: createSheetDetails(),
      clinicId: id,
    });
  });
  return store;
}
