import { describe, expect, it } from 'vitest';
import { createAppClock } from '@/store/clock';
import { createClinicStore } from '@/store/clinic-store';
import { phaseClock } from '@/clinic/clock';
import { summarizePhases } from '@/clinic/record';
import { MINUTE, SECOND, T0, validPlan } from '../helpers/clinic-fixtures';

const HOUR = 60 * MINUTE;

/**
 * A page's two clocks, under the test's hand: the wall clock (`Date.now()`), which a time-sync
 * correction or a person can set anywhere, and the monotonic clock (`performance.now()`), which
 * only moves with real time (and, on some systems, stands still while the laptop sleeps).
 */
function pageClocks(start = T0) {
  let wall = start;
  let monotonic = 5_000;
  return {
    wall: () => wall,
    monotonic: () => monotonic,
    /** Real time passes: both clocks move. */
    pass: (ms: number) => {
      wall += ms;
      monotonic += ms;
    },
    /** The wall clock is set (a correction, a hand); the monotonic clock does not notice. */
    setWall: (at: number) => {
      wall = at;
    },
  };
}

describe("the app's clock", () => {
  it('reads the wall clock while nothing jumps', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    expect(clock.now()).toBe(T0);
    page.pass(90 * SECOND + 250);
    expect(clock.now()).toBe(T0 + 90 * SECOND + 250);
  });

  it('a wall clock set back an hour costs nothing: time goes on by real seconds', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    page.pass(30 * SECOND);
    page.setWall(T0 + 30 * SECOND - HOUR);
    expect(clock.now()).toBe(T0 + 30 * SECOND);
    page.pass(10 * SECOND);
    expect(clock.now()).toBe(T0 + 40 * SECOND);
  });

  it('a forward jump (a laptop waking, its monotonic clock stood still) counts in full', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    page.pass(30 * SECOND);
    page.setWall(page.wall() + 3 * HOUR);
    expect(clock.now()).toBe(T0 + 30 * SECOND + 3 * HOUR);
  });

  it('after a backward jump, a forward one still counts in full', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    page.setWall(T0 - HOUR);
    page.pass(10 * SECOND);
    expect(clock.now()).toBe(T0 + 10 * SECOND);
    page.setWall(page.wall() + 3 * HOUR);
    expect(clock.now()).toBe(T0 + 10 * SECOND + 3 * HOUR);
  });

  it('never reads less than it read before, whatever the wall clock does', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    let last = clock.now();
    for (const step of [400, -300, 20_000, -HOUR, 700, -999, 5 * HOUR, -2 * HOUR, 1]) {
      page.setWall(page.wall() + step);
      page.pass(100);
      const reading = clock.now();
      expect(reading).toBeGreaterThanOrEqual(last);
      last = reading;
    }
  });

  it('after a reload, never reads earlier than the save it read (notBefore)', () => {
    const page = pageClocks(T0 - HOUR); // the wall clock was set back while the page was closed
    const clock = createAppClock(page.wall, page.monotonic);
    clock.notBefore(T0);
    expect(clock.now()).toBe(T0);
    page.pass(5 * SECOND);
    expect(clock.now()).toBe(T0 + 5 * SECOND);
  });

  it('believes no instant more than a day ahead, and ignores one behind it', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    clock.notBefore(T0 + 25 * HOUR);
    clock.notBefore(T0 - HOUR);
    clock.notBefore(Number.NaN);
    expect(clock.now()).toBe(T0);
  });

  it('moves the page-load instant with an adopted reading, so cues stay comparable', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    page.pass(SECOND);
    clock.notBefore(T0 + SECOND + HOUR);
    expect(clock.loadedAt()).toBe(T0 + HOUR);
  });
});

describe('a clinic on the app clock, with the system clock set back an hour mid-phase', () => {
  it('counts down by real seconds, and the phase keeps the time it really ran', () => {
    const page = pageClocks();
    const clock = createAppClock(page.wall, page.monotonic);
    const store = createClinicStore({ storage: null, clock });
    store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
    store.getState().dispatch({ type: 'start' });
    page.pass(30 * SECOND);
    page.setWall(page.wall() - HOUR);
    page.pass(20 * SECOND);
    store.getState().tick();
    expect(phaseClock(store.getState().clinic, clock.now()).remainingMs).toBe(70 * SECOND);

    page.setWall(page.wall() + 3 * HOUR);
    store.getState().dispatch({ type: 'next' });
    const [roles] = summarizePhases(store.getState().clinic, clock.now());
    expect(roles?.actualMs).toBe(50 * SECOND + 3 * HOUR);
  });
});
