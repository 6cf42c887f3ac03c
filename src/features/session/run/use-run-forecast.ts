import { useCallback, useMemo } from 'react';
import { useClinic, useClock } from '../../../store/store-context';
import { useSecond } from '../../../ui/use-second';
import { msUntilForecastChange, runForecastAt, type RunForecast } from './run-forecast';

/**
 * The expected end of what runs now, looked at again only when what a line shows may change:
 * never while the phase or break keeps to its time, each minute (or half minute of the
 * difference) while it runs over or is paused; an event re-renders it at once.
 */
export function useRunForecast(): RunForecast | null {
  const clinic = useClinic((s) => s.clinic);
  const session = useClinic((s) => s.session);
  const endBy = useClinic((s) => s.endBy);
  const lastClinicFit = useClinic((s) => s.lastClinicFit);
  const state = useMemo(
    () => ({ clinic, session, endBy, lastClinicFit }),
    [clinic, session, endBy, lastClinicFit],
  );
  const clock = useClock();
  const active = runForecastAt(state, clock.now()) !== null;
  const msUntilChange = useCallback((at: number) => msUntilForecastChange(state, at), [state]);
  return runForecastAt(state, useSecond(active, msUntilChange));
}
