import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { archiveFinishedClinics, createHistoryStore, type HistoryStore } from './history-store';
import type { HistoryStoreState } from './history-store';
import { createNotesStore, type NotesStore, type NotesStoreState } from './notes-store';
import { useClinicStoreApi } from './store-context';

// The notes and the history come through their own context, next to the clinic's. Without
// stores handed in, the provider makes the device's own (localStorage, IndexedDB).

export interface TakeawayStores {
  notes: NotesStore;
  history: HistoryStore;
}

const TakeawayContext = createContext<TakeawayStores | null>(null);

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
  const [own] = useState<TakeawayStores | null>(() =>
    stores ? null : { notes: createNotesStore({ clinic }), history: createHistoryStore() },
  );
  const value = stores ?? own!;
  const languageRef = useRef(language);
  useEffect(() => {
    languageRef.current = language;
  }, [language]);
  useEffect(
    () => archiveFinishedClinics(clinic, value.notes, value.history, () => languageRef.current),
    [clinic, value.notes, value.history],
  );
  return <TakeawayContext.Provider value={value}>{children}</TakeawayContext.Provider>;
}

function useTakeawayStores(): TakeawayStores {
  const stores = useContext(TakeawayContext);
  if (!stores) throw new Error('TakeawayStoresProvider is missing');
  return stores;
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
