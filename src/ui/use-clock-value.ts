import { useCallback, useRef, useSyncExternalStore } from 'react';
import { msUntilNextDisplayChange, phaseClock } from '../clinic/clock';
import type { ClinicState } from '../clinic/state';
import { useClock } from '../store/store-context';

/** Derives what a component shows from the clinic and an instant. Keep it pure and cheap. */
export type ClockCompute<T> = (clinic: ClinicState, now: number) => T;

const PAUSED_WAKE_MS = 1000;

/**
 * A value that depends on time, such as the countdown text or whether the phase is in its
 * wrap-up. It is computed from the clinic's timestamps, never counted: the hook only decides when
 * to look again (just past the next boundary of the shown second) and re-renders its component
 * only when the computed value differs from the last one. A component that asks for the phase's
 * mode therefore re-renders twice per phase (wrap-up, overtime), not every second.
 */
export function useClockValue<T>(
  clinic: ClinicState,
  compute: ClockCompute<T>,
  equals: (a: T, b: T) => boolean = Object.is,
): T {
  const clock = useClock();
  const cache = useRef<{ value: T } | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (clinic.status !== 'running' && clinic.status !== 'paused') return () => {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      const delay = () =>
        clinic.status === 'running'
          ? msUntilNextDisplayChange(phaseClock(clinic, clock.now())) + 1
          : PAUSED_WAKE_MS;
      const wake = () => {
        onChange();
        timer = setTimeout(wake, delay());
      };
      timer = setTimeout(wake, delay());
      return () => clearTimeout(timer);
    },
    [clinic, clock],
  );

  const getSnapshot = useCallback(() => {
    const value = compute(clinic, clock.now());
    const cached = cache.current;
    if (cached && equals(cached.value, value)) return cached.value;
    cache.current = { value };
    return value;
  }, [clinic, compute, equals, clock]);

  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
