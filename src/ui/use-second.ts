import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useClock } from '../store/store-context';

/**
 * The app clock's instant, read again whenever what is shown may change while `active`: for the
 * few displays that count outside a clinic (a break's countdown, the session's expected end).
 * `msUntilChange` says when that is (a break's countdown changes on the break's own second
 * boundaries, not the wall clock's); without it, just after each wall-clock second. The value
 * shown is always computed from timestamps at this instant; the timer only decides when to look.
 * Keep `msUntilChange` stable (useCallback), or each render starts a new timer.
 */
export function useSecond(active: boolean, msUntilChange?: (now: number) => number): number {
  const { now } = useClock();
  const wakes = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!active) return () => {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      const delay = () => (msUntilChange ? msUntilChange(now()) + 1 : 1000 - (now() % 1000) + 5);
      const wake = () => {
        wakes.current += 1;
        onChange();
        timer = setTimeout(wake, delay());
      };
      timer = setTimeout(wake, delay());
      return () => clearTimeout(timer);
    },
    [active, now, msUntilChange],
  );
  useSyncExternalStore(subscribe, () => wakes.current);
  return now();
}
