import type { StoreApi } from 'zustand/vanilla';
import type { ClinicStoreState } from './clinic-store';
import type { Clock } from './clock';
import type { DeviceStorage } from './device-storage';
import { keepSaved } from './persisted';
import { clinicShown, sessionActions } from './session-actions';
import { SESSION_SAVE } from './session-save';

// The session's half of the clinic store, loaded on demand (see session-loader.ts): its actions
// and its save, bound to a store that already exists. The clinic's own half never needs it.

export { parseSessionState } from '../clinic/session/validate-session';

export interface SessionBindingOptions {
  storage: DeviceStorage | null;
  clock: Clock;
  newId: () => string;
}

export type SessionBinding = ReturnType<typeof sessionActions> & { reload: () => void };

/** Binds the session's actions and save to the store; the save is read at once. */
export function bindSession(
  store: StoreApi<ClinicStoreState>,
  { storage, clock, newId }: SessionBindingOptions,
): SessionBinding {
  const actions = sessionActions({
    get: store.getState,
    set: store.setState,
    now: () => clock.now(),
    newId,
  });
  // Read after the clinic's save: while a session runs it names the clinic shown.
  const saved = keepSaved(store, {
    save: SESSION_SAVE,
    storage,
    clock,
    pick: ({ sessionId, session, endBy, lastClinicFit }) => ({
      sessionId,
      session,
      endBy,
      lastFit: lastClinicFit,
    }),
    restore: ({ value, notice }, state) => ({
      ...(value && {
        sessionId: value.sessionId,
        session: value.session,
        endBy: value.endBy,
        lastClinicFit: value.lastFit,
        clinic: clinicShown(value.session, state.clinic),
        ...(value.session && value.session.status !== 'planning' && { resumed: true }),
      }),
      ...(notice && { sessionNotice: notice }),
    }),
    problem: (sessionSaveProblem) => ({ sessionSaveProblem }),
  });
  return { ...actions, reload: saved.reload };
}
