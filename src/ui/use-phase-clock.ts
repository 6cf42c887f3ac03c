import { useEffect, useState } from 'react';
import { phaseClock, msUntilNextDisplayChange, type PhaseClock } from '../clinic/clock';
import type { ClinicState } from '../clinic/state';

/**
 * The current phase clock, re-computed from timestamps and re-rendered only when the shown
 * second changes: one timeout aimed just past the next boundary, never a counting interval.
 */
export function usePhaseClock(clinic: ClinicState, now: () => number = Date.now): PhaseClock {
  const [clock, setClock] = useState(() => phaseClock(clinic, now()));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const next = phaseClock(clinic, now());
      setClock((previous) => (sameDisplay(previous, next) ? previous : next));
      if (clinic.status === 'running') {
        timer = setTimeout(update, msUntilNextDisplayChange(next) + 1);
      }
    };
    update();
    return () => clearTimeout(timer);
  }, [clinic, now]);

  return clock;
}

function sameDisplay(a: PhaseClock, b: PhaseClock): boolean {
  return (
    a.isOvertime === b.isOvertime &&
    a.plannedMs === b.plannedMs &&
    Math.ceil(a.remainingMs / 1000) === Math.ceil(b.remainingMs / 1000) &&
    Math.floor(a.overtimeMs / 1000) === Math.floor(b.overtimeMs / 1000)
  );
}
