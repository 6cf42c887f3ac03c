import { createStore } from 'zustand/vanilla';
import { createClinic, type ClinicState } from '../clinic/state';
import type { Plan } from '../clinic/templates';
import { step, type Cue } from '../clinic/cues';
import type { ClinicEvent } from '../clinic/machine';
import { createAppClock, type Clock } from './clock';
import type { DeviceStorage, StorageProblem } from './device-storage';
import { keepSaved, type SavedStore } from './persisted';
import { CLINIC_SAVE, type LoadNotice } from './persistence';
import { transition } from '../clinic/machine';
import type { FitChange, SessionState } from '../clinic/session/state';
import type { SessionEvent } from '../clinic/session/machine';
import type { SessionPlan } from '../clinic/session/plan/session-plan';
import type { SessionFit } from '../clinic/session/fit/fit-session';
import type { FiredBreakCue } from './session-actions';
import type { SessionBinding } from './session-engine';
import {
  loadSessionEngine,
  loadedSessionEngine,
  savedSessionMatters,
  type SessionEngine,
} from './session-loader';

export interface FiredCue {
  cue: Cue;
  /** Epoch ms when it was handed out; the visual twin shows for a moment after. */
  firedAt: number;
}

export interface ClinicStoreState {
  clinic: ClinicState;
  lastCue: FiredCue | null;
  loadNotice: LoadNotice | null;
  /** Why the clinic is not being saved; null while it is. */
  saveProblem: StorageProblem | null;
  /** The clinic came from the device's save rather than a fresh start. */
  resumed: boolean;
  dispatch: (event: ClinicEvent) => void;
  /** Called by the app's clock: fires due cues and time-driven changes. Cheap when idle. */
  tick: () => void;
  dismissLoadNotice: () => void;
  /** "Forget everything": a fresh clinic whose plan keeps its times but no name and no text. */
  forgetPeople: () => void;

  // Several cases in one session (see /work/briefs/session-store-api.md for the contract).
  /** Null: "One clinic", exactly as before. Once started, `clinic` is its current clinic. */
  session: SessionState | null;
  /** The session's identity (random); the archive marks its clinics with it. */
  sessionId: string | null;
  /** The last break cue handed out (the call back, the break's end). */
  lastBreakCue: FiredBreakCue | null;
  /** A session save that could not be read, moved aside to `backupKey`. */
  sessionNotice: LoadNotice | null;
  sessionSaveProblem: StorageProblem | null;
  /** "One clinic" only: the time it should end by (a session keeps `session.plan.endBy`). */
  endBy: number | null;
  /** "One clinic" only: the last fit, for its undo. */
  lastClinicFit: FitChange[] | null;
  /** Enters planning (only from the setup), or hands the planner's edited plan in. */
  planSession: (plan?: SessionPlan) => void;
  /** A session event at the app's clock (`stepSession`); cues go out like the clinic's. */
  dispatchSession: (event: SessionEvent) => void;
  /** Planning only: back to "One clinic". */
  leavePlanning: () => void;
  /** A finished session: back to "One clinic" setup, with the last clinic's plan. */
  closeSession: () => void;
  /** The end time of the session (while there is one) or of the single clinic; null: none. */
  setEndBy: (endAt: number | null) => void;
  /** What a fit to the end time would do now (the preview); null without an end time. */
  previewFit: () => SessionFit | null;
  fitToEnd: () => void;
  undoFit: () => void;
  dismissSessionNotice: () => void;
}

/** The clinic store, with the clock it runs on and the storage it saves in. */
export type ClinicStore = SavedStore<ClinicStoreState> & {
  readonly clock: Clock;
  readonly storage: DeviceStorage | null;
  /** Resolves once a session the device holds is read (at once when it holds none). */
  sessionReady: () => Promise<void>;
};

const NO_SESSION = { sessionId: null, session: null, endBy: null } as const;

export interface ClinicStoreOptions {
  /** Where the clinic is saved, as this window may use it; none: memory only. */
  storage?: DeviceStorage | null;
  /** The app's clock; a test hands in a fake. */
  clock?: Clock;
}

