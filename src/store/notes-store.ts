import { createStore, type StoreApi } from 'zustand/vanilla';
import { createNotes, type ClinicNotes } from '../takeaway/notes';
import { parseNotes } from '../takeaway/notes-validate';
import { createSheetDetails, readSheetDetails, type SheetDetails } from '../takeaway/sheet';
import { MAX_TEXT_LENGTH } from '../clinic/templates';
import type { ClinicStore } from './clinic-store';

// The facilitator's notes and the sheet's own details (place, next check-in), saved as they
// are typed under their own key. They belong to one clinic, named by its start time: when a
// new clinic starts, they start empty. Unreadable saved notes are moved aside, never deleted.

export const NOTES_KEY = 'case-clinic-timer:notes';
export const NOTES_BACKUP_PREFIX = 'case-clinic-timer:notes-backup:';
export const NOTES_VERSION = 1;

export interface NotesStoreState {
  notes: ClinicNotes;
  details: SheetDetails;
  /** The start of the clinic these notes belong to; null before any clinic started. */
  clinicStartedAt: number | null;
  saveProblem: 'full' | 'unavailable' | null;
  /** Set when saved notes could not be read and were moved to this key. */
  backupKey: string | null;
  /** Applies a pure change from src/clinic/notes.ts. */
  change: (update: (notes: ClinicNotes) => ClinicNotes) => void;
  setPlace: (place: string) => void;
  setNextCheckIn: (checkIn: SheetDetails['nextCheckIn']) => void;
  /** Empties the notes and details and deletes moved-aside notes (Forget everything). */
  clear: () => void;
  dismissBackup: () => void;
}

export type NotesStore = StoreApi<NotesStoreState>;

export interface NotesStoreOptions {
  clinic: ClinicStore;
  storage?: Storage | null;
  now?: () => number;
}

interface Saved {
  clinicStartedAt: number | null;
  notes: ClinicNotes;
  details: SheetDetails;
}

/** Reads saved notes; `null` data with a reason when they cannot be used. */
export function readSavedNotes(raw: string): Saved | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const saved = parsed as Record<string, unknown>;
  if (saved.version !== NOTES_VERSION) return null;
  const startedAt = saved.clinicStartedAt;
  if (startedAt !== null && (typeof startedAt !== 'number' || !Number.isFinite(startedAt))) {
    return null;
  }
  const notes = parseNotes(saved.notes);
  const details = readSheetDetails(saved.details);
  if (!notes.ok || !details.ok) return null;
  return { clinicStartedAt: startedAt, notes: notes.value, details: details.value };
}

function load(
  storage: Storage | null,
  now: number,
): { saved: Saved | null; backupKey: string | null } {
  let raw: string | null;
  try {
    raw = storage?.getItem(NOTES_KEY) ?? null;
  } catch {
    return { saved: null, backupKey: null };
  }
  if (raw === null) return { saved: null, backupKey: null };
  const saved = readSavedNotes(raw);
  if (saved) return { saved, backupKey: null };
  const backupKey = `${NOTES_BACKUP_PREFIX}${now}`;
  try {
    storage?.setItem(backupKey, raw);
    storage?.removeItem(NOTES_KEY);
    return { saved: null, backupKey };
  } catch {
    return { saved: null, backupKey: NOTES_KEY };
  }
}

export function createNotesStore(options: NotesStoreOptions): NotesStore {
  const now = options.now ?? Date.now;
  const storage = options.storage === undefined ? safeLocalStorage() : options.storage;
  const clinic = options.clinic.getState().clinic;
  const { saved, backupKey } = load(storage, now());
  // Saved notes of another clinic (or of none) are not this clinic's notes.
  const fits = saved !== null && saved.clinicStartedAt === clinic.clinicStartedAt;

  const store = createStore<NotesStoreState>()((set, get) => ({
    notes: fits ? saved.notes : createNotes(clinic.plan),
    details: fits ? saved.details : createSheetDetails(),
    clinicStartedAt: clinic.clinicStartedAt,
    saveProblem: null,
    backupKey,
    change: (update) => {
      const notes = update(get().notes);
      if (notes !== get().notes) set({ notes });
    },
    setPlace: (place) =>
      set({ details: { ...get().details, place: place.slice(0, MAX_TEXT_LENGTH) } }),
    setNextCheckIn: (nextCheckIn) => set({ details: { ...get().details, nextCheckIn } }),
    clear: () => {
      removeBackups(storage);
      set({
        notes: createNotes(options.clinic.getState().clinic.plan),
        details: createSheetDetails(),
        backupKey: null,
      });
    },
    dismissBackup: () => set({ backupKey: null }),
  }));

  // A new clinic starts: its notes start empty, seeded with the planned case and question.
  options.clinic.subscribe((state, previous) => {
    const startedAt = state.clinic.clinicStartedAt;
    if (startedAt === previous.clinic.clinicStartedAt || startedAt === null) return;
    if (startedAt === store.getState().clinicStartedAt) return;
    store.setState({
      notes: createNotes(state.clinic.plan),
      details: createSheetDetails(),
      clinicStartedAt: startedAt,
    });
  });

  if (storage) {
    store.subscribe((state, previous) => {
      if (
        state.notes === previous.notes &&
        state.details === previous.details &&
        state.clinicStartedAt === previous.clinicStartedAt
      ) {
        return;
      }
      const data = {
        version: NOTES_VERSION,
        clinicStartedAt: state.clinicStartedAt,
        notes: state.notes,
        details: state.details,
      };
      let saveProblem: NotesStoreState['saveProblem'] = null;
      try {
        storage.setItem(NOTES_KEY, JSON.stringify(data));
      } catch (error) {
        saveProblem =
          error instanceof DOMException && error.name === 'QuotaExceededError'
            ? 'full'
            : 'unavailable';
      }
      if (saveProblem !== store.getState().saveProblem) store.setState({ saveProblem });
    });
  }
  return store;
}

function removeBackups(storage: Storage | null): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(NOTES_BACKUP_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage gone: nothing to remove.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
