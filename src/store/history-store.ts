import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClinicExport, ImportError } from '../takeaway/clinic-file';
import type { SessionImportError } from '../takeaway/session/session-file';
import type { KeptClinic } from '../takeaway/follow-up';
import { isInstant } from '../clinic/instants';
import { createAppClock, type Clock } from './clock';
import { clinicContent, copyId } from './import-identity';

// The JSON codec (and its validation) loads on first use: every history call is async anyway,
// and the setup screen, the first thing a visitor sees, does not need it.
const loadCodec = () => import('../takeaway/clinic-file');
import type { ClinicStore } from './clinic-store';
import {
  defaultHistoryBackend,
  type HistoryBackend,
  type HistoryRecord,
  type SessionMark,
} from './history-backend';
import {
  archiveSession,
  sessionArchive,
  sessionEntriesOf,
  sessionMarkOf,
  type SessionArchive,
} from './session-archive';
import type { NotesStore } from './notes-store';

// Finished clinics kept on this device, newest first, one record per clinic id. Nothing here ever
// touches the current clinic: an import goes into the history, whatever it holds, and never
// replaces a different clinic: if one with the same id is there already, both are kept.

export interface HistoryEntry {
  id: string;
  title: string;
  /** Null when the stored record holds no date a screen could show (kept, but not trusted). */
  startedAt: number | null;
  /** A clinic of a session: the session's id and the clinic's place in it (1-based). */
  session: { id: string; place: number } | null;
}

/** How an import went: added, already there unchanged, or kept beside a different clinic. */
export type ImportOutcome = 'added' | 'unchanged' | 'keptBoth';

export type HistoryProblem = 'unavailable' | 'saveFailed';

/** What can go wrong opening or importing: a file's problem, or the device's. */
export type HistoryError =
  ImportError | SessionImportError | { code: 'saveFailed' | 'notFound'; detail?: string };

export interface HistoryStoreState extends SessionArchive {
  status: 'loading' | 'ready';
  entries: HistoryEntry[];
  /** Kept in memory only (no IndexedDB here): the list is lost when the page closes. */
  memoryOnly: boolean;
  problem: HistoryProblem | null;
  refresh: () => Promise<void>;
  /** Keeps a finished clinic; `session` marks one that ran in a session. */
  save: (data: ClinicExport, session?: SessionMark) => Promise<boolean>;
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
  /**
   * Validates a JSON export (a clinic's, or a session's with its clinics) and keeps it; on any
   * error nothing is stored. `session` says it was a session: `id` is then its record's.
   */
  importText: (text: string) => Promise<
    | {
        ok: true;
        id: string;
        outcome: ImportOutcome;
        session?: { startedAt: number | null; clinics: number };
      }
    | { ok: false; error: HistoryError }
  >;
}

export type HistoryStore = StoreApi<HistoryStoreState>;

/** The clinic's id: every record of the history is one clinic. */
export function historyId(data: ClinicExport): string {
  return data.clinic.clinicId ?? String(data.exportedAt);
}

function toEntry(record: HistoryRecord): HistoryEntry {
  return {
    id: record.id,
    title: typeof record.title === 'string' ? record.title : '',
    startedAt: isInstant(record.startedAt) ? record.startedAt : null,
    session: record.session ? { id: record.session.id, place: record.session.place } : null,
  };
}

/** The records of clinics (a session's own record is listed apart). */
const clinicRecords = async (backend: HistoryBackend) =>
  (await backend.list()).filter((record) => record.kind !== 'session');

const newestFirst = (a: HistoryEntry, b: HistoryEntry) =>
  (b.startedAt ?? -Infinity) - (a.startedAt ?? -Infinity);

