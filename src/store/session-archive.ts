import type { ClinicExport } from '../takeaway/clinic-file';
import { createNotes, type ClinicNotes } from '../takeaway/notes';
import { createSheetDetails, type SheetDetails } from '../takeaway/sheet';
import type { SessionExport, SessionImportError } from '../takeaway/session/session-file';
import { isInstant } from '../clinic/instants';
import type { ClinicStore } from './clinic-store';
import type { HistoryBackend, HistoryRecord, SessionMark } from './history-backend';
import type { NotesStore } from './notes-store';

// The history's sessions. Each clinic of a session is kept as one clinic is (marked with the
// session and its place); the session itself is one more record, its JSON the session's file
// (the session with each clinic's notes and details): all a summary needs, read back through the
// same validation as an imported session file. The codec loads on first use, as the clinic's.

const loadSessionCodec = () => import('../takeaway/session/session-file');

/** A session's record is kept under this prefix and its session id. */
export const SESSION_RECORD_PREFIX = 'session:';

export interface SessionEntry {
  /** The record's id: `session:<sessionId>`. */
  id: string;
  sessionId: string;
  startedAt: number | null;
  /** Its clinics' history ids, in the order they ran. */
  clinicIds: string[];
}

export type SessionOpenResult =
  | { ok: true; value: SessionExport }
  | { ok: false; error: SessionImportError | { code: 'notFound' } };

export interface SessionArchive {
  /** The sessions kept, newest first. */
  sessions: SessionEntry[];
  /** Keeps (or replaces) a session's record; false when the device refused it. */
  saveSession: (sessionId: string, data: SessionExport) => Promise<boolean>;
  openSession: (id: string) => Promise<SessionOpenResult>;
}

export function sessionEntriesOf(records: HistoryRecord[]): SessionEntry[] {
  return records
    .filter((record) => record.kind === 'session')
    .map((record) => ({
      id: record.id,
      sessionId: record.id.slice(SESSION_RECORD_PREFIX.length),
      startedAt: isInstant(record.startedAt) ? record.startedAt : null,
      clinicIds: Array.isArray(record.clinicIds)
        ? record.clinicIds.filter((id) => typeof id === 'string')
        : [],
    }))
    .sort((a, b) => (b.startedAt ?? -Infinity) - (a.startedAt ?? -Infinity));
}

export function sessionArchive(
  backend: HistoryBackend,
  set: (partial: { sessions: SessionEntry[] } | { problem: 'saveFailed' }) => void,
  get: () => { sessions: SessionEntry[] },
  now: () => number,
): SessionArchive {
  return {
    sessions: [],
    saveSession: async (sessionId, data) => {
      const id = `${SESSION_RECORD_PREFIX}${sessionId}`;
      let record: HistoryRecord;
      try {
        record = {
          id,
          kind: 'session',
          title: '',
          startedAt: data.session.startedAt ?? data.exportedAt,
          savedAt: now(),
          json: (await loadSessionCodec()).sessionToJson(data),
          clinicIds: data.session.runs.map((run) => run.clinicId ?? ''),
        };
        await backend.put(record);
      } catch {
        set({ problem: 'saveFailed' });
        return false;
      }
      const others = get().sessions.filter((entry) => entry.id !== id);
      set({ sessions: sessionEntriesOf([record]).concat(others).sort(newestFirst) });
      return true;
    },
    openSession: async (id) => {
      const record = (await backend.list()).find((r) => r.id === id && r.kind === 'session');
      if (!record) return { ok: false, error: { code: 'notFound' } };
      return (await loadSessionCodec()).sessionFromJson(record.json);
    },
  };
}

const newestFirst = (a: SessionEntry, b: SessionEntry) =>
  (b.startedAt ?? -Infinity) - (a.startedAt ?? -Infinity);

/** What the archiving needs of the history store. */
interface HistoryLike {
  getState(): {
    open: (id: string) => Promise<{ ok: true; value: ClinicExport } | { ok: false }>;
    saveSession: SessionArchive['saveSession'];
  };
}

/** The mark of the clinic shown, when it belongs to a session that has started. */
export function sessionMarkOf(clinic: ClinicStore): SessionMark | undefined {
  const { session, sessionId, clinic: shown } = clinic.getState();
  if (!session || !sessionId || session.status === 'planning') return undefined;
  const place = session.runs.findIndex((run) => run.clinicId === shown.clinicId) + 1;
  return place > 0 ? { id: sessionId, place, count: session.plan.clinics.length } : undefined;
}

/**
 * A finished session's file as of now, with each clinic's notes: the clinic shown from the notes
 * being written, the earlier ones from their own kept records (archived as each ended). What the
 * history keeps and what the end screen shows are this one value.
 */
export async function sessionExportOf(
  clinic: ClinicStore,
  notes: NotesStore,
  history: HistoryLike,
  language: string,
): Promise<SessionExport | null> {
  const { session, sessionId } = clinic.getState();
  if (session?.status !== 'finished' || !sessionId) return null;
  const live = notes.getState();
  const parts: Array<{ notes: ClinicNotes; details: SheetDetails }> = [];
  for (const run of session.runs) {
    if (run.clinicId !== null && run.clinicId === live.clinicId) {
      parts.push({ notes: live.notes, details: live.details });
      continue;
    }
    const kept = run.clinicId === null ? null : await history.getState().open(run.clinicId);
    parts.push(
      kept?.ok
        ? { notes: kept.value.notes, details: kept.value.details }
        : { notes: createNotes(run.plan), details: createSheetDetails() },
    );
  }
  return {
    exportedAt: clinic.clock.now(),
    language,
    sessionId,
    session,
    notes: parts.map((part) => part.notes),
    details: parts.map((part) => part.details),
  };
}

/** Archives a finished session: its record with each clinic's notes. */
export async function archiveSession(
  clinic: ClinicStore,
  notes: NotesStore,
  history: HistoryLike,
  language: string,
): Promise<boolean> {
  const data = await sessionExportOf(clinic, notes, history, language);
  return data?.sessionId ? history.getState().saveSession(data.sessionId, data) : false;
}
