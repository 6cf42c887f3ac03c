import { vi } from 'vitest';
import { act } from '@testing-library/react';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import type { PlanPatch } from '@/clinic/machine';
import type { TemplateId } from '@/clinic/templates';
import { samplePeople, T0 } from './clinic-fixtures';

export { MINUTE, SECOND } from './clinic-fixtures';

/** 09:00:00.300 UTC: deliberately off a second boundary, as a real start is. */
export const SESSION_T0 = T0 + 300;

/** Fake timers with a fake Date, so the store, the clock hooks and the test share one time. */
export function useFakeClock(at: number = SESSION_T0): void {
  vi.useFakeTimers({ now: at });
}

/** A storage-less clinic store already running phase 1, on the fake clock. */
export function runningClinicStore(
  templateId: TemplateId = 'quick',
  patch: PlanPatch = {},
): ClinicStore {
  const store = createClinicStore({ storage: null });
  const { dispatch } = store.getState();
  dispatch({ type: 'applyTemplate', templateId });
  dispatch({ type: 'updatePlan', patch: { ...samplePeople(), ...patch } });
  dispatch({ type: 'start' });
  if (store.getState().clinic.status !== 'running')
    throw new Error('the test clinic did not start');
  return store;
}

/** Lets fake time pass inside act(), so hooks that wake on timers re-render. */
export function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Moves the running clinic to the phase with this index (0-based) through "next" events. */
export function goToPhase(store: ClinicStore, index: number): void {
  act(() => {
    while (store.getState().clinic.phaseIndex < index) store.getState().dispatch({ type: 'next' });
  });
}
