import { describe, expect, it } from 'vitest';
import { createClinicStore } from '@/store/clinic-store';
import {
  BACKUP_KEY_PREFIX,
  CLINIC_KEY,
  SCHEMA_VERSION,
  loadClinic,
  saveClinic,
  type Migrations,
} from '@/store/persistence';
import { createClinic } from '@/clinic/state';
import { transition } from '@/clinic/machine';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';
import { T0, setupClinic } from '../helpers/clinic-fixtures';

function savedEnvelope(mutate: (clinic: Record<string, unknown>) => void = () => {}): string {
  const clinic = JSON.parse(JSON.stringify(transition(setupClinic(), { type: 'start' }, T0)));
  mutate(clinic);
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, savedAt: T0, clinic });
}

const CORRUPT: Array<[string, string, string]> = [
  ['invalid JSON', '{"schemaVersion": 1, "clinic": {', 'unreadable'],
  ['plain text', 'hello', 'unreadable'],
  ['JSON that is not an object', '[1, 2, 3]', 'unreadable'],
  ['no version', JSON.stringify({ clinic: {} }), 'unreadable'],
  [
    'an unknown future version',
    JSON.stringify({ schemaVersion: 99, clinic: {} }),
    'unknownVersion',
  ],
  ['version zero', JSON.stringify({ schemaVersion: 0, clinic: {} }), 'unknownVersion'],
  ['a missing clinic', JSON.stringify({ schemaVersion: SCHEMA_VERSION }), 'invalid'],
  ['missing records', savedEnvelope((c) => delete c.records), 'invalid'],
  ['missing plan', savedEnvelope((c) => delete c.plan), 'invalid'],
  ['a status of the wrong type', savedEnvelope((c) => (c.status = 3)), 'invalid'],
  ['an unknown status', savedEnvelope((c) => (c.status = 'dancing')), 'invalid'],
  ['a phase index out of range', savedEnvelope((c) => (c.phaseIndex = 7)), 'invalid'],
  [
    'a duration given as text',
    savedEnvelope(
      (c) => ((c.plan as { durationsMs: Record<string, unknown> }).durationsMs.roles = '5'),
    ),
    'invalid',
  ],
  [
    'coaches that are not names',
    savedEnvelope((c) => ((c.plan as Record<string, unknown>).coaches = [1, 2])),
    'invalid',
  ],
  [
    'a running clinic without a start instant',
    savedEnvelope((c) => (c.runningSince = null)),
    'invalid',
  ],
  ['six records instead of seven', savedEnvelope((c) => (c.records as unknown[]).pop()), 'invalid'],
  ['NaN smuggled in as null', savedEnvelope((c) => (c.elapsedBeforeMs = null)), 'invalid'],
];

describe('corrupt saved state', () => {
  it.each(CORRUPT)(
    '%s: starts clean and keeps the old data under a backup key',
    (_name, raw, problem) => {
      const storage = new MemoryStorage();
      storage.setItem(CLINIC_KEY, raw);
      const store = createClinicStore({
        storage: deviceOf(storage),
        clock: { now: () => T0 + 5_000 },
      });
      const { clinic, loadNotice } = store.getState();
      expect(clinic).toEqual(createClinic());
      expect(loadNotice?.problem).toBe(problem);
      expect(loadNotice?.backupKey).toBe(`${BACKUP_KEY_PREFIX}${T0 + 5_000}`);
      expect(storage.getItem(loadNotice!.backupKey)).toBe(raw);
      expect(storage.getItem(CLINIC_KEY)).toBeNull();
    },
  );

  it('a second corrupt load does not overwrite the first backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, 'first');
    createClinicStore({ storage: deviceOf(storage), clock: { now: () => T0 } });
    storage.setItem(CLINIC_KEY, 'second');
    createClinicStore({ storage: deviceOf(storage), clock: { now: () => T0 + 1 } });
    expect(storage.getItem(`${BACKUP_KEY_PREFIX}${T0}`)).toBe('first');
    expect(storage.getItem(`${BACKUP_KEY_PREFIX}${T0 + 1}`)).toBe('second');
  });

  it('a valid save loads back equal', () => {
    const storage = new MemoryStorage();
    const clinic = transition(setupClinic(), { type: 'start' }, T0);
    expect(saveClinic(storage, clinic, T0)).toEqual({ ok: true });
    expect(loadClinic(storage, T0)).toEqual({ clinic, notice: null });
  });

  it('nothing saved: a clean start without a notice', () => {
    expect(loadClinic(new MemoryStorage(), T0)).toEqual({ clinic: null, notice: null });
  });
});

describe('migration', () => {
  it('runs each step from the saved version up to the current one', () => {
    const storage = new MemoryStorage();
    const current = transition(setupClinic(), { type: 'start' }, T0);
    // A pretend version 1 that named the case title "title"; version 2 renamed it.
    const old = JSON.parse(JSON.stringify(current));
    old.plan.title = old.plan.caseTitle;
    delete old.plan.caseTitle;
    storage.setItem(CLINIC_KEY, JSON.stringify({ schemaVersion: 1, savedAt: T0, clinic: old }));
    const migrations: Migrations = {
      1: (clinic) => {
        const value = clinic as { plan: Record<string, unknown> };
        const { title, ...plan } = value.plan;
        return { ...value, plan: { ...plan, caseTitle: title } };
      },
    };
    expect(loadClinic(storage, T0, migrations, 2)).toEqual({ clinic: current, notice: null });
  });

  it('a version without a migration path is moved aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, savedEnvelope());
    const result = loadClinic(storage, T0, {}, SCHEMA_VERSION + 1);
    expect(result.clinic).toBeNull();
    expect(result.notice?.problem).toBe('unknownVersion');
  });
});
