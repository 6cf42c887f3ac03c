import { useCallback } from 'react';
import { msUntilNextDisplayChange } from '../../../clinic/clock';
import { breakClock } from '../../../clinic/session/break-clock';
import type { SessionState } from '../../../clinic/session/state';
import { useSecond } from '../../../ui/use-second';

/** The instant a break screen draws at: looked at again just past its countdown's next change. */
export function useBreakNow(session: SessionState | null): number {
  const msUntilChange = useCallback(
    (at: number) => {
      const clock = session ? breakClock(session, at) : null;
      return clock ? msUntilNextDisplayChange(clock) : 1000;
    },
    [session],
  );
  return useSecond(session?.status === 'break', msUntilChange);
}
