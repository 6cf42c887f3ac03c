import type { FitChange, SessionState } from '../clinic/session/state';
import { parseFitChanges, parseSessionState } from '../clinic/session/validate-session';
import { isInstant } from '../clinic/instants';
import { isClinicId } from '../clinic/validate-state';
import { defineSave, type SaveParse } from './versioned-save';
import { SESSION_KEY } from './persistence';

export { SESSION_KEY };

// The session (several cases in a row) and a single clinic's end time, saved beside the clinic
// under a key of their own: the clinic's save keeps the format it has had since schema 2, so a
// clinic saved before sessions existed resumes unchanged, and a damaged session save is moved
// aside without touching the clinic. While a session runs, the clinic's save holds its current
// clinic too (the store mirrors it), so even with the session's save lost the clinic resumes.

export const SESSION_BACKUP_PREFIX = 'case-clinic-timer:session-backup:';
export const SESSION_SAVE_VERSION = 1;

export interface SavedSession {
  /** The session's identity (random), null while there is none: "One clinic". */
  sessionId: string | null;
  session: SessionState | null;
  /** "One clinic" only: the end time it should keep; a session keeps its own in its plan. */
  endBy: number | null;
  /** "One clinic" only: the last fit to the end time, so one step undoes it. */
  lastFit: FitChange[] | null;
}

export const NO_SESSION: SavedSession = {
  sessionId: null,
  session: null,
  endBy: null,
  lastFit: null,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseSavedSession(value: unknown): SaveParse<SavedSession> {
  if (!isRecord(value)) return { ok: false, problem: 'the session save is not an object' };
  const { sessionId, endBy } = value;
  if (sessionId !== null && !isClinicId(sessionId))
    return { ok: false, problem: 'sessionId is bad' };
  if (endBy !== null && !isInstant(endBy)) return { ok: false, problem: 'endBy is bad' };
  let session: SessionState | null = null;
  if (value.session !== null) {
    const parsed = parseSessionState(value.session);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    session = parsed.value;
  }
  if ((session === null) !== (sessionId === null)) {
    return { ok: false, problem: 'the session and its id disagree' };
  }
  let lastFit: FitChange[] | null = null;
  if (value.lastFit !== null) {
    const parsed = parseFitChanges(value.lastFit);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    lastFit = parsed.value;
  }
  return { ok: true, value: { sessionId, session, endBy, lastFit } };
}

export const SESSION_SAVE = defineSave<SavedSession>({
  key: SESSION_KEY,
  backupPrefix: SESSION_BACKUP_PREFIX,
  field: null,
  version: SESSION_SAVE_VERSION,
  parse: parseSavedSession,
});
