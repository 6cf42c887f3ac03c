import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import type { ClinicMoment } from '@/clinic/moment';
import { createClinic, type ClinicState } from '@/clinic/state';
import { useClockValue, type ClockCompute } from '@/ui/use-clock-value';
import { renderWithStores } from '../helpers/render';
import { MINUTE, SECOND, advance, runningClinicStore, useFakeClock } from '../helpers/session';

/** Renders a component that shows one clock value, and counts its renders. */
function renderValue<T>(
  clinic: ClinicState,
  compute: ClockCompute<T>,
  now?: () => number,
): { shown: () => string; renders: () => number } {
  let renders = 0;
  function Shown() {
    renders += 1;
    return <output>{String(useClockValue(clinic, compute))}</output>;
  }
  const { container } = renderWithStores(<Shown />, { clock: { now: now ?? (() => Date.now()) } });
  return { shown: () => container.textContent ?? '', renders: () => renders };
}

const mode = (moment: ClinicMoment) => moment.mode;
const seconds = (moment: ClinicMoment) => Math.ceil(moment.clock.remainingMs / SECOND);

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('useClockValue', () => {
  it('re-renders only when the value changes: the mode twice in a phase', () => {
    const clinic = runningClinicStore().getState().clinic; // quick: roles 2 minutes
    const { shown, renders } = renderValue(clinic, mode);
    // Second by second, as a browser would render after each wake-up.
    const walk = (ms: number) => {
      for (let step = 0; step < ms; step += SECOND) advance(SECOND);
    };
    expect(shown()).toBe('normal');
    walk(59 * SECOND);
    expect(renders()).toBe(1);
    walk(2 * SECOND);
    expect(shown()).toBe('wrapUp');
    walk(60 * SECOND);
    expect(shown()).toBe('overtime');
    walk(5 * MINUTE);
    expect(renders()).toBe(3);
  });

  it('follows the shown second exactly, waking just past each boundary', () => {
    const clinic = runningClinicStore().getState().clinic;
    const { shown, renders } = renderValue(clinic, seconds);
    expect(shown()).toBe('120');
    advance(999);
    expect(shown()).toBe('120');
    advance(2); // 1 ms past the boundary
    expect(shown()).toBe('119');
    for (let second = 0; second < 10; second += 1) advance(SECOND);
    expect(shown()).toBe('109');
    expect(renders()).toBe(12);
  });

  it('sets no timer for a clinic that is not under way', () => {
    const before = vi.getTimerCount();
    const { renders } = renderValue(createClinic(), seconds);
    expect(vi.getTimerCount()).toBe(before);
    advance(MINUTE);
    expect(renders()).toBe(1);
  });

  it('while paused, still looks once a second: the expected end moves on', () => {
    const store = runningClinicStore();
    act(() => store.getState().dispatch({ type: 'pause' }));
    const endMinute = (moment: ClinicMoment) =>
      Math.floor((moment.forecast?.expectedEndAt ?? 0) / MINUTE);
    const { shown } = renderValue(store.getState().clinic, endMinute);
    const first = Number(shown());
    advance(MINUTE + SECOND);
    expect(Number(shown())).toBe(first + 1);
  });

  it('shares one look at the clock among every part that shows time, and stops with the last', () => {
    const clinic = runningClinicStore().getState().clinic;
    const before = vi.getTimerCount();
    function Parts() {
      const shown = [
        useClockValue(clinic, seconds),
        useClockValue(clinic, mode),
        useClockValue(clinic, (moment) => moment.phase.id),
      ];
      return <output>{shown.join(' ')}</output>;
    }
    // Two screens on the one clock of the page.
    const clock = { now: () => Date.now() };
    const first = renderWithStores(<Parts />, { clock });
    const second = renderWithStores(<Parts />, { clock });
    expect(vi.getTimerCount()).toBe(before + 1);
    advance(61 * SECOND);
    expect(first.container.textContent).toBe('59 wrapUp roles');
    expect(second.container.textContent).toBe('59 wrapUp roles');
    first.unmount();
    expect(vi.getTimerCount()).toBe(before + 1);
    second.unmount();
    expect(vi.getTimerCount()).toBe(before);
  });

  it('reads the time from the clock it is given', () => {
    const clinic = runningClinicStore().getState().clinic;
    const { shown } = renderValue(clinic, seconds, () => Date.now() + 30 * SECOND);
    expect(shown()).toBe('90');
  });
});
