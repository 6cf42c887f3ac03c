import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ClinicStore } from './clinic-store';
import type { HistoryStore, HistoryStoreState } from './history-store';
import {
  loadedTakeawayStores,
  preloadTakeawayStores,
  type TakeawayStoresModule,
} from './lazy-takeaway-stores';
import type { NotesStore, NotesStoreState } from './notes-store';
import { useClinicStoreApi } from './store-context';
import type { TakeawayStores } from './takeaway-stores';

// The notes and the history come through their own context, next to the clinic's. Without
// stores handed in, the provider makes the device's own, from a module that loads after the
// first paint; the screens that read them load it first, so none of them waits in practice.

export type { TakeawayStores };

/** Holds the stores, made on first use once their module is in. */
interface StoresSlot {
  /** The stores; while their module is still loading, suspends (throws the load). */
  get: () => TakeawayStores;
}

function givenSlot(stores: TakeawayStores): StoresSlot {
  return { get: () => stores };
}

function deviceSlot(clinic: ClinicStore): StoresSlot {
  let stores: TakeawayStores | null = null;
  return {
    get: () => {
      if (stores) return stores;
      const module = loadedTakeawayStores();
      if (!module) throw preloadTakeawayStores();
      return (stores = module.createTakeawayStores(clinic));
    },
  };
}

const TakeawayContext = createContext<StoresSlot | null>(null);

export function TakeawayStoresProvider({
  stores,
  language,
  children,
}: {
  stores?: TakeawayStores;
  /** The clinic's language, recorded with each archived clinic. */
  language: string;
  children: ReactNode;
}) {
  const clinic = useClinicStoreApi();
  const [slot] = useState<StoresSlot>(() => (stores ? givenSlot(stores) : deviceSlot(clinic)));
  const languageRef = useRef(language);
  useEffect(() => {
    languageRef.current = language;
  }, [language]);
  // A finished clinic goes into the history, whether or not a screen has read the stores yet.
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    const attach = (module: TakeawayStoresModule) => {
      const { notes, history } = slot.get();
      stop = module.archiveFinishedClinics(clinic, notes, history, () => languageRef.current);
    };
    const module = loadedTakeawayStores();
    if (module) attach(module);
    else {
      preloadTakeawayStores().then(
        (loaded) => live && attach(loaded),
        () => undefined, // offline before the first full visit: the screens say so
      );
    }
    return () => {
      live = false;
      stop?.();
    };
  }, [clinic, slot]);
  return <TakeawayContext.Provider value={slot}>{children}</TakeawayContext.Provider>;
}

function useTakeawayStores(): TakeawayStores {
  const slot = useContext(TakeawayContext);
  if (!slot) throw new Error('TakeawayStoresProvider is missing');
  return slot.get();
}

export function useNotesStoreApi(): NotesStore {
  return useTakeawayStores().notes;
}

export function useNotes<T>(selector: (state: NotesStoreState) => T): T {
  return useStore(useTakeawayStores().notes, selector);
}

export function useHistoryStoreApi(): HistoryStore {
  return useTakeawayStores().history;
}

export function useHistory<T>(selector: (state: HistoryStoreState) => T): T {
  return useStore(useTakeawayStores().history, selector);
}

/** "Forget everything" (see takeaway-stores.ts), for the screen that offers it. */
export function useForgetEverything(): () => Promise<void> {
  const clinic = useClinicStoreApi();
  const stores = useTakeawayStores();
  // The stores above came from their module, so it is in.
  return () => loadedTakeawayStores()!.forgetEverything(clinic, stores);
}
