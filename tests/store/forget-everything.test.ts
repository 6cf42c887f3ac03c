import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { templateContentOf } from '@/clinic/own-templates';
import { createClinicStore } from '@/store/clinic-store';
import { loadTemplatesStore } from '@/store/lazy-templates-store';
import { TEMPLATES_KEY } from '@/store/templates-key';
import { createTemplatesStore } from '@/store/templates-store';
import { createIndexedDbBackend } from '@/store/history-backend';
import { archiveFinishedClinics, createHistoryStore } from '@/store/history-store';
import { createNotesStore } from '@/store/notes-store';
import { createSettingsStore, SETTINGS_KEY } from '@/store/settings-store';
import { forgetEverything } from '@/store/takeaway-stores';
import { addItem } from '@/takeaway/notes';
import { T0, validPlan } from '../helpers/clinic-fixtures';
import { deviceOf } from '../helpers/device';
import { MemoryStorage } from './memory-storage';

// Issue 13, item 7: "Forget everything" forgot the history and the notes, but the clinic's save
// kept the plan's names and case, and backups kept whatever they held. Now every trace goes;
// only the language, sound and theme settings stay.

const TRACES = ['Zephyrine', 'Bartholomew', 'Clementine', 'Evander', 'Quillon merger', 'Xylo fact'];

describe('Forget everything', () => {
  it('leaves no name, case title or note in the storage or the history', async () => {
    const storage = new MemoryStorage();
    const device = deviceOf(storage);
    const clock = { now: () => T0 };
    const settings = createSettingsStore(device, clock);
    settings.getState().update({ language: 'de', theme: 'light', volume: 30 });
    const clinic = createClinicStore({ storage: device, clock });
    const plan = validPlan('quick', {
      caseOwner: 'Zephyrine',
      coaches: ['Bartholomew', 'Clementine'],
      facilitator: 'Evander',
      caseTitle: 'Quillon merger',
    });
    clinic.getState().dispatch({ type: 'updatePlan', patch: plan });
    clinic.getState().dispatch({ type: 'start' });
    const notes = createNotesStore({ clinic });
    notes.getState().change((n) => addItem(n, 'keyFacts', 'Xylo fact'));
    const factory = new IDBFactory();
    const history = createHistoryStore(createIndexedDbBackend(factory), clock);
    await history.getState().refresh();
    archiveFinishedClinics(clinic, notes, history, () => 'en');
    clinic.getState().dispatch({ type: 'finish' });
    await vi.waitFor(() => expect(history.getState().entries).toHaveLength(1));
    // Earlier faults left copies of the same things under backup keys.
    storage.setItem('case-clinic-timer:backup:1', storage.getItem('case-clinic-timer:clinic')!);
    storage.setItem(
      'case-clinic-timer:notes-backup:2',
      storage.getItem('case-clinic-timer:notes')!,
    );

    await forgetEverything(clinic, { notes, history });

    const everything = storage
      .keys()
      .map((key) => `${key}=${storage.getItem(key)}`)
      .join('\n');
    for (const trace of TRACES) expect(everything).not.toContain(trace);
    expect(storage.keys().filter((key) => key.includes('backup'))).toEqual([]);
    const again = createHistoryStore(createIndexedDbBackend(factory), clock);
    await again.getState().refresh();
    expect(again.getState().entries).toEqual([]);

    const kept = JSON.parse(storage.getItem(SETTINGS_KEY)!).settings;
    expect([kept.language, kept.theme, kept.volume]).toEqual(['de', 'light', 30]);
    // The plan keeps its times (and number of coaches), ready for the next clinic.
    const { clinic: fresh } = clinic.getState();
    expect(fresh.status).toBe('setup');
    expect(fresh.plan.durationsMs).toEqual(plan.durationsMs);
    expect(fresh.plan.coaches).toEqual(['', '']);
  });
});

describe('Forget everything and the own templates', () => {
  it('deletes the templates (they may hold the group names), here and in another window', async () => {
    const storage = new MemoryStorage();
    const clock = { now: () => T0 };
    const clinic = createClinicStore({ storage: deviceOf(storage), clock });
    const templates = await loadTemplatesStore(clinic);
    const content = templateContentOf(validPlan('quick'), ['Zephyrine', 'Bartholomew', 'Evander']);
    expect(templates.getState().save('Tuesday group', content).ok).toBe(true);
    expect(storage.getItem(TEMPLATES_KEY)).toContain('Zephyrine');
    const factory = new IDBFactory();
    const history = createHistoryStore(createIndexedDbBackend(factory), clock);
    await history.getState().refresh();

    await forgetEverything(clinic, { notes: createNotesStore({ clinic }), history });

    expect(templates.getState().templates).toEqual([]);
    // Written as an empty list (not removed), so other windows follow it.
    expect(JSON.parse(storage.getItem(TEMPLATES_KEY)!).templates).toEqual([]);
    expect(createTemplatesStore(deviceOf(storage), clock).getState().templates).toEqual([]);
  });
});
