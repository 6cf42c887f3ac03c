import { validateSessionPlan } from '../../clinic/session/plan/plan-validate';
import type { SessionState } from '../../clinic/session/state';
import { validatePlan } from '../../clinic/templates';
import { isClinicId } from '../../clinic/validate-state';
import { parseSessionState } from '../../clinic/session/validate-session';
import { MAX_IMPORT_CHARS } from '../clinic-file';
import { readSheetDetails } from '../sheet';
import { isLanguageTag, readEnvelope, type EnvelopeErrorCode } from '../json-envelope';
import type { ClinicNotes } from '../notes';
import { parseNotes, type NotesProblem } from '../notes-validate';
import type { SheetDetails } from '../sheet';

// A whole session as one JSON file that can be imported again: the session (its plan, each
// clinic as it ended, the breaks) with each clinic's notes and sheet details. Versioned like the
// clinic's file; reading it back checks every field and answers with a code the UI translates.

export const SESSION_FORMAT = 'case-clinic-timer/session';
export const SESSION_VERSION = 1;

export interface SessionExport {
  exportedAt: number;
  language: string;
  /** The session's own id, so a file imported where it was kept is known again (optional). */
  sessionId?: string;
  session: SessionState;
  /** notes[i] and details[i] belong to session.runs[i]. */
  notes: ClinicNotes[];
  details: SheetDetails[];
}

export type SessionImportErrorCode =
  | EnvelopeErrorCode
  | 'languageInvalid'
  | 'sessionInvalid'
  | 'sessionNotStarted'
  | 'planInvalid'
  | 'notesMismatch'
  | 'mirrorsMismatch'
  | 'placeInvalid'
  | 'checkInInvalid'
  | NotesProblem;

export interface SessionImportError {
  code: SessionImportErrorCode;
  /** Where in the file, or which rule: shown after the translated message. */
  detail?: string;
}

export type SessionImportResult =
  { ok: true; value: SessionExport } | { ok: false; error: SessionImportError };

export function sessionToJson(data: SessionExport): string {
  const file = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    exportedAt: new Date(data.exportedAt).toISOString(),
    language: data.language,
    ...(data.sessionId !== undefined && { sessionId: data.sessionId }),
    session: data.session,
    notes: data.notes,
    details: data.details,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (code: SessionImportErrorCode, detail?: string): SessionImportResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

export function sessionFromJson(raw: string): SessionImportResult {
  const envelope = readEnvelope(raw, SESSION_FORMAT, SESSION_VERSION, MAX_IMPORT_CHARS);
  if (!envelope.ok) return fail(envelope.code, envelope.detail);
  const { body, exportedAt } = envelope;
  if (!isLanguageTag(body.language)) return fail('languageInvalid');
  const { sessionId } = body;
  if (sessionId !== undefined && !isClinicId(sessionId)) {
    return fail('sessionInvalid', 'sessionId is bad');
  }

  const session = parseSessionState(body.session);
  if (!session.ok) return fail('sessionInvalid', session.problem);
  if (session.value.status === 'planning') return fail('sessionNotStarted');
  const planError = validateSessionPlan(session.value.plan)[0];
  if (planError) return fail('planInvalid', `${planError.field}: ${planError.code}`);
  const { runs } = session.value;
  for (const [index, run] of runs.entries()) {
    const runError = validatePlan(run.plan)[0];
    if (runError) return fail('planInvalid', `runs[${index}].${runError.field}: ${runError.code}`);
  }

  if (!Array.isArray(body.notes) || body.notes.length !== runs.length) {
    return fail('notesMismatch', 'notes');
  }
  const notes: ClinicNotes[] = [];
  for (const [index, value] of body.notes.entries()) {
    const parsed = parseNotes(value);
    if (!parsed.ok) return fail(parsed.problem, `${index}: ${parsed.field}`);
    if (parsed.value.mirrors.length > runs[index]!.plan.coaches.length) {
      return fail('mirrorsMismatch', String(index));
    }
    notes.push(parsed.value);
  }

  if (!Array.isArray(body.details) || body.details.length !== runs.length) {
    return fail('notesMismatch', 'details');
  }
  const details: SheetDetails[] = [];
  for (const [index, value] of body.details.entries()) {
    const parsed = readSheetDetails(value);
    if (!parsed.ok) return fail(parsed.problem, String(index));
    details.push(parsed.value);
  }
  return {
    ok: true,
    value: {
      exportedAt,
      language: body.language,
      ...(sessionId !== undefined && { sessionId }),
      session: session.value,
      notes,
      details,
    },
  };
}
