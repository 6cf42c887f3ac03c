import type { ClinicStore } from './clinic-store';
import { loadOnce } from './load-once';
import type { TemplatesStore } from './templates-store';

// The user's own templates load on demand (the setup asks for them after the first paint): one
// store per clinic store, on the same storage view (read-only in the projector and a viewer tab)
// and the same clock.

const module = loadOnce(() => import('./templates-store'));
const made = new WeakMap<ClinicStore, TemplatesStore>();
const listeners = new Set<() => void>();

/** The clinic's templates store if its module is in (made on first ask), else null. */
export function loadedTemplatesStore(clinic: ClinicStore): TemplatesStore | null {
  const loaded = module.loaded();
  if (!loaded) return null;
  let store = made.get(clinic);
  if (!store) {
    store = loaded.createTemplatesStore(clinic.storage, clinic.clock);
    made.set(clinic, store);
  }
  return store;
}

export async function loadTemplatesStore(clinic: ClinicStore): Promise<TemplatesStore> {
  await module.load();
  const store = loadedTemplatesStore(clinic)!;
  listeners.forEach((listener) => listener());
  return store;
}

/** Calls `listener` once a templates store is ready (for the notices, which never load it). */
export function onTemplatesStoreLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
