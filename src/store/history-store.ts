import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClinicExport, ImportError } from '../takeaway/clinic-file';
import type { KeptClinic } from '../takeaway/follow-up';

// The JSON codec (and its validation) loads on first use: every history call is async anyway,
// and the setup screen, the first thing a visitor sees, does not need it.
const loadCodec = () => import('../takeaway/clinic-file');
import type { ClinicStore } from './clinic-store';
import { defaultHistoryBackend, type HistoryBackend, type HistoryRecord } from './history-backend';
import type { NotesStore } from './notes-store';

// Finished clinics kept on this device, newest first. Nothing here ever touches the current
// clinic: an import goes into the history, whatever it holds.

export interface HistoryEntry {
  id: string;
  title: string;
  startedAt: number;
}

export type HistoryProblem = 'unavailable' | 'saveFailed';

/** What can go wrong opening or importing: a file's problem, or the device's. */
export type HistoryError = ImportError | { code: 'saveFailed' | 'notFound'; detail?: string };

export interface HistoryStoreState {
  status: 'loading' | 'ready';
  entries: HistoryEntry[];
  /** Kept in memory only (no IndexedDB here): the list is lost when the page closes. */
  memoryOnly: boolean;
  problem: HistoryProblem | null;
  refresh: () => Promise<void>;
  save: (data: ClinicExport) => Promise<boolean>;
  /** The stored clinic, validated again as it is read; an error if the record is damaged. */
  open: (
    id: string,
  ) => Promise<{ ok: true; value: ClinicExport } | { ok: false; error: HistoryError }>;
  remove: (id: string) => Promise<void>;
  forgetEverything: () => Promise<void>;
  /** Every kept clinic, read back through the import's validation; unreadable ones counted. */
  readAll: () => Promise<{ clinics: KeptClinic[]; unreadable: number }>;
  /** Changes a kept clinic and keeps it so; false when it is gone, damaged or not saved. */
  update: (id: string, change: (data: ClinicExport) => ClinicExport) => Promise<boolean>;
  /** Validates a JSON export and keeps it; on any error nothing is stored. */
  importText: (
    text: string,
  ) => Promise<{ ok: true; id: string } | { ok: false; error: HistoryError }>;
}

export type HistoryStore = StoreApi<HistoryStoreState>;

export function historyId(data: ClinicExport): string {
  return String(data.clinic.clinicStartedAt ?? data.exportedAt);
}

function toEntry(record: HistoryRecord): HistoryEntry {
  return { id: record.id, title: record.title, startedAt: record.startedAt };
}

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.startedAt - a.startedAt;

export function createHistoryStore(
  backend: HistoryBackend = defaultHistoryBackend(),
  now: () => number = Date.now,
): HistoryStore {
  const store = createStore<HistoryStoreState>()((set, get) => {
    const save = async (data: ClinicExport) => {
      let record: HistoryRecord;
      try {
        record = {
          id: historyId(data),
          title: (data.notes.caseTitle.trim() || data.clinic.plan.caseTitle.trim()).slice(0, 200),
          startedAt: data.clinic.clinicStartedAt ?? data.exportedAt,
          savedAt: now(),
          json: (await loadCodec()).toJson(data),
        };
        await backend.put(record);
      } catch {
        set({ problem: 'saveFailed' });
        return false;
      }
      const entries = [...get().entries.filter((entry) => entry.id !== record.id), toEntry(record)];
      set({ entries: entries.sort(newestFirst), problem: null });
      return true;
    };
    return {
      status: 'loading',
      entries: [],
      memoryOnly: backend.kind === 'memory',
      problem: null,
      refresh: async () => {
        try {
          const records = await backend.list();
          set({ status: 'ready', entries: records.map(toEntry).sort(newestFirst) });
        } catch {
          set({ status: 'ready', entries: [], problem: 'unavailable' });
        }
      },
      save,
      open: async (id) => {
        const record = (await backend.list()).find((candidate) => candidate.id === id);
        if (!record) return { ok: false, error: { code: 'notFound' } };
        const result = (await loadCodec()).fromJson(record.json);
        return result.ok ? { ok: true, value: result.value } : result;
      },
      readAll: async () => {
        const { fromJson } = await loadCodec();
        const read = (await backend.list()).map((record) => ({
          id: record.id,
          result: fromJson(record.json),
        }));
        const clinics = read.flatMap(({ id, result }) =>
          result.ok ? [{ id, data: result.value }] : [],
        );
        return { clinics, unreadable: read.length - clinics.length };
      },
      update: async (id, change) => {
        try {
          const record = (await backend.list()).find((candidate) => candidate.id === id);
          const codec = await loadCodec();
          const read = record ? codec.fromJson(record.json) : null;
          if (!record || !read?.ok) return false;
          const json = codec.toJson(change(read.value));
          await backend.put({ ...record, savedAt: now(), json });
        } catch {
          set({ problem: 'saveFailed' });
          return false;
        }
        // A new list, so whatever reads the kept clinics reads them again.
        set({ entries: [...get().entries], problem: null });
        return true;
      },
      remove: async (id) => {
        await backend.delete(id);
        set({ entries: get().entries.filter((entry) => entry.id !== id) });
      },
      forgetEverything: async () => {
        await backend.clear();
        set({ entries: [] });
      },
      importText: async (text) => {
        const result = (await loadCodec()).fromJson(text);
        if (!result.ok) return result;
        if (!(await save(result.value))) return { ok: false, error: { code: 'saveFailed' } };
        return { ok: true, id: historyId(result.value) };
      },
    };
  });
  void store.getState().refresh();
  return store;
}

/**
 * Keeps the history in step with the clinic: when it finishes it is archived, and while it
 * stays finished, later changes on the sheet (the next check-in, the place) are archived too.
 */
export function archiveFinishedClinics(
  clinic: ClinicStore,
  notes: NotesStore,
  history: HistoryStore,
  language: () => string,
  now: () => number = Date.now,
): () => void {
  const archive = () => {
    const { clinic: state } = clinic.getState();
    if (state.status !== 'finished') return;
    const { notes: clinicNotes, details } = notes.getState();
    void history.getState().save({
      exportedAt: now(),
      language: language(),
      clinic: state,
      notes: clinicNotes,
      details,
    });
  };
  const stopClinic = clinic.subscribe((state, previous) => {
    if (state.clinic.status === 'finished' && previous.clinic.status !== 'finished') archive();
  });
  // Only a clinic still in the history is updated: one deleted (or forgotten) stays gone.
  const stopNotes = notes.subscribe((state, previous) => {
    if (state.notes === previous.notes && state.details === previous.details) return;
    const id = String(clinic.getState().clinic.clinicStartedAt);
    if (history.getState().entries.some((entry) => entry.id === id)) archive();
  });
  return () => {
    stopClinic();
    stopNotes();
  };
}