/** A new clinic's identity: random, so two clinics never share one, whenever they start. */
export function newClinicId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function withoutPeople(plan: Plan): Plan {
  return {
    ...plan,
    caseTitle: '',
    helpWanted: '',
    caseOwner: '',
    coaches: plan.coaches.map(() => ''),
    facilitator: '',
    confidentialityText: '',
  };
}

export function createClinicStore(options: ClinicStoreOptions = {}): ClinicStore {
  const clock = options.clock ?? createAppClock();
  const storage = options.storage ?? null;
  // The session's half (session-loader.ts): bound when its chunk is in, which a session needs.
  let session: SessionBinding | null = null;
  const bind = (engine: SessionEngine): SessionBinding =>
    (session ??= engine.bindSession(store, { storage, clock, newId: newClinicId }));
  const withSession = (then: (binding: SessionBinding) => void): Promise<void> => {
    const engine = loadedSessionEngine();
    if (engine) return Promise.resolve(then(bind(engine)));
    return loadSessionEngine().then((loaded) => then(bind(loaded)));
  };
  const store = createStore<ClinicStoreState>()((set, get) => {
    const apply = (event: ClinicEvent) => {
      const at = clock.now();
      const given = event.type === 'start' && !event.clinicId;
      const result = step(get().clinic, given ? { ...event, clinicId: newClinicId() } : event, at);
      if (result.state === get().clinic && !result.cue) return;
      if (event.type === 'reset') set({ lastClinicFit: null });
      set({
        clinic: result.state,
        ...(result.cue ? { lastCue: { cue: result.cue, firedAt: at } } : {}),
      });
    };
    const dispatch = (event: ClinicEvent) => {
      if (!session?.clinicEvent(event)) apply(event);
    };
    return {
      clinic: createClinic(),
      lastCue: null,
      loadNotice: null,
      saveProblem: null,
      resumed: false,
      dispatch,
      tick: () => dispatch({ type: 'tick' }),
      dismissLoadNotice: () => set({ loadNotice: null }),
      forgetPeople: () =>
        set({
          clinic: createClinic(withoutPeople(get().clinic.plan)),
          lastCue: null,
          ...NO_SESSION,
          lastClinicFit: null,
          lastBreakCue: null,
        }),
      ...NO_SESSION,
      lastClinicFit: null,
      lastBreakCue: null,
      sessionNotice: null,
      sessionSaveProblem: null,
      planSession: (plan) => void withSession((s) => s.planSession(plan)),
      dispatchSession: (event) => session?.dispatchSession(event),
      leavePlanning: () => session?.leavePlanning(),
      closeSession: () =>
        session?.closeSession((clinic) => transition(clinic, { type: 'reset' }, clock.now())),
      // Clearing needs no engine: without one there is no end time to clear.
      setEndBy: (endAt) => {
        if (session || endAt !== null) void withSession((s) => s.setEndBy(endAt));
      },
      previewFit: () => session?.previewFit() ?? null,
      fitToEnd: () => session?.fitToEnd(),
      undoFit: () => session?.undoFit(),
      dismissSessionNotice: () => set({ sessionNotice: null }),
    };
  });
  const saved = keepSaved(store, {
    save: CLINIC_SAVE,
    storage,
    clock,
    pick: (state) => state.clinic,
    restore: ({ value, notice }) => ({
      ...(value && { clinic: value, resumed: true }),
      ...(notice && { loadNotice: notice }),
    }),
    problem: (saveProblem) => ({ saveProblem }),
  });
  const reloadClinic = saved.reload;
  // The session's save is read after the clinic's: while a session runs it names the clinic shown.
  const followSession = (): Promise<void> => {
    if (session) return Promise.resolve(session.reload());
    const needed = loadedSessionEngine() !== null || savedSessionMatters(storage);
    return needed ? withSession(() => undefined) : Promise.resolve();
  };
  const ready = followSession().catch(() => undefined);
  const reload = () => {
    reloadClinic();
    void followSession().catch(() => undefined);
  };
  return Object.assign(store, { reload, clock, storage, sessionReady: () => ready });
}
