import { createStore } from 'zustand/vanilla';
import { createClinic, type ClinicState } from '../clinic/state';
import type { Plan } from '../clinic/templates';
import { step, type Cue } from '../clinic/cues';
import type { ClinicEvent } from '../clinic/machine';
import { createAppClock, type Clock } from './clock';
import type { DeviceStorage, StorageProblem } from './device-storage';
import { keepSaved, type SavedStore } from './persisted';
import { CLINIC_SAVE, type LoadNotice } from './persistence';

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
}

/** The clinic store, with the clock it runs on and the storage it saves in. */
export type ClinicStore = SavedStore<ClinicStoreState> & {
  readonly clock: Clock;
  readonly storage: DeviceStorage | null;
};

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
  const store = createStore<ClinicStoreState>()((set, get) => {
    const apply = (event: ClinicEvent) => {
      const at = clock.now();
      const given = event.type === 'start' && !event.clinicId;
      const result = step(get().clinic, given ? { ...event, clinicId: newClinicId() } : event, at);
      if (result.state === get().clinic && !result.cue) return;
      set({
        clinic: result.state,
        ...(result.cue ? { lastCue: { cue: result.cue, firedAt: at } } : {}),
      });
    };
    return {
      clinic: createClinic(),
      lastCue: null,
      loadNotice: null,
      saveProblem: null,
      resumed: false,
      dispatch: apply,
      tick: () => apply({ type: 'tick' }),
      dismissLoadNotice: () => set({ loadNotice: null }),
      forgetPeople: () =>
        set({ clinic: createClinic(withoutPeople(get().clinic.plan)), lastCue: null }),
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
  return Object.assign(saved, { clock, storage });
}
