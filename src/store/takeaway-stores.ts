import type { ClinicStore } from './clinic-store';
import { archiveFinishedClinics, createHistoryStore, type HistoryStore } from './history-store';
import { loadTemplatesStore } from './lazy-templates-store';
import { createNotesStore, type NotesStore } from './notes-store';
import { TEMPLATES_KEY } from './templates-key';

// The notes and the history of the device, with what ties them to the clinic. A module of its
// own so that it loads after the first paint: the setup screen needs none of it.

export interface TakeawayStores {
  notes: NotesStore;
  history: HistoryStore;
}

/** The device's own stores: the notes where the clinic is saved, the history in IndexedDB. */
export function createTakeawayStores(clinic: ClinicStore): TakeawayStores {
  return {
    notes: createNotesStore({ clinic }),
    history: createHistoryStore(undefined, clinic.clock),
  };
}

/**
 * "Forget everything": every trace of a clinic goes from this device: the plan's names and texts
 * (its times stay), the notes, the user's own templates (they may hold the group's names), every
 * backup of a save, and the history. Only the language, sound and theme settings stay.
 */
export async function forgetEverything(clinic: ClinicStore, stores: TakeawayStores): Promise<void> {
  clinic.getState().forgetPeople();
  stores.notes.getState().clear();
  // Through the store, so other windows follow; the key alone if its module cannot load.
  const templates = await loadTemplatesStore(clinic).catch(() => null);
  if (templates) templates.getState().clear();
  else clinic.storage?.remove(TEMPLATES_KEY);
  clinic.storage?.removeBackups();
  await stores.history.getState().forgetEverything();
}

export { archiveFinishedClinics };
