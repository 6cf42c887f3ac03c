import type { StoreApi } from 'zustand/vanilla';
import type { Clock } from './clock';
import type { DeviceStorage, StorageProblem } from './device-storage';
import { loadSave, writeSave, type Loaded, type SaveSpec } from './versioned-save';

// Ties a zustand store to its save: loads it when the store is made, writes the saved part after
// each change that alters it, loads it again when another window wrote it (one `storage`
// listener, in the owner), and says whether the device keeps the writes. zustand's `persist`
// middleware does the first three, but not the rest (an unreadable save must be moved aside
// before anything can overwrite it; a refused write must be reported), so all of it would be
// wrapped anyway, and it weighs 1.2 KB gzip on the first load, which the 110 KB budget has not.

export interface SaveBinding<S, T> {
  save: SaveSpec<T>;
  /** The device's storage as this store may use it; null: memory only. */
  storage: DeviceStorage | null;
  clock: Clock;
  /** The part of the state that is saved. */
  pick: (state: S) => T;
  /**
   * The state after a load (from the saved value, null when none could be read, and the notice),
   * or after following another window's save.
   */
  restore: (loaded: Loaded<T>, state: S, following: boolean) => Partial<S>;
  /** The state that says whether saving works (null: it does). */
  problem: (problem: StorageProblem | null) => Partial<S>;
}

/** A store kept in a save: `reload()` reads the save again (a tab taking control does). */
export type SavedStore<S> = StoreApi<S> & { reload: () => void };

export function keepSaved<S, T>(store: StoreApi<S>, binding: SaveBinding<S, T>): SavedStore<S> {
  const { save, storage: device, clock } = binding;
  /** The saved value as text, as the device now holds it: an equal value is not written again. */
  let known: string | null = null;
  /** An unreadable save stayed in its key (its backup was refused): nothing may overwrite it. */
  let held = false;
  let problem: StorageProblem | null = device?.blocked ? 'blocked' : null;

  const load = (following: boolean) => {
    if (!device) return;
    const loaded = loadSave(device, save, clock.now(), following ? 'follow' : 'load');
    if (loaded.savedAt !== null) clock.notBefore?.(loaded.savedAt);
    if (loaded.value !== null) known = JSON.stringify(loaded.value);
    if (following && loaded.value === null) return;
    held ||= loaded.held !== null;
    problem ??= loaded.held;
    store.setState(binding.restore(loaded, store.getState(), following));
  };

  load(false);
  store.setState(binding.problem(problem));
  // Only a change of the saved part is written; what a load or a notice sets is not.
  store.subscribe((state, previous) => {
    const value = binding.pick(state);
    const text = JSON.stringify(value);
    if (!device || held || text === known || text === JSON.stringify(binding.pick(previous))) {
      return;
    }
    const outcome = writeSave(device, save, value, clock.now());
    if (outcome === 'skipped' || problem === 'blocked') return;
    if (outcome === 'ok') known = text;
    const next = outcome === 'ok' ? null : outcome;
    if (next === problem) return;
    problem = next;
    store.setState(binding.problem(next));
  });
  device?.onChange(save.key, () => load(true));
  return Object.assign(store, { reload: () => load(true) });
}
