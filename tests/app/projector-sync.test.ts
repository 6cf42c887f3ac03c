import { describe, expect, it } from 'vitest';
import { broadcastClinic, type SyncChannel, type SyncMessage } from '@/app/projector-sync';
import { followClinic } from '@/app/projector-follow';
import { createClinicStore } from '@/store/clinic-store';
import { CLINIC_KEY, saveClinic } from '@/store/persistence';
import { createClinic } from '@/clinic/state';
import { createPlan } from '@/clinic/templates';
import { transition } from '@/clinic/machine';
import { deviceOf } from '../helpers/device';
import { createAppClock, type Clock } from '@/store/clock';
import { phaseClock } from '@/clinic/clock';

/** An in-memory broadcast bus: every channel hears the others, never itself, at once. */
function createBus() {
  const channels = new Set<FakeChannel>();
  class FakeChannel implements SyncChannel {
    listeners = new Set<(event: MessageEvent) => void>();
    constructor() {
      channels.add(this);
    }
    postMessage(message: SyncMessage) {
      // Like the real thing: a structured clone, not the same object.
      const data = structuredClone(message);
      for (const other of channels) {
        if (other !== this) other.listeners.forEach((l) => l({ data } as MessageEvent));
      }
    }
    addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
      this.listeners.delete(listener);
    }
    close() {
      channels.delete(this);
    }
    inject(data: unknown) {
      this.listeners.forEach((l) => l({ data } as MessageEvent));
    }
  }
  return { open: () => new FakeChannel(), channels };
}

function startedConsoleStore(clockOrNow: Clock | (() => number)) {
  const clock = typeof clockOrNow === 'function' ? { now: clockOrNow } : clockOrNow;
  const store = createClinicStore({ storage: null, clock });
  const { dispatch } = store.getState();
  dispatch({
    type: 'updatePlan',
    patch: { caseOwner: 'Ada', coaches: ['Ben', 'Chloé'], facilitator: 'Eli' },
  });
  return store;
}

describe('projector sync', () => {
  it('the projector follows every change of the console, cue included', () => {
    const bus = createBus();
    let now = 1_000_000;
    const consoleStore = startedConsoleStore(() => now);
    const projectorStore = createClinicStore({ storage: null });
    const stopConsole = broadcastClinic(consoleStore, bus.open);
    const stopProjector = followClinic(projectorStore, bus.open);

    // The projector said hello and got the console's clinic (still in setup).
    expect(projectorStore.getState().clinic.plan.caseOwner).toBe('Ada');

    consoleStore.getState().dispatch({ type: 'start' });
    now += 5000;
    consoleStore.getState().dispatch({ type: 'next' });
    const seen = projectorStore.getState();
    expect(seen.clinic.status).toBe('running');
    expect(seen.clinic.phaseIndex).toBe(1);
    expect(seen.clinic.runningSince).toBe(now);
    expect(seen.lastCue?.cue.kind).toBe('phaseStart');
    expect(seen.lastCue?.cue.phaseId).toBe('presentation');

    stopConsole();
    stopProjector();
    expect(bus.channels.size).toBe(0);
  });

  it('sends nothing while nothing changes: the projector keeps its own clock', () => {
    const bus = createBus();
    const consoleStore = startedConsoleStore(() => 1_000_000);
    const sent: SyncMessage[] = [];
    const stop = broadcastClinic(consoleStore, () => {
      const channel = bus.open();
      const post = channel.postMessage.bind(channel);
      channel.postMessage = (message) => {
        sent.push(message);
        post(message);
      };
      return channel;
    });
    consoleStore.getState().dispatch({ type: 'start' });
    const afterStart = sent.length;
    for (let i = 0; i < 10; i += 1) consoleStore.getState().tick();
    expect(sent.length).toBe(afterStart);
    stop();
  });

  it('ignores messages that are not a clinic', () => {
    const bus = createBus();
    const projectorStore = createClinicStore({ storage: null });
    const before = projectorStore.getState().clinic;
    let projectorChannel: ReturnType<typeof bus.open> | null = null;
    const stop = followClinic(projectorStore, () => (projectorChannel = bus.open()));
    projectorChannel!.inject({ type: 'state', clinic: { status: 'running' }, lastCue: null });
    projectorChannel!.inject('nonsense');
    projectorChannel!.inject(null);
    expect(projectorStore.getState().clinic).toBe(before);
    stop();
  });

  it('opened alone, it follows the saved clinic through storage events and never writes', () => {
    const storage = window.localStorage;
    const projectorStore = createClinicStore({ storage: deviceOf(storage, window).readOnly() });
    const stop = followClinic(projectorStore, () => null);

    const plan = { ...createPlan('quick'), caseOwner: 'Ada', coaches: ['Ben', 'Chloé'] };
    const paused = transition(
      transition(createClinic(plan), { type: 'start' }, 0),
      { type: 'pause' },
      5,
    );
    expect(paused.status).toBe('paused');
    saveClinic(storage, paused, 10);
    const savedText = storage.getItem(CLINIC_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: CLINIC_KEY }));
    expect(projectorStore.getState().clinic.status).toBe('paused');

    projectorStore.getState().dispatch({ type: 'resume' });
    expect(storage.getItem(CLINIC_KEY)).toBe(savedText);
    stop();
  });
});

