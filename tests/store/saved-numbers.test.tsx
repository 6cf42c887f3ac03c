import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsoleApp } from '@/app/App';
import { createClinicStore } from '@/store/clinic-store';
import { CLINIC_KEY, saveClinic } from '@/store/persistence';
import { renderWithStores } from '../helpers/render';
import { deviceOf } from '../helpers/device';
import { mutatedNumbers } from '../helpers/outside-numbers';
import { MINUTE, run, setupClinic, T0 } from '../helpers/clinic-fixtures';
import { MemoryStorage } from './memory-storage';

// Issue 12, class 1, from the device's side: a saved clinic with an absurd planned duration broke
// the console for good. Every number read back from storage passes the same range rules as a
// file: whatever the loader accepts, the console draws; the rest is moved aside, with a notice.

const SEED = Number(process.env.FUZZ_SEED ?? 12);

function savedText(clinic: Parameters<typeof saveClinic>[1]): string {
  const storage = new MemoryStorage();
  saveClinic(storage, clinic, T0 + 10 * MINUTE);
  return storage.getItem(CLINIC_KEY)!;
}

const SAVES = [
  readFileSync(join(__dirname, 'golden', 'schema-1-clinic.json'), 'utf8'),
  savedText(
    run(setupClinic('quick'), [
      [0, { type: 'start' }],
      [MINUTE, { type: 'next' }],
    ]),
  ),
  savedText(
    run(setupClinic('quick'), [
      [0, { type: 'start' }],
      [4 * MINUTE, { type: 'next' }],
      [5 * MINUTE, { type: 'pause' }],
    ]),
  ),
].map((text) => JSON.parse(text) as unknown);

let resumed = 0;

function consoleDrawsWhatLoads(save: unknown) {
  const storage = new MemoryStorage();
  storage.setItem(CLINIC_KEY, JSON.stringify(save));
  const clinic = createClinicStore({ storage: deviceOf(storage), clock: { now: () => T0 } });
  const { loadNotice, clinic: state } = clinic.getState();
  if (loadNotice) {
    // Refused: the save is kept, untouched, under its backup key; the app starts clean.
    expect(storage.getItem(loadNotice.backupKey)).toBe(JSON.stringify(save));
    expect(state.status).toBe('setup');
    return;
  }
  resumed += 1;
  renderWithStores(<ConsoleApp soundControls={null} />, { clinic });
  expect(screen.getAllByRole('timer').length).toBeGreaterThan(0);
  cleanup();
}

describe('a saved clinic, fed numbers from outside', () => {
  it('an absurd planned duration is moved aside, never resumed', () => {
    const save = structuredClone(SAVES[1]) as { clinic: { plan: { durationsMs: object } } };
    save.clinic.plan.durationsMs = { ...save.clinic.plan.durationsMs, presentation: 1e20 };
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, JSON.stringify(save));
    const clinic = createClinicStore({ storage: deviceOf(storage), clock: { now: () => T0 } });
    expect(clinic.getState().loadNotice?.problem).toBe('invalid');
    expect(clinic.getState().clinic.status).toBe('setup');
  });

  it('whatever the loader resumes, the console draws', () => {
    resumed = 0;
    fc.assert(fc.property(fc.constantFrom(...SAVES).chain(mutatedNumbers), consoleDrawsWhatLoads), {
      numRuns: 80,
      seed: SEED,
    });
    expect(resumed).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
