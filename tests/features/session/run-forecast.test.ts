import { describe, expect, it } from 'vitest';
import { momentAt } from '@/clinic/moment';
import { msUntilForecastChange, runForecastAt } from '@/features/session/run/run-forecast';
import { createClinicStore } from '@/store/clinic-store';
import { MINUTE, SECOND, T0, validPlan } from '../../helpers/clinic-fixtures';

// The forecast line above the console and on the wall looks again only when what it shows may
// change: while the phase keeps to its time the expected end stands still.

function lateSingleClinic() {
  let now = T0 + 300;
  const clock = { now: () => now, set: (at: number) => (now = at) };
  const store = createClinicStore({ storage: null, clock });
  store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  store.getState().dispatch({ type: 'start' });
  const end = momentAt(store.getState().clinic, now).forecast!.expectedEndAt;
  store.getState().setEndBy(end - 3 * MINUTE);
  return { store, clock, end };
}

describe('when the forecast looks again', () => {
  it('not before the running phase reaches its planned end', () => {
    const { store, clock } = lateSingleClinic();
    const phaseMs = store.getState().clinic.plan.durationsMs.roles;
    expect(msUntilForecastChange(store.getState(), clock.now())).toBe(phaseMs);
    clock.set(clock.now() + 30 * SECOND);
    expect(msUntilForecastChange(store.getState(), clock.now())).toBe(phaseMs - 30 * SECOND);
  });

  it('in overtime, at the next change of the shown minute or of the minutes behind', () => {
    const { store, clock, end } = lateSingleClinic();
    const phaseMs = store.getState().clinic.plan.durationsMs.roles;
    clock.set(T0 + 300 + phaseMs + 10 * SECOND);
    const state = store.getState();
    const forecast = runForecastAt(state, clock.now())!;
    expect(forecast.expectedEndAt).toBe(end + 10 * SECOND);
    expect(forecast.deltaMs).toBe(3 * MINUTE + 10 * SECOND);
    const wait = msUntilForecastChange(state, clock.now());
    // Either the expected end's minute or the rounding of 3:10 behind (at 3:30) comes first.
    const toMinute = MINUTE - (forecast.expectedEndAt % MINUTE);
    expect(wait).toBe(Math.min(toMinute, 20 * SECOND));
    expect(wait).toBeGreaterThan(0);
  });

  it('has nothing to show for a single clinic without an End by', () => {
    const { store, clock } = lateSingleClinic();
    store.getState().setEndBy(null);
    expect(runForecastAt(store.getState(), clock.now())).toBeNull();
  });
});
