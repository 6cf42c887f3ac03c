import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ClinicStore, ClinicStoreState } from './clinic-store';
import type { Clock } from './clock';
import type { SettingsStore, SettingsStoreState } from './settings-store';

// Stores come through context so a test (or the projector window) can hand in its own.

interface Stores {
  clinic: ClinicStore;
  settings: SettingsStore;
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing');
  return stores;
}

export function useClinicStoreApi(): ClinicStore {
  return useStores().clinic;
}

export function useSettingsStoreApi(): SettingsStore {
  return useStores().settings;
}

/** The app's clock, the one the stores run on: the only way "now" reaches a component. */
export function useClock(): Clock {
  return useStores().clinic.clock;
}

export function useClinic<T>(selector: (state: ClinicStoreState) => T): T {
  return useStore(useStores().clinic, selector);
}

export function useSettings<T>(selector: (state: SettingsStoreState) => T): T {
  return useStore(useStores().settings, selector);
}
