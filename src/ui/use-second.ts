import { useCallback, useSyncExternalStore } from 'react';
import { useClock } from '../store/store-context';

/**
 * The app clock's instant, read again just after each second boundary while `active`: for the
 * few displays that count outside a clinic (a break's countdown, the session's expected end).
 * The value shown is always computed from timestamps at this instant; the timer only decides
 * when to look.
 */
export function useSecond(active: boolean): number {
  const { now } = useClock();
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!active) return () => {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wake = () => {
        onChange();
        timer = setTimeout(wake, 1000 - (now() % 1000) + 5);
      };
      timer = setTimeout(wake, 1000 - (now() % 1000) + 5);
      return () => clearTimeout(timer);
    },
    [active, now],
  );
  const second = useSyncExternalStore(subscribe, () => Math.floor(now() / 1000));
  return second * 1000;
}
