import { createStore, type StoreApi } from 'zustand/vanilla';
import { createClinic, type ClinicState } from '../clinic/state';
import { step, type Cue } from '../clinic/cues';
import type { ClinicEvent } from '../clinic/machine';
import { loadClinic, saveClinic, type LoadNotice, type SaveResult } from './persistence';

export interface FiredCue {
  cue: Cue;
  /** Epoch ms when it was handed out; the visual twin shows for a moment after. */
  firedAt: number;
}

export interface ClinicStoreState {
  clinic: ClinicState;
  lastCue: FiredCue | null;
  loadNotice: LoadNotice | null;
  saveProblem: Exclude<SaveResult, { ok: true }>['reason'] | null;
  dispatch: (event: ClinicEvent) => void;
  /** Called by the app's clock: fires due cues and time-driven changes. Cheap when idle. */
  tick: () => void;
  dismissLoadNotice: () => void;
}

export type ClinicStore = StoreApi<ClinicStoreState>;

export interface ClinicStoreOptions {
  storage?: Storage | null;
  now?: () => number;
}

export function createClinicStore(options: ClinicStoreOptions = {}): ClinicStore {
  const now = options.now ?? Date.now;
  const storage = options.storage === undefined ? safeLocalStorage() : options.storage;
  const loaded = storage ? loadClinic(storage, now()) : { clinic: null, notice: null };

  const store = createStore<ClinicStoreState>()((set, get) => {
    const apply = (event: ClinicEvent) => {
      const at = now();
      const result = step(get().clinic, event, at);
      if (result.state === get().clinic && !result.cue) return;
      set({
        clinic: result.state,
        ...(result.cue ? { lastCue: { cue: result.cue, firedAt: at } } : {}),
      });
    };
    return {
      clinic: loaded.clinic ?? createClinic(),
      lastCue: null,
      loadNotice: loaded.notice,
      saveProblem: null,
      dispatch: apply,
      tick: () => apply({ type: 'tick' }),
      dismissLoadNotice: () => set({ loadNotice: null }),
    };
  });

  if (storage) {
    store.subscribe((state, previous) => {
      if (state.clinic === previous.clinic) return;
      const result = saveClinic(storage, state.clinic, now());
      const saveProblem = result.ok ? null : result.reason;
      if (saveProblem !== store.getState().saveProblem) store.setState({ saveProblem });
    });
  }
  return store;
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
