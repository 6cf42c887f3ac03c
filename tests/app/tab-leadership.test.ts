import { describe, expect, it } from 'vitest';
import { createTabLeadership, followTabRole, type TabLeadership } from '@/app/tab-leadership';
import { createClinicStore } from '@/store/clinic-store';
import { CLINIC_KEY } from '@/store/persistence';
import { phaseClock } from '@/clinic/clock';
import { MemoryStorage } from '../store/memory-storage';
import { deviceOf } from '../helpers/device';
import { MINUTE, T0, validPlan } from '../helpers/clinic-fixtures';

/** One browser's lock manager, shared by the "tabs" of a test: exclusive locks with a queue. */
class FakeLocks {
  private held = new Set<string>();
  private queue: Array<{ name: string; grant: () => void }> = [];

  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: Lock | null) => Promise<boolean>,
  ): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      this.held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' } as Lock);
      } finally {
        this.held.delete(name);
        const next = this.queue.findIndex((entry) => entry.name === name);
        if (next >= 0) this.queue.splice(next, 1)[0]?.grant();
      }
    };
    if (!this.held.has(name)) return run();
    if (options.ifAvailable) return callback(null);
    return new Promise<boolean>((resolve, reject) => {
      const entry = { name, grant: () => run().then(resolve, reject) };
      this.queue.push(entry);
      options.signal?.addEventListener('abort', () => {
        this.queue = this.queue.filter((e) => e !== entry);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A window stand-in that lets a test deliver `storage` events to one tab. */
function tabEvents() {
  const listeners = new Set<(event: StorageEvent) => void>();
  return {
    addEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
      listeners.delete(listener),
    deliver: (key: string | null) => {
      for (const listener of listeners) listener(new StorageEvent('storage', { key }));
    },
  };
}

interface Tab {
  leadership: TabLeadership;
  store: ReturnType<typeof createClinicStore>;
  events: ReturnType<typeof tabEvents>;
}

function openTab(locks: FakeLocks, storage: Storage, now: () => number): Tab {
  const leadership = createTabLeadership(locks);
  const events = tabEvents();
  const device = deviceOf(
    storage,
    events as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>,
  );
  const store = createClinicStore({
    storage: device.gated(() => leadership.role() !== 'viewer'),
    clock: { now },
  });
  followTabRole(store, leadership);
  return { leadership, store, events };
}

/** A controlling tab with a quick clinic started at T0, and a second tab opened after it. */
async function controllerAndViewer() {
  const locks = new FakeLocks();
  const storage = new MemoryStorage();
  const clock = { now: T0 };
  const controller = openTab(locks, storage, () => clock.now);
  await controller.leadership.decided;
  controller.store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  controller.store.getState().dispatch({ type: 'start' });
  const savedAtStart = storage.getItem(CLINIC_KEY);
  const viewer = openTab(locks, storage, () => clock.now);
  await viewer.leadership.decided;
  return { storage, clock, controller, viewer, savedAtStart };
}

describe('two console tabs', () => {
  it('the first tab controls, the second says it is a viewer', async () => {
    const locks = new FakeLocks();
    const storage = new MemoryStorage();
    const first = openTab(locks, storage, () => T0);
    expect(await first.leadership.decided).toBe('controller');
    const second = openTab(locks, storage, () => T0);
    expect(await second.leadership.decided).toBe('viewer');
    expect(first.leadership.role()).toBe('controller');
  });

  it("the viewer's buttons and ticks change nothing, and it never writes the save", async () => {
    const { storage, clock, viewer, savedAtStart } = await controllerAndViewer();
    clock.now = T0 + 90_000;
    viewer.store.getState().dispatch({ type: 'next' });
    viewer.store.getState().dispatch({ type: 'pause' });
    viewer.store.getState().tick();

    expect(viewer.store.getState().clinic.phaseIndex).toBe(0);
    expect(viewer.store.getState().clinic.status).toBe('running');
    expect(storage.getItem(CLINIC_KEY)).toBe(savedAtStart);
  });

  it('the viewer follows each save of the controller', async () => {
    const { clock, controller, viewer } = await controllerAndViewer();
    expect(viewer.store.getState().clinic.status).toBe('running');

    clock.now = T0 + 2 * MINUTE;
    controller.store.getState().dispatch({ type: 'next' });
    controller.store.getState().dispatch({ type: 'pause' });
    viewer.events.deliver(CLINIC_KEY);

    const seen = viewer.store.getState().clinic;
    expect(seen.phaseIndex).toBe(1);
    expect(seen.status).toBe('paused');
    expect(seen).toEqual(controller.store.getState().clinic);
  });

  it('ignores storage events for other keys', async () => {
    const locks = new FakeLocks();
    const storage = new MemoryStorage();
    const controller = openTab(locks, storage, () => T0);
    await controller.leadership.decided;
    const viewer = openTab(locks, storage, () => T0);
    await viewer.leadership.decided;
    const before = viewer.store.getState().clinic;
    controller.store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
    viewer.events.deliver('case-clinic-timer:settings');
    expect(viewer.store.getState().clinic).toBe(before);
  });

  it('takes over when the controlling tab closes, from the latest save, and acts again', async () => {
    const { storage, clock, controller, viewer } = await controllerAndViewer();

    clock.now = T0 + MINUTE;
    controller.store.getState().dispatch({ type: 'next' });
    // The controller closes before the viewer saw the last storage event.
    controller.leadership.stop();
    await settle();

    expect(viewer.leadership.role()).toBe('controller');
    expect(viewer.store.getState().clinic.phaseIndex).toBe(1);
    clock.now = T0 + 2 * MINUTE;
    viewer.store.getState().dispatch({ type: 'pause' });
    expect(viewer.store.getState().clinic.status).toBe('paused');
    expect(JSON.parse(storage.getItem(CLINIC_KEY) ?? '{}').clinic.status).toBe('paused');
    expect(phaseClock(viewer.store.getState().clinic, clock.now).elapsedMs).toBe(MINUTE);
  });

  it('a browser without Web Locks lets the tab control', async () => {
    const leadership = createTabLeadership(undefined);
    expect(await leadership.decided).toBe('controller');
  });

  it('a lock manager that refuses leaves the tab in control, not undecided', async () => {
    const refusing = {
      request: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await createTabLeadership(refusing).decided).toBe('controller');
    } finally {
      console.warn = warn;
    }
  });
});

describe("the storage owner's gated view (what a tab's clinic store saves through)", () => {
  it('reads always and writes only while allowed', () => {
    const storage = new MemoryStorage();
    let allowed = false;
    const gated = deviceOf(storage).gated(() => allowed);
    gated.write('k', 'v');
    expect(storage.getItem('k')).toBeNull();
    allowed = true;
    gated.write('k', 'v');
    expect(gated.read('k')).toBe('v');
    allowed = false;
    gated.remove('k');
    gated.removeBackups();
    expect(storage.getItem('k')).toBe('v');
  });
});
