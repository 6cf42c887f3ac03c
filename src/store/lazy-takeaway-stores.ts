import type * as StoresModule from './takeaway-stores';
import { loadOnce } from './load-once';

// The notes and history stores, loaded on demand and remembered once in, so that code running
// after the load can use them synchronously. Its own module, so component tests can swap in the
// eager one.

export type TakeawayStoresModule = typeof StoresModule;

const stores = loadOnce(() => import('./takeaway-stores'));

/** The module if it is already in, else null. */
export function loadedTakeawayStores(): TakeawayStoresModule | null {
  return stores.loaded();
}

export function preloadTakeawayStores(): Promise<TakeawayStoresModule> {
  return stores.load();
}

/** A screen that reads the notes or the history: it is ready once their stores are in too. */
export function withTakeawayStores<T>(load: Promise<T>): Promise<T> {
  return Promise.all([load, preloadTakeawayStores()]).then(([loaded]) => loaded);
}
