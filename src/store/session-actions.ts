import type { ClinicEvent } from '../clinic/machine';
import type { ClinicState } from '../clinic/state';
import type { BreakCue } from '../clinic/session/break-clock';
import { fitClinic, fitSession, setClinicFittedLengths } from '../clinic/session/fit/fit-session';
import type { SessionFit } from '../clinic/session/fit/fit-session';
import type { SessionEvent } from '../clinic/session/machine';
import type { SessionPlan } from '../clinic/session/plan/session-plan';
import { createSession, type SessionState } from '../clinic/session/state';
import { stepSession, type SessionCue } from '../clinic/session/step';
import type { Cue } from '../clinic/cues';
import type { ClinicStoreState } from './clinic-store';

// The session's side of the clinic store: the pure session machine driven at the app's clock.
// While a session has started, `clinic` is its current (or last) clinic, so every screen that
// reads the clinic reads that one; the clinic's own events go through the session's machine.

export interface FiredBreakCue {
  cue: BreakCue;
  firedAt: number;
}

type Get = () => ClinicStoreState;
type SetState = (partial: Partial<ClinicStoreState>) => void;

export interface SessionActionsOptions {
  get: Get;
  set: SetState;
  now: () => number;
  /** A new random id: each clinic of a session has its own, as a single clinic does. */
  newId: () => string;
}

/** The clinic the screens show: the session's current or last clinic once it has started. */
export function clinicShown(session: SessionState | null, fallback: ClinicState): ClinicState {
  if (!session || session.status === 'planning') return fallback;
  return session.runs[session.runs.length - 1] ?? fallback;
}

/** A session that has started and not ended: the clinic's events belong to it. */
export function sessionUnderWay(session: SessionState | null): session is SessionState {
  return session !== null && (session.status === 'clinic' || session.status === 'break');
}

function isBreakCue(cue: SessionCue): cue is BreakCue {
  return cue.kind === 'breakWrapUp' || cue.kind === 'breakEnd';
}

export function sessionActions({ get, set, now, newId }: SessionActionsOptions) {
  /** Runs one session event; a clinic that just ended begins the break (or ends the session). */
  const run = (event: SessionEvent) => {
    const before = get().session;
    if (!before) return;
    const at = now();
    let { state, cue } = stepSession(before, event, at);
    if (state.runs.length > before.runs.length) {
      const started = state.runs[state.runs.length - 1]!;
      state = { ...state, runs: [...state.runs.slice(0, -1), { ...started, clinicId: newId() }] };
    }
    const last = state.runs[state.runs.length - 1];
    if (state.status === 'clinic' && last?.status === 'finished') {
      const next = stepSession(state, { type: 'finishClinic' }, at);
      state = next.state;
      cue = cue ?? next.cue;
    }
    if (state === before && !cue) return;
    const fired: Partial<ClinicStoreState> = !cue
      ? {}
      : isBreakCue(cue)
        ? { lastBreakCue: { cue, firedAt: at } }
        : { lastCue: { cue: cue as Cue, firedAt: at } };
    set({ session: state, clinic: clinicShown(state, get().clinic), ...fired });
  };

  return {
    planSession: (plan?: SessionPlan) => {
      const { clinic, session } = get();
      if (clinic.status !== 'setup' || (session && session.status !== 'planning')) return;
      if (session) {
        if (plan) run({ type: 'setPlan', plan });
        return;
      }
      set({ session: createSession(plan), sessionId: newId(), lastClinicFit: null });
    },
    dispatchSession: run,
    leavePlanning: () => {
      if (get().session?.status === 'planning') set({ session: null, sessionId: null });
    },
    /** After a finished session: back to "One clinic", with the last clinic's plan. */
    closeSession: (reset: (clinic: ClinicState) => ClinicState) => {
      const { session, clinic } = get();
      if (session?.status !== 'finished') return;
      set({ session: null, sessionId: null, clinic: reset(clinic), lastBreakCue: null });
    },
    /** A clinic event: the session's current clinic takes it while a session is under way. */
    clinicEvent: (event: ClinicEvent): boolean => {
      const { session } = get();
      if (session?.status === 'planning' && event.type === 'start') return true;
      if (!sessionUnderWay(session)) return false;
      run(event.type === 'tick' ? { type: 'tick' } : { type: 'clinic', event });
      return true;
    },
    setEndBy: (endAt: number | null) => {
      if (get().session) return run({ type: 'setEndBy', endBy: endAt });
      if (endAt !== null && !Number.isSafeInteger(endAt)) return;
      if (get().endBy !== endAt) set({ endBy: endAt });
    },
    /** What "Fit the rest to the end time" would do now: before and after, or why it cannot. */
    previewFit: (): SessionFit | null => {
      const { session, clinic, endBy } = get();
      if (session) return fitSession(session, now());
      if (endBy === null || clinic.status === 'finished') return null;
      return fitClinic(clinic, endBy, now());
    },
    fitToEnd: () => {
      const { session, clinic, endBy } = get();
      if (session) return run({ type: 'fitToEnd' });
      if (endBy === null || clinic.status === 'finished') return;
      const fit = fitClinic(clinic, endBy, now());
      if (fit.status !== 'fitted') return;
      const fitted = setClinicFittedLengths(clinic, fit.lengths, 'afterMs');
      if (fitted !== clinic) set({ clinic: fitted, lastClinicFit: fit.lengths });
    },
    undoFit: () => {
      const { session, clinic, lastClinicFit } = get();
      if (session) return run({ type: 'undoFit' });
      if (!lastClinicFit) return;
      set({
        clinic: setClinicFittedLengths(clinic, lastClinicFit, 'beforeMs'),
        lastClinicFit: null,
      });
    },
  };
}
