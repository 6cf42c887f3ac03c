import { fromJson, toJson, type ClinicExport, type ImportError } from '../takeaway/clinic-file';
import {
  sessionFromJson,
  type SessionExport,
  type SessionImportError,
} from '../takeaway/session/session-file';
import type { ClinicState } from '../clinic/state';
import type { HistoryBackend, HistoryRecord, SessionMark } from './history-backend';
import { clinicContent, copyId, fingerprint } from './import-identity';
import { SESSION_RECORD_PREFIX } from './session-archive';

// A session file imported into the history: each clinic that ran is kept as a clinic of the
// session (marked with it and its place, as the app keeps them), then the session's own record
// for its summary. Loaded only for an import. The rules are the clinic import's: validated first
// (nothing stored on any error), the same file twice is "unchanged", and a different session
// under the same id never replaces it: both are kept, the copy under ids of its own.

export type SessionImportOutcome = 'added' | 'unchanged' | 'keptBoth';

export type SessionImportResult =
  | {
      ok: true;
      /** The session's record id (`session:<id>`). */
      id: string;
      outcome: SessionImportOutcome;
      session: { startedAt: number | null; clinics: number };
    }
  | { ok: false; error: SessionImportError | ImportError | { code: 'saveFailed' } };

/** What the import needs of the history store: its own ways to keep and remove. */
export interface SessionImportTarget {
  save: (data: ClinicExport, mark: SessionMark) => Promise<boolean>;
  saveSession: (sessionId: string, data: SessionExport) => Promise<boolean>;
  remove: (id: string) => Promise<void>;
}

/** What makes two session files the same session with the same notes. */
const sessionContent = (data: SessionExport) =>
  JSON.stringify([data.language, data.session, data.notes, data.details]);

/** The session under `sessionId`, its clinics renamed by `rename` (a copy's ids). */
function withIds(data: SessionExport, sessionId: string, rename: (id: string) => string) {
  const runs = data.session.runs.map((run) =>
    run.clinicId === null ? run : { ...run, clinicId: rename(run.clinicId) },
  );
  return { ...data, sessionId, session: { ...data.session, runs } };
}

/** Where the session goes: its own id, or a copy's beside a different session there. */
function placeOf(data: SessionExport, records: HistoryRecord[]) {
  const baseId = data.sessionId ?? `file-${fingerprint(sessionContent(data))}`;
  const readAt = (id: string) => {
    const record = records.find((r) => r.kind === 'session' && r.id === SESSION_RECORD_PREFIX + id);
    const read = record ? sessionFromJson(record.json) : null;
    return record ? { content: read?.ok ? sessionContent(read.value) : null } : null;
  };
  const own = withIds(data, baseId, (id) => id);
  const there = readAt(baseId);
  if (!there) return { target: own, outcome: 'added' as const };
  if (there.content === sessionContent(own)) return { target: own, outcome: 'unchanged' as const };
  const content = sessionContent(data);
  const copy = withIds(data, copyId(baseId, content), (id) => copyId(id, content));
  const copyThere = readAt(copy.sessionId);
  const same = copyThere?.content === sessionContent(copy);
  return { target: copy, outcome: same ? ('unchanged' as const) : ('keptBoth' as const) };
}

/** A clinic of the session as the history keeps it, or why the history could not read it. */
function clinicOf(
  data: SessionExport,
  index: number,
  run: ClinicState,
): { ok: true; value: ClinicExport } | { ok: false; error: ImportError } {
  const clinic: ClinicExport = {
    exportedAt: data.exportedAt,
    language: data.language,
    clinic: run,
    notes: data.notes[index]!,
    details: data.details[index]!,
  };
  // What the history keeps must open again: read back through the clinic file's own rules.
  const read = fromJson(toJson(clinic));
  if (read.ok) return { ok: true, value: clinic };
  const detail = [`runs[${index}]`, read.error.detail].filter(Boolean).join(' ');
  return { ok: false, error: { code: read.error.code, detail } };
}

/**
 * Where one clinic goes: its id when free or already this session's (kept as it is there, maybe
 * changed since); a clinic there with the same content joins the session; else a copy beside it.
 */
function clinicPlace(clinic: ClinicExport, mark: SessionMark, records: HistoryRecord[]) {
  const id = clinic.clinic.clinicId!;
  const readAt = (at: string) => {
    const record = records.find((r) => r.kind !== 'session' && r.id === at);
    const read = record ? fromJson(record.json) : null;
    return record ? { record, content: read?.ok ? clinicContent(read.value) : null } : null;
  };
  const there = readAt(id);
  if (!there) return { id, write: true, added: true };
  if (there.record.session?.id === mark.id) return { id, write: false, added: false };
  const content = clinicContent(clinic);
  if (there.content === content) return { id, write: true, added: false };
  const copy = copyId(id, content);
  const copyThere = readAt(copy);
  const kept = copyThere?.content === content && copyThere.record.session?.id === mark.id;
  return { id: copy, write: !kept, added: !copyThere };
}

/** Imports a session file's text; null when it is not a session file at all. */
export async function importSessionText(
  text: string,
  backend: HistoryBackend,
  history: SessionImportTarget,
): Promise<SessionImportResult | null> {
  const read = sessionFromJson(text);
  if (!read.ok) return read.error.code === 'notOurFormat' ? null : read;
  let records: HistoryRecord[];
  try {
    records = await backend.list();
  } catch {
    return { ok: false, error: { code: 'saveFailed' } };
  }
  const { target, outcome } = placeOf(read.value, records);
  const writes: Array<{ id: string; clinic: ClinicExport; mark: SessionMark; added: boolean }> = [];
  for (const [index, run] of target.session.runs.entries()) {
    if (run.clinicStartedAt === null || run.clinicId === null) continue; // never ran: no sheet
    const made = clinicOf(target, index, run);
    if (!made.ok) return made;
    const mark = {
      id: target.sessionId,
      place: index + 1,
      count: target.session.plan.clinics.length,
    };
    const place = clinicPlace(made.value, mark, records);
    if (place.write) {
      const clinic = { ...made.value, clinic: { ...made.value.clinic, clinicId: place.id } };
      writes.push({ id: place.id, clinic, mark, added: place.added });
    }
  }
  const session = { startedAt: target.session.startedAt, clinics: target.session.runs.length };
  const id = SESSION_RECORD_PREFIX + target.sessionId;
  if (outcome === 'unchanged' && writes.length === 0) return { ok: true, id, outcome, session };

  const added: string[] = [];
  let saved = true;
  for (const write of writes) {
    saved = await history.save(write.clinic, write.mark);
    if (!saved) break;
    if (write.added) added.push(write.id);
  }
  if (saved) saved = await history.saveSession(target.sessionId, target);
  if (!saved) {
    // Nothing half-imported stays: the clinics this import added go again.
    for (const addedId of added) await history.remove(addedId).catch(() => undefined);
    return { ok: false, error: { code: 'saveFailed' } };
  }
  return { ok: true, id, outcome: outcome === 'unchanged' ? 'added' : outcome, session };
}
