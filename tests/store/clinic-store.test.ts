import { describe, expect, it } from 'vitest';
import { createClinicStore } from '@/store/clinic-store';
import { CLINIC_KEY } from '@/store/persistence';
import { phaseClock } from '@/clinic/clock';
import { currentTurn } from '@/clinic/mirroring';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';
import { MINUTE, SECOND, T0, validPlan } from '../helpers/clinic-fixtures';

function clockAt(start: number) {
  let now = start;
  return {
    now: () => now,
    set: (value: number) => {
      now = value;
    },
  };
}

function startedStore(storage: Storage, clock: ReturnType<typeof clockAt>) {
  const store = createClinicStore({ storage: deviceOf(storage), clock });
  store.getState().dispatch({ type: 'updatePlan', patch: validPlan('standard') });
  store.getState().dispatch({ type: 'start' });
  return store;
}

describe('the clinic store', () => {
  it('dispatches events at the current instant', () => {
    const clock = clockAt(T0);
    const store = startedStore(new MemoryStorage(), clock);
    clock.set(T0 + 2 * MINUTE);
    store.getState().dispatch({ type: 'next' });
    const { clinic } = store.getState();
    expect(clinic.phaseIndex).toBe(1);
    expect(clinic.records[0]?.activeMs).toBe(2 * MINUTE);
  });

  it('hands out the cue an event makes due', () => {
    const store = startedStore(new MemoryStorage(), clockAt(T0));
    expect(store.getState().lastCue).toMatchObject({ cue: { kind: 'phaseStart' }, firedAt: T0 });
  });

  it('a tick with nothing due leaves the state object alone', () => {
    const clock = clockAt(T0);
    const store = startedStore(new MemoryStorage(), clock);
    const before = store.getState().clinic;
    clock.set(T0 + 10 * SECOND);
    store.getState().tick();
    expect(store.getState().clinic).toBe(before);
  });
});

describe('a reload mid-phase', () => {
  it('restores the same phase, remaining time and running state', () => {
    const storage = new MemoryStorage();
    const clock = clockAt(T0);
    const store = startedStore(storage, clock);
    clock.set(T0 + 6 * MINUTE);
    store.getState().dispatch({ type: 'next' });
    clock.set(T0 + 9 * MINUTE + 250);
    const before = phaseClock(store.getState().clinic, clock.now());

    const reloaded = createClinicStore({ storage: deviceOf(storage), clock: clock });
    const after = phaseClock(reloaded.getState().clinic, clock.now());
    expect(reloaded.getState().clinic.phaseIndex).toBe(1);
    expect(reloaded.getState().clinic.status).toBe('running');
    expect(after).toEqual(before);
    expect(after.remainingMs).toBe(15 * MINUTE - 3 * MINUTE - 250);
    expect(reloaded.getState().loadNotice).toBeNull();
  });

  it('a store built later from the same storage computes the later remaining time', () => {
    const storage = new MemoryStorage();
    const clock = clockAt(T0);
    startedStore(storage, clock);
    const later = clockAt(T0 + 3 * MINUTE + 500); // the laptop slept; the page came back
    const reloaded = createClinicStore({ storage: deviceOf(storage), clock: later });
    expect(phaseClock(reloaded.getState().clinic, later.now()).remainingMs).toBe(2 * MINUTE - 500);
  });

  it('keeps a paused clinic paused, with the same remaining time however long later', () => {
    const storage = new MemoryStorage();
    const clock = clockAt(T0);
    const store = startedStore(storage, clock);
    clock.set(T0 + 100 * SECOND);
    store.getState().dispatch({ type: 'pause' });
    const reloaded = createClinicStore({
      storage: deviceOf(storage),
      clock: { now: () => T0 + 60 * MINUTE },
    });
    const { clinic } = reloaded.getState();
    expect(clinic.status).toBe('paused');
    expect(phaseClock(clinic, T0 + 60 * MINUTE).remainingMs).toBe(5 * MINUTE - 100 * SECOND);
    reloaded.getState().dispatch({ type: 'resume' });
    expect(reloaded.getState().clinic.records[0]?.pausedMs).toBe(60 * MINUTE - 100 * SECOND);
  });

  it('restores the mirroring turn after a hand-over', () => {
    const storage = new MemoryStorage();
    const clock = clockAt(T0);
    const store = startedStore(storage, clock);
    for (let i = 1; i <= 4; i += 1) {
      clock.set(T0 + i * SECOND);
      store.getState().dispatch({ type: 'next' });
    }
    clock.set(T0 + 34 * SECOND);
    store.getState().dispatch({ type: 'nextTurn' });
    const reloaded = createClinicStore({ storage: deviceOf(storage), clock: clock });
    expect(currentTurn(reloaded.getState().clinic, clock.now())).toEqual(
      currentTurn(store.getState().clinic, clock.now()),
    );
    expect(currentTurn(reloaded.getState().clinic, clock.now())?.turnIndex).toBe(1);
  });

  it('does not replay the cue that fired before the reload', () => {
    const storage = new MemoryStorage();
    const clock = clockAt(T0);
    const store = startedStore(storage, clock);
    clock.set(T0 + 4 * MINUTE);
    store.getState().tick();
    expect(store.getState().lastCue?.cue.kind).toBe('wrapUp');
    const reloaded = createClinicStore({ storage: deviceOf(storage), clock: clock });
    reloaded.getState().tick();
    expect(reloaded.getState().lastCue).toBeNull();
  });
});

describe('full storage', () => {
  it('says so, keeps the last good save and runs on in memory', () => {
    const storage = new MemoryStorage(3_000);
    const clock = clockAt(T0);
    const store = createClinicStore({ storage: deviceOf(storage), clock: clock });
    store.getState().dispatch({ type: 'updatePlan', patch: validPlan('standard') });
    expect(store.getState().saveProblem).toBeNull();
    const lastGood = storage.getItem(CLINIC_KEY);

    store.getState().dispatch({ type: 'updatePlan', patch: { helpWanted: 'x'.repeat(4_000) } });
    expect(store.getState().saveProblem).toBe('full');
    store.getState().dispatch({ type: 'start' });
    clock.set(T0 + MINUTE);
    store.getState().dispatch({ type: 'next' });
    expect(store.getState().clinic.phaseIndex).toBe(1);
    expect(storage.getItem(CLINIC_KEY)).toBe(lastGood);
  });

  it('clears the warning once saving works again', () => {
    const storage = new MemoryStorage(3_000);
    const store = createClinicStore({ storage: deviceOf(storage), clock: { now: () => T0 } });
    store.getState().dispatch({ type: 'updatePlan', patch: { helpWanted: 'x'.repeat(4_000) } });
    expect(store.getState().saveProblem).toBe('full');
    store.getState().dispatch({ type: 'updatePlan', patch: { helpWanted: 'short' } });
    expect(store.getState().saveProblem).toBeNull();
  });
});

describe('storage that refuses every write', () => {
  it('is told apart from full storage', () => {
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = createClinicStore({ storage: deviceOf(refusing), clock: { now: () => T0 } });
    store.getState().dispatch({ type: 'updatePlan', patch: validPlan('standard') });
    expect(store.getState().saveProblem).toBe('unavailable');
    store.getState().dispatch({ type: 'start' });
    expect(store.getState().clinic.status).toBe('running');
  });
});
