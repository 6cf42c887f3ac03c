import type { ReactElement } from 'react';
import { IDBFactory } from 'fake-indexeddb';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { createIndexedDbBackend } from '@/store/history-backend';
import { createHistoryStore, type HistoryStore } from '@/store/history-store';
import { createNotesStore, type NotesStore } from '@/store/notes-store';
import { TakeawayStoresProvider } from '@/store/takeaway-context';
import { renderWithStores } from './render';

export interface TakeawayRenderOptions {
  clinic?: ClinicStore;
  notes?: NotesStore;
  history?: HistoryStore;
}

export function freshHistory(): HistoryStore {
  return createHistoryStore(createIndexedDbBackend(new IDBFactory()));
}

/**
 * Renders like renderWithStores, plus a notes store (no storage unless handed in) and a history
 * on a fresh in-memory IndexedDB.
 */
export function renderWithTakeaway(ui: ReactElement, options: TakeawayRenderOptions = {}) {
  const clinic = options.clinic ?? createClinicStore({ storage: null });
  const takeaway = {
    notes: options.notes ?? createNotesStore({ clinic, storage: null }),
    history: options.history ?? freshHistory(),
  };
  const result = renderWithStores(
    <TakeawayStoresProvider stores={takeaway} language="en">
      {ui}
    </TakeawayStoresProvider>,
    { clinic },
  );
  return Object.assign(result, { takeaway });
}
