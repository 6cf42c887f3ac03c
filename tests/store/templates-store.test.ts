import { describe, expect, it } from 'vitest';
import { templateContentOf } from '@/clinic/own-templates';
import { openDeviceStorage, type StorageEvents } from '@/store/device-storage';
import { TEMPLATES_BACKUP_PREFIX, TEMPLATES_KEY } from '@/store/templates-key';
import { createTemplatesStore } from '@/store/templates-store';
import { MINUTE, validPlan } from '../helpers/clinic-fixtures';
import { deviceOf } from '../helpers/device';
import { MemoryStorage } from './memory-storage';

const clock = { now: () => 500 };
const content = (dialogue = 25, group: string[] | null = null) =>
  templateContentOf(
    {
      ...validPlan('standard'),
      durationsMs: { ...validPlan('standard').durationsMs, dialogue: dialogue * MINUTE },
    },
    group,
  );

describe('the own templates store', () => {
  it('keeps a saved template across a reload, with its timing and names', () => {
    const storage = new MemoryStorage();
    const store = createTemplatesStore(deviceOf(storage), clock);
    const result = store.getState().save('Tuesday group', content(25, ['Ada', 'Ben', 'Chloé']));
    expect(result.ok).toBe(true);
    const again = createTemplatesStore(deviceOf(storage), clock).getState();
    expect(again.templates).toHaveLength(1);
    expect(again.templates[0]).toMatchObject({
      name: 'Tuesday group',
      group: ['Ada', 'Ben', 'Chloé'],
      durationsMs: { dialogue: 25 * MINUTE },
    });
    expect(again.notice).toBeNull();
  });

  it('renames and deletes, and the reload sees it', () => {
    const storage = new MemoryStorage();
    const store = createTemplatesStore(deviceOf(storage), clock);
    store.getState().save('A', content(20));
    store.getState().save('B', content(30));
    const [a, b] = store.getState().templates;
    expect(store.getState().rename(a!.id, 'b').ok).toBe(false); // taken, whatever the case
    expect(store.getState().rename(a!.id, 'Mornings').ok).toBe(true);
    store.getState().remove(b!.id);
    const again = createTemplatesStore(deviceOf(storage), clock).getState();
    expect(again.templates.map((t) => t.name)).toEqual(['Mornings']);
  });

  it('moves an unreadable save aside to a backup key, with a notice, and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(TEMPLATES_KEY, '{"schemaVersion": 1, "templates": [');
    const state = createTemplatesStore(deviceOf(storage), clock).getState();
    expect(state.templates).toEqual([]);
    expect(state.notice).toMatchObject({
      problem: 'unreadable',
      backupKey: `${TEMPLATES_BACKUP_PREFIX}500`,
    });
    expect(storage.getItem(`${TEMPLATES_BACKUP_PREFIX}500`)).toContain('"templates": [');
    expect(storage.getItem(TEMPLATES_KEY)).toBeNull();
  });

  it('keeps the sound templates of a damaged list and backs up the whole of it', () => {
    const storage = new MemoryStorage();
    createTemplatesStore(deviceOf(storage), clock).getState().save('Sound', content(20));
    const saved = JSON.parse(storage.getItem(TEMPLATES_KEY)!);
    saved.templates.push({ ...saved.templates[0], id: 2, name: 'Broken', wrapUpMs: -1 });
    const raw = JSON.stringify(saved);
    storage.setItem(TEMPLATES_KEY, raw);
    const state = createTemplatesStore(deviceOf(storage), clock).getState();
    expect(state.templates.map((t) => t.name)).toEqual(['Sound']);
    expect(state.notice).toMatchObject({ problem: 'repaired', detail: 'template 2' });
    expect(storage.getItem(`${TEMPLATES_BACKUP_PREFIX}500`)).toBe(raw);
  });

  it('reports a save the device refuses, and keeps the template in this window', () => {
    const storage = new MemoryStorage(200);
    const store = createTemplatesStore(deviceOf(storage), clock);
    expect(store.getState().save('Too big for this device', content(20)).ok).toBe(true);
    expect(store.getState().saveProblem).toBe('full');
    expect(store.getState().templates).toHaveLength(1);
  });

  it('never writes through a read-only view (the projector, a viewer tab)', () => {
    const storage = new MemoryStorage();
    const store = createTemplatesStore(deviceOf(storage).readOnly(), clock);
    store.getState().save('Here only', content(20));
    expect(storage.getItem(TEMPLATES_KEY)).toBeNull();
    expect(store.getState().saveProblem).toBeNull();
  });

  it('follows what another window saves and deletes', () => {
    const storage = new MemoryStorage();
    const listeners: Array<(event: StorageEvent) => void> = [];
    const events = {
      addEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
        listeners.push(listener),
      removeEventListener: () => undefined,
    } as unknown as StorageEvents;
    const here = createTemplatesStore(openDeviceStorage({ storage, events }), clock);
    const there = createTemplatesStore(deviceOf(storage), clock);
    const tell = () =>
      listeners.forEach((listener) =>
        listener({ key: TEMPLATES_KEY, storageArea: storage } as unknown as StorageEvent),
      );
    there.getState().save('From the other window', content(20));
    tell();
    expect(here.getState().templates.map((t) => t.name)).toEqual(['From the other window']);
    there.getState().clear();
    tell();
    expect(here.getState().templates).toEqual([]);
  });

  it('imports a file next to what is there, a taken name numbered, nothing lost on refusal', () => {
    const store = createTemplatesStore(null, clock);
    store.getState().save('Quick round', content(20));
    const file = store.getState().exportFile();
    const imported = store.getState().importFile(file);
    expect(imported.ok).toBe(true);
    expect(store.getState().templates.map((t) => t.name)).toEqual([
      'Quick round',
      'Quick round (2)',
    ]);
    const refused = store.getState().importFile('{"format": "case-clinic-timer/templates"');
    expect(refused).toMatchObject({ ok: false, file: { code: 'truncated' } });
    const tooLong = file.replace('"dialogue": 20', '"dialogue": 5000');
    expect(store.getState().importFile(tooLong)).toMatchObject({
      ok: false,
      file: { code: 'timingInvalid' },
    });
    expect(store.getState().templates).toHaveLength(2);
  });
});
