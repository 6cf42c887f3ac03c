import type * as StoresModule from './takeaway-stores';

// Loads the notes and history stores on demand, and remembers them once in, so that code running
// after the load can use them synchronously. Its own module, so component tests can swap in the
// eager one.

export type TakeawayStoresModule = typeof StoresModule;

let loaded: TakeawayStoresModule | null = null;
let pending: Promise<TakeawayStoresModule> | null = null;

/** The module if it is already in, else null. */
export function loadedTakeawayStores(): TakeawayStoresModule | null {
  return loaded;
}

export function preloadTakeawayStores(): Promise<TakeawayStoresModule> {
  return (pending ??= import('./takeaway-stores').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = null; // offline before the first full visit: try again next time
      throw error;
    },
  ));
}
