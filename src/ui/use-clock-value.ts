import { useCallback, useRef, useSyncExternalStore } from 'react';
import { momentAt, type ClinicMoment } from '../clinic/moment';
import type { ClinicState } from '../clinic/state';

/** Reads what a component shows from the clinic's moment. Keep it pure and cheap. */
export type ClockCompute<T> = (moment: ClinicMoment) => T;

const PAUSED_WAKE_MS = 1000;

/**
 * A value that depends on time, such as the countdown text or whether the phase is in its
 * wrap-up. It is read from the clinic's moment (`momentAt`: worked out from the timestamps, never
 * counted): the hook only decides when to look again (just past the moment's next change: a shown
 * second, a turn, the wrap-up) and re-renders its component only when the value differs from the last one. A
 * component that asks for the phase's mode therefore re-renders twice per phase (wrap-up,
 * overtime), not every second.
 */
export function useClockValue<T>(
  clinic: ClinicState,
  compute: ClockCompute<T>,
  equals: (a: T, b: T) => boolean = Object.is,
  now: () => number = Date.now,
): T {
  const cache = useRef<{ value: T } | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      // Just past the moment's next change; paused, once a second (the expected end moves on);
      // not at all when no clinic is under way.
      const nextLook = (): number | null => {
        const { inSession, msUntilNextChange } = momentAt(clinic, now());
        if (!inSession) return null;
        return msUntilNextChange === null ? PAUSED_WAKE_MS : msUntilNextChange + 1;
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        const delay = nextLook();
        if (delay !== null) timer = setTimeout(wake, delay);
      };
      const wake = () => {
        onChange();
        schedule();
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [clinic, now],
  );

  const getSnapshot = useCallback(() => {
    const value = compute(momentAt(clinic, now()));
    const cached = cache.current;
    if (cached && equals(cached.value, value)) return cached.value;
    cache.current = { value };
    return value;
  }, [clinic, compute, equals, now]);

  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