export function createHistoryStore(
  backend: HistoryBackend = defaultHistoryBackend(),
  clock: Clock = createAppClock(),
): HistoryStore {
  const store = createStore<HistoryStoreState>()((set, get) => {
    const save = async (data: ClinicExport, id: string = historyId(data), mark?: SessionMark) => {
      let record: HistoryRecord;
      try {
        record = {
          id,
          title: (data.notes.caseTitle.trim() || data.clinic.plan.caseTitle.trim()).slice(0, 200),
          startedAt: data.clinic.clinicStartedAt ?? data.exportedAt,
          savedAt: clock.now(),
          json: (await loadCodec()).toJson(data),
          ...(mark && { session: mark }),
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
    /** The stored clinic under `id`, if any and readable. */
    const stored = async (id: string): Promise<ClinicExport | null> => {
      const record = (await clinicRecords(backend)).find((candidate) => candidate.id === id);
      const result = record ? (await loadCodec()).fromJson(record.json) : null;
      return result?.ok ? result.value : null;
    };
    /** Where an import goes: its own id, or beside a different clinic that holds that id. */
    const placeOf = async (data: ClinicExport): Promise<{ id: string; outcome: ImportOutcome }> => {
      const id = historyId(data);
      if (!(await backend.list()).some((record) => record.id === id)) {
        return { id, outcome: 'added' };
      }
      const content = clinicContent(data);
      const there = await stored(id);
      if (there && clinicContent(there) === content) return { id, outcome: 'unchanged' };
      const copy = await stored(copyId(id, content));
      return {
        id: copyId(id, content),
        outcome: copy && clinicContent(copy) === content ? 'unchanged' : 'keptBoth',
      };
    };
    return {
      status: 'loading',
      entries: [],
      memoryOnly: backend.kind === 'memory',
      problem: null,
      ...sessionArchive(backend, set, get, () => clock.now()),
      refresh: async () => {
        try {
          const records = await backend.list();
          const clinics = records.filter((record) => record.kind !== 'session');
          set({
            status: 'ready',
            entries: clinics.map(toEntry).sort(newestFirst),
            sessions: sessionEntriesOf(records),
          });
        } catch {
          set({ status: 'ready', entries: [], sessions: [], problem: 'unavailable' });
        }
      },
      save: (data, mark) => save(data, undefined, mark),
      open: async (id) => {
        const record = (await clinicRecords(backend)).find((candidate) => candidate.id === id);
        if (!record) return { ok: false, error: { code: 'notFound' } };
        const result = (await loadCodec()).fromJson(record.json);
        return result.ok ? { ok: true, value: result.value } : result;
      },
      readAll: async () => {
        const { fromJson } = await loadCodec();
        const read = (await clinicRecords(backend)).map((record) => ({
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
          const record = (await clinicRecords(backend)).find((c) => c.id === id);
          const codec = await loadCodec();
          const read = record ? codec.fromJson(record.json) : null;
          if (!record || !read?.ok) return false;
          const json = codec.toJson(change(read.value));
          await backend.put({ ...record, savedAt: clock.now(), json });
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
        set({ entries: [], sessions: [] });
      },
      importText: async (text) => {
        const result = (await loadCodec()).fromJson(text);
        if (!result.ok && result.error.code === 'notOurFormat') {
          const { importSessionText } = await import('./session-import');
          const session = await importSessionText(text, backend, get());
          if (session) return session;
        }
        if (!result.ok) return result;
        let place: { id: string; outcome: ImportOutcome };
        try {
          place = await placeOf(result.value);
        } catch {
          return { ok: false, error: { code: 'saveFailed' } };
        }
        const { id, outcome } = place;
        // A copy kept beside another clinic becomes a clinic of its own, under its own id.
        const data = { ...result.value, clinic: { ...result.value.clinic, clinicId: id } };
        if (outcome !== 'unchanged' && !(await save(data, id))) {
          return { ok: false, error: { code: 'saveFailed' } };
        }
        return { ok: true, id, outcome };
      },
    };
  });
  void store.getState().refresh();
  return store;
}

/**
 * Keeps the history in step with the clinic: when it finishes it is archived, and while it
 * stays finished, later changes on the sheet (the next check-in, the place) are archived too.
 * A clinic of a session is marked with it; a session that ends is archived whole, after its
 * last clinic.
 */
export function archiveFinishedClinics(
  clinic: ClinicStore,
  notes: NotesStore,
  history: HistoryStore,
  language: () => string,
): () => void {
  const archive = () => {
    const { clinic: state } = clinic.getState();
    if (state.status !== 'finished') return;
    const { notes: clinicNotes, details } = notes.getState();
    const data = { exportedAt: clinic.clock.now(), language: language(), clinic: state };
    const saved = history
      .getState()
      .save({ ...data, notes: clinicNotes, details }, sessionMarkOf(clinic));
    if (clinic.getState().session?.status !== 'finished') return;
    void saved.then(() => archiveSession(clinic, notes, history, language()));
  };
  const stopClinic = clinic.subscribe((state, previous) => {
    const ended = state.clinic.status === 'finished' && previous.clinic.status !== 'finished';
    const sessionEnded =
      state.session?.status === 'finished' && previous.session?.status !== 'finished';
    if (ended || sessionEnded) archive();
  });
  // Only a clinic still in the history is updated: one deleted (or forgotten) stays gone.
  const stopNotes = notes.subscribe((state, previous) => {
    if (state.notes === previous.notes && state.details === previous.details) return;
    const id = clinic.getState().clinic.clinicId;
    if (history.getState().entries.some((entry) => entry.id === id)) archive();
  });
  return () => {
    stopClinic();
    stopNotes();
  };
}