describe("the projector on the console's clock", () => {
  it('opened after a clock correction, it counts down with the console, not an hour apart', () => {
    const bus = createBus();
    let wall = 1_000_000_000;
    let monotonic = 0;
    const consoleClock = createAppClock(
      () => wall,
      () => monotonic,
    );
    const consoleStore = startedConsoleStore(consoleClock);
    consoleStore.getState().dispatch({ type: 'start' });
    monotonic += 30_000;
    wall += 30_000 - 60 * 60_000; // the system clock is set back an hour
    const stopConsole = broadcastClinic(consoleStore, bus.open);

    // The projector window opens now: its own page clock starts from the corrected wall clock.
    const projectorClock = createAppClock(
      () => wall,
      () => monotonic,
    );
    const projectorStore = createClinicStore({ storage: null, clock: projectorClock });
    const stopProjector = followClinic(projectorStore, bus.open);
    const { clinic } = projectorStore.getState();
    expect(phaseClock(clinic, projectorClock.now()).remainingMs).toBe(
      phaseClock(consoleStore.getState().clinic, consoleClock.now()).remainingMs,
    );
    expect(phaseClock(clinic, projectorClock.now()).elapsedMs).toBe(30_000);
    stopConsole();
    stopProjector();
  });

  it('a message that arrives late does not move the projector on by its delay', () => {
    // Each window reads the same wall clock; the console's message is read 40 s after it was
    // posted (a busy machine, a test clock that moves one window before the other).
    const bus = createBus();
    let consoleWall = 1_000_000_000;
    let projectorWall = 1_000_000_000;
    const consoleClock = createAppClock(
      () => consoleWall,
      () => consoleWall,
    );
    const projectorClock = createAppClock(
      () => projectorWall,
      () => projectorWall,
    );
    const consoleStore = startedConsoleStore(consoleClock);
    const projectorStore = createClinicStore({ storage: null, clock: projectorClock });
    const stopProjector = followClinic(projectorStore, bus.open);
    const stopConsole = broadcastClinic(consoleStore, bus.open);
    consoleWall += 40_000;
    consoleStore.getState().dispatch({ type: 'start' }); // posted at +40 s, read at +0 s
    projectorWall += 40_000;
    expect(projectorClock.now()).toBe(consoleClock.now());
    expect(phaseClock(projectorStore.getState().clinic, projectorClock.now()).elapsedMs).toBe(0);
    stopConsole();
    stopProjector();
  });
});
