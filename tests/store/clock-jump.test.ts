import { describe, expect, it } from 'vitest';
import { createClinicStore } from '@/store/clinic-store';
import { phaseClock, forecast } from '@/clinic/clock';
import type { ClinicState } from '@/clinic/state';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';
import { MINUTE, SECOND, T0, validPlan } from '../helpers/clinic-fixtures';

const HOUR = 60 * MINUTE;

// The system clock of a laptop can jump: a time-zone or NTP correction, a manual change, a
// laptop that wakes with a wrong clock. The timer must never show a negative duration and never
// crash; time that runs backwards counts as no time at all.

function clockAt(start: number) {
  let now = start;
  return { now: () => now, set: (value: number) => (now = value) };
}

function quickClinicStore(storage: Storage | null, clock: ReturnType<typeof clockAt>) {
  const store = createClinicStore({ storage: storage && deviceOf(storage), clock });
  store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  store.getState().dispatch({ type: 'start' });
  return store;
}

function expectNoNegativeTime(clinic: ClinicState, now: number) {
  const clock = phaseClock(clinic, now);
  expect(clock.elapsedMs).toBeGreaterThanOrEqual(0);
  expect(clock.remainingMs).toBeGreaterThanOrEqual(0);
  expect(clock.overtimeMs).toBeGreaterThanOrEqual(0);
  expect(clock.remainingMs).toBeLessThanOrEqual(clock.plannedMs);
  for (const record of clinic.records) {
    expect(record.activeMs).toBeGreaterThanOrEqual(0);
    expect(record.pausedMs).toBeGreaterThanOrEqual(0);
    expect(record.clockElapsedMs).toBeGreaterThanOrEqual(0);
  }
}

describe('a backwards jump of the system clock', () => {
  it('freezes the countdown instead of giving time back or going negative', () => {
    const clock = clockAt(T0);
    const store = quickClinicStore(new MemoryStorage(), clock);
    clock.set(T0 + 30 * SECOND);
    store.getState().tick();
    const before = phaseClock(store.getState().clinic, clock.now());
    expect(before.elapsedMs).toBe(30 * SECOND);

    clock.set(T0 - HOUR);
    expect(() => store.getState().tick()).not.toThrow();
    const after = phaseClock(store.getState().clinic, clock.now());
    expectNoNegativeTime(store.getState().clinic, clock.now());
    // The running stretch now lies "in the future": it counts as zero, never below.
    expect(after.elapsedMs).toBe(0);
    expect(after.remainingMs).toBe(after.plannedMs);
  });

  it('pausing, resuming and moving on during the jump bank no negative time', () => {
    const clock = clockAt(T0);
    const store = quickClinicStore(new MemoryStorage(), clock);
    clock.set(T0 + 40 * SECOND);
    store.getState().dispatch({ type: 'pause' });
    clock.set(T0 - 2 * HOUR);
    store.getState().dispatch({ type: 'resume' });
    clock.set(T0 - 2 * HOUR + 10 * SECOND);
    store.getState().dispatch({ type: 'next' });
    clock.set(T0 - 3 * HOUR);
    store.getState().dispatch({ type: 'finish' });

    const { clinic } = store.getState();
    expect(clinic.status).toBe('finished');
    expectNoNegativeTime(clinic, clock.now());
    expect(clinic.records[0]?.activeMs).toBe(50 * SECOND);
    expect(clinic.records[0]?.pausedMs).toBe(0);
  });

  it('a reload after the jump restores the same phase without a crash', () => {
    const storage = new MemoryStorage();
    const clock = clockAt(T0);
    const store = quickClinicStore(storage, clock);
    clock.set(T0 + MINUTE);
    store.getState().dispatch({ type: 'next' });
    clock.set(T0 - 6 * HOUR);
    const reloaded = createClinicStore({ storage: deviceOf(storage), clock });
    expect(reloaded.getState().loadNotice).toBeNull();
    expect(reloaded.getState().clinic.phaseIndex).toBe(1);
    expect(() => reloaded.getState().tick()).not.toThrow();
    expectNoNegativeTime(reloaded.getState().clinic, clock.now());
    expect(forecast(reloaded.getState().clinic, clock.now())).not.toBeNull();
  });
});

describe('a forwards jump of the system clock', () => {
  it('shows overtime from the timestamps and rings one cue, not a burst', () => {
    const clock = clockAt(T0);
    const store = quickClinicStore(new MemoryStorage(), clock);
    const cues: string[] = [];
    store.subscribe((state, previous) => {
      if (state.lastCue && state.lastCue !== previous.lastCue) cues.push(state.lastCue.cue.kind);
    });
    clock.set(T0 + 3 * HOUR);
    expect(() => store.getState().tick()).not.toThrow();
    store.getState().tick();

    const { clinic } = store.getState();
    const shown = phaseClock(clinic, clock.now());
    expectNoNegativeTime(clinic, clock.now());
    expect(shown.isOvertime).toBe(true);
    expect(shown.overtimeMs).toBe(3 * HOUR - 2 * MINUTE);
    expect(cues).toHaveLength(1);
  });

  it('then jumping back again leaves the phase where it was, never negative', () => {
    const clock = clockAt(T0);
    const store = quickClinicStore(null, clock);
    clock.set(T0 + 10 * MINUTE);
    store.getState().dispatch({ type: 'next' });
    clock.set(T0 + 10 * MINUTE - 5 * HOUR);
    store.getState().tick();
    store.getState().dispatch({ type: 'next' });
    const { clinic } = store.getState();
    expect(clinic.phaseIndex).toBe(2);
    expectNoNegativeTime(clinic, clock.now());
    expect(clinic.records[0]?.activeMs).toBe(10 * MINUTE);
    expect(clinic.records[1]?.activeMs).toBe(0);
  });
});
