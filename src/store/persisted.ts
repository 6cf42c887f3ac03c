import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Clock } from './clock';
import type { DeviceStorage, StorageProblem, WriteOutcome } from './device-storage';
import { loadSave, writeSave, type Loaded, type SaveSpec } from './versioned-save';

// Ties a zustand store to its save through zustand's own `persist` middleware: it loads the save
// when the store is made, writes the saved part after each change, and loads it again when
// another window wrote it (one `storage` listener, in the owner). Its own `version`/`migrate` are
// not used: an unreadable or unknown save must be moved to a backup key before anything can
// overwrite it, and the owner's loader (versioned-save.ts) does that, migration included, before
// persist sees the data. The storage handed to persist reports whether the device kept each write.

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

/** A store made with `persisted`: `persist.rehydrate()` reads its save again. */
export type SavedStore<S> = StoreApi<S> & { persist: { rehydrate: () => Promise<void> } };

interface Hydration<T> {
  loaded: Loaded<T>;
  problem: StorageProblem | null;
  following: boolean;
}

export function persisted<S, T>(
  binding: SaveBinding<S, T>,
  creator: StateCreator<S, [['zustand/persist', unknown]], []>,
): StateCreator<S, [], [['zustand/persist', unknown]]> {
  const { save, storage: device, clock } = binding;
  return (set, get, api) => {
    let hydrated = false;
    let held = false;
    /** The saved value as text, as the device now holds it: an equal value is not written again. */
    let known: string | null = null;
    let problem: StorageProblem | null = device?.blocked ? 'blocked' : null;
    const report = (outcome: WriteOutcome) => {
      if (outcome === 'skipped' || problem === 'blocked') return;
      const next = outcome === 'ok' ? null : outcome;
      if (next === problem) return;
      problem = next;
      api.setState(binding.problem(next));
    };

    const storage: PersistStorage<unknown> = {
      getItem: () => {
        const following = hydrated;
        hydrated = true;
        if (!device) return following ? null : { state: { loaded: NONE, problem, following } };
        const loaded = loadSave(device, save, clock.now(), following ? 'follow' : 'load');
        if (loaded.savedAt !== null) clock.notBefore?.(loaded.savedAt);
        if (loaded.value !== null) known = JSON.stringify(loaded.value);
        if (following)
          return loaded.value === null ? null : { state: { loaded, problem, following } };
        held = loaded.held !== null;
        problem = problem ?? loaded.held;
        return { state: { loaded, problem, following } satisfies Hydration<T> };
      },
      setItem: (_name, { state }) => {
        const text = JSON.stringify(state);
        if (!device || held || text === known) return;
        const outcome = writeSave(device, save, state as T, clock.now());
        if (outcome === 'ok') known = text;
        report(outcome);
      },
      removeItem: () => device?.remove(save.key),
    };

    const created = persist(creator, {
      name: save.key,
      version: save.version,
      storage,
      partialize: binding.pick,
      merge: (hydration, current) => {
        if (!hydration) return current;
        const { loaded, problem: now, following } = hydration as Hydration<T>;
        return {
          ...current,
          ...binding.restore(loaded, current, following),
          ...binding.problem(now),
        };
      },
    })(set, get, api);
    // persist has put its own API on the store by now.
    const { rehydrate } = (api as unknown as SavedStore<S>).persist;
    device?.onChange(save.key, () => void rehydrate());
    return created;
  };
}

const NONE: Loaded<never> = { value: null, notice: null, savedAt: null, held: null };
