import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';
import { T0 } from '../helpers/clinic-fixtures';
import { sessionPlan } from '../clinic/session/fixtures';

// In the app the session's half of the store is a chunk of its own (session-loader.ts). The other
// tests have it in from the start (tests/setup.ts); here each test starts with fresh modules, so
// the store meets it the way the app does: not there until something needs it.

const clock = { now: () => T0 };

async function freshStoreModule() {
  vi.resetModules();
  const [store, loader] = await Promise.all([
    import('@/store/clinic-store'),
    import('@/store/session-loader'),
  ]);
  return { createClinicStore: store.createClinicStore, loader };
}

describe('the session, loaded when it is needed', () => {
  beforeEach(() => vi.resetModules());

  it('one clinic never loads it; planning a session does, and the planner then has its plan', async () => {
    const { createClinicStore, loader } = await freshStoreModule();
    const store = createClinicStore({ storage: deviceOf(new MemoryStorage()), clock });
    await store.sessionReady();
    store.getState().dispatch({ type: 'next' });
    expect(loader.loadedSessionEngine()).toBeNull();

    store.getState().planSession(sessionPlan('quick'));
    await vi.waitFor(() => expect(store.getState().session?.status).toBe('planning'));
    expect(store.getState().session?.plan.clinics).toHaveLength(3);
  });

  it('a session the device holds is back once sessionReady resolves, before any screen draws', async () => {
    const storage = new MemoryStorage();
    {
      const { createClinicStore } = await freshStoreModule();
      const store = createClinicStore({ storage: deviceOf(storage), clock });
      store.getState().planSession(sessionPlan('quick'));
      await vi.waitFor(() => expect(store.getState().session).not.toBeNull());
      store.getState().dispatchSession({ type: 'start' });
      expect(store.getState().session?.status).toBe('clinic');
    }
    const { createClinicStore } = await freshStoreModule();
    const store = createClinicStore({ storage: deviceOf(storage), clock });
    await store.sessionReady();
    expect(store.getState().session?.status).toBe('clinic');
    expect(store.getState().clinic.status).toBe('running');
    expect(store.getState().resumed).toBe(true);
  });

  it('an end time for one clinic brings it in, and a saved end time is read back', async () => {
    const storage = new MemoryStorage();
    const { createClinicStore, loader } = await freshStoreModule();
    const store = createClinicStore({ storage: deviceOf(storage), clock });
    store.getState().setEndBy(null);
    expect(loader.loadedSessionEngine()).toBeNull();
    store.getState().setEndBy(T0 + 3_600_000);
    await vi.waitFor(() => expect(store.getState().endBy).toBe(T0 + 3_600_000));

    const again = await freshStoreModule();
    const reopened = again.createClinicStore({ storage: deviceOf(storage), clock });
    await reopened.sessionReady();
    expect(reopened.getState().endBy).toBe(T0 + 3_600_000);
  });

  it('a damaged session save is moved aside with a notice, and the clinic still starts', async () => {
    const storage = new MemoryStorage();
    storage.setItem('case-clinic-timer:session', '{not json');
    const { createClinicStore } = await freshStoreModule();
    const store = createClinicStore({ storage: deviceOf(storage), clock });
    await store.sessionReady();
    expect(store.getState().sessionNotice?.backupKey).toMatch(/session-backup/);
    expect(store.getState().session).toBeNull();
    expect(store.getState().clinic.status).toBe('setup');
  });
});
