import { useEffect, useSyncExternalStore } from 'react';
import type { OwnTemplate } from '../clinic/own-templates';
import {
  loadedTemplatesStore,
  loadTemplatesStore,
  onTemplatesStoreLoaded,
} from './lazy-templates-store';
import { useClinicStoreApi } from './store-context';
import type { TemplatesStore, TemplatesStoreState } from './templates-store';

const NONE: OwnTemplate[] = [];

/**
 * The user's own templates store, or null while it loads. `load: false` only watches: the
 * notices show a damaged save once something else loaded the store.
 */
export function useTemplatesStore(load = true): TemplatesStore | null {
  const clinic = useClinicStoreApi();
  const store = useSyncExternalStore(onTemplatesStoreLoaded, () => loadedTemplatesStore(clinic));
  useEffect(() => {
    if (store || !load) return;
    loadTemplatesStore(clinic).catch(() => undefined); // offline before a full visit: none yet
  }, [clinic, store, load]);
  return store;
}

/** A value of the templates store; `fallback` while it loads. */
export function useTemplates<T>(
  store: TemplatesStore | null,
  selector: (state: TemplatesStoreState) => T,
  fallback: T,
): T {
  return useSyncExternalStore(
    (listener) => store?.subscribe(listener) ?? (() => undefined),
    () => (store ? selector(store.getState()) : fallback),
  );
}

/** The user's own templates, in the order they were saved; none while the store loads. */
export function useOwnTemplates(): OwnTemplate[] {
  return useTemplates(useTemplatesStore(), (state) => state.templates, NONE);
}
