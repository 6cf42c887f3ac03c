import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleApp } from '@/app/App';
import { createClinicStore } from '@/store/clinic-store';
import { openBrowserStorage, openDeviceStorage } from '@/store/device-storage';
import { createNotesStore } from '@/store/notes-store';
import { CLINIC_KEY } from '@/store/persistence';
import { createSettingsStore, SETTINGS_KEY } from '@/store/settings-store';
import { renderWithStores } from '../helpers/render';
import { T0, validPlan } from '../helpers/clinic-fixtures';
import { MemoryStorage } from './memory-storage';

/** A window stand-in: counts the `storage` listeners and delivers events to them. */
function windowEvents() {
  const listeners = new Set<(event: StorageEvent) => void>();
  return {
    count: () => listeners.size,
    addEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
      listeners.delete(listener),
    deliver: (key: string | null) =>
      listeners.forEach((listener) => listener(new StorageEvent('storage', { key }))),
  };
}

type Events = ReturnType<typeof windowEvents>;
const asEvents = (events: Events) =>
  events as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>;

afterEach(() => vi.restoreAllMocks());

// Issue 12, class 4: when merely reading `window.localStorage` throws (site data blocked), the
// clinic ran and nothing said it was not being saved.
describe('storage that cannot even be read', () => {
  it('is told apart: the owner says it is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const device = openBrowserStorage();
    expect(device.blocked).toBe(true);
    expect(device.read(CLINIC_KEY)).toBeNull();
    expect(device.write(CLINIC_KEY, 'x')).toBe('skipped');
  });

  it('the clinic says from the start that nothing is saved, and runs', () => {
    const device = openDeviceStorage({ storage: null, blocked: true });
    const clinic = createClinicStore({ storage: device, clock: { now: () => T0 } });
    expect(clinic.getState().saveProblem).toBe('blocked');
    renderWithStores(<ConsoleApp soundControls={null} />, { clinic });
    expect(
      screen
        .getAllByRole('alert')
        .filter((alert) => /blocks this site's storage/.test(alert.textContent ?? '')),
    ).toHaveLength(1);
    clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
    clinic.getState().dispatch({ type: 'start' });
    expect(clinic.getState().clinic.status).toBe('running');
    expect(clinic.getState().saveProblem).toBe('blocked');
  });
});

describe('the storage owner', () => {
  it('listens once per page, however many stores follow other windows', () => {
    const events = windowEvents();
    const device = openDeviceStorage({ storage: new MemoryStorage(), events: asEvents(events) });
    const clinic = createClinicStore({ storage: device });
    createNotesStore({ clinic });
    createSettingsStore(device);
    expect(events.count()).toBe(1);
  });

  it('each store follows what another window saves, through that one listener', () => {
    const storage = new MemoryStorage();
    const here = windowEvents();
    const there = openDeviceStorage({ storage, events: null });
    const settings = createSettingsStore(openDeviceStorage({ storage, events: asEvents(here) }));
    createSettingsStore(there).getState().update({ volume: 25 });
    here.deliver(SETTINGS_KEY);
    expect(settings.getState().volume).toBe(25);

    const clinic = createClinicStore({
      storage: openDeviceStorage({ storage, events: asEvents(here) }),
    });
    const otherWindow = createClinicStore({ storage: there });
    otherWindow.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
    here.deliver(null); // another window cleared or rewrote everything
    expect(clinic.getState().clinic.plan.caseOwner).toBe('Ada');
  });

  it('never overwrites a backup: two in one millisecond get two keys', () => {
    const storage = new MemoryStorage();
    const device = openDeviceStorage({ storage });
    expect(device.backUp('first', 'case-clinic-timer:backup:', 5)).toEqual({
      key: 'case-clinic-timer:backup:5',
    });
    expect(device.backUp('second', 'case-clinic-timer:backup:', 5)).toEqual({
      key: 'case-clinic-timer:backup:5-1',
    });
    expect(storage.getItem('case-clinic-timer:backup:5')).toBe('first');
  });

  it('a read-only view refuses to move a save aside, so the save stays where it is', () => {
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, 'old');
    const readOnly = openDeviceStorage({ storage }).readOnly();
    expect(readOnly.setAside(CLINIC_KEY, 'old', 'case-clinic-timer:backup:', 5)).toEqual({
      key: null,
      outcome: 'skipped',
    });
    expect(storage.getItem(CLINIC_KEY)).toBe('old');
  });

  it('removes every backup of every save, and nothing else', () => {
    const storage = new MemoryStorage();
    for (const key of [
      'case-clinic-timer:backup:1',
      'case-clinic-timer:notes-backup:2',
      'case-clinic-timer:settings-backup:3',
      CLINIC_KEY,
      SETTINGS_KEY,
      'another-app:backup:4',
    ]) {
      storage.setItem(key, 'x');
    }
    openDeviceStorage({ storage }).removeBackups();
    expect(storage.keys().sort()).toEqual(['another-app:backup:4', CLINIC_KEY, SETTINGS_KEY]);
  });
});
