import { useEffect, useState } from 'react';
import { useClock } from '../../../store/store-context';

const REFRESH_MS = 15_000;

/**
 * "Now" for a plan laid out from now: read from the app's clock, and read again every 15 s so
 * the times shown move on while the planner stays open (they are shown to the minute).
 */
export function usePlanningNow(): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
