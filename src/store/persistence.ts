import { clinicIdFromStart, type ClinicState } from '../clinic/state';
import { parseClinicState } from '../clinic/validate-state';
import { openDeviceStorage, type WriteProblem } from './device-storage';
import {
  defineSave,
  loadSave,
  writeSave,
  type LoadNotice,
  type Migrations,
} from './versioned-save';

// The saved clinic: `{ schemaVersion, savedAt, clinic }` under one key. Anything that cannot be
// read or migrated is moved aside under a backup key, never deleted, and the app starts clean
// with a notice (versioned-save.ts does that for every save).

export const CLINIC_KEY = 'case-clinic-timer:clinic';
export const BACKUP_KEY_PREFIX = 'case-clinic-timer:backup:';
export const SCHEMA_VERSION = 2;
/** The session of several cases and a single clinic's end time: a save beside the clinic's. */
export const SESSION_KEY = 'case-clinic-timer:session';

export type { LoadNotice, LoadProblem, Migration, Migrations } from './versioned-save';

export const MIGRATIONS: Migrations = {
  // 1 -> 2: a clinic has an id of its own; one saved before is named by its start, as then.
  1: (clinic) => {
    if (typeof clinic !== 'object' || clinic === null || 'clinicId' in clinic) return clinic;
    const startedAt = (clinic as { clinicStartedAt?: unknown }).clinicStartedAt;
    return {
      ...clinic,
      clinicId: typeof startedAt === 'number' ? clinicIdFromStart(startedAt) : null,
    };
  },
};

export const CLINIC_SAVE = defineSave<ClinicState>({
  key: CLINIC_KEY,
  backupPrefix: BACKUP_KEY_PREFIX,
  field: 'clinic',
  version: SCHEMA_VERSION,
  migrations: MIGRATIONS,
  parse: parseClinicState,
});

export interface LoadResult {
  clinic: ClinicState | null;
  notice: LoadNotice | null;
}

/** Loads the clinic from a bare Storage (tests, tools); the app's stores go through the owner. */
export function loadClinic(
  storage: Storage,
  now: number,
  migrations: Migrations = MIGRATIONS,
  currentVersion: number = SCHEMA_VERSION,
): LoadResult {
  const save = { ...CLINIC_SAVE, migrations, version: currentVersion };
  const loaded = loadSave(openDeviceStorage({ storage }), save, now);
  return { clinic: loaded.value, notice: loaded.notice };
}

export type SaveResult = { ok: true } | { ok: false; reason: WriteProblem };

export function saveClinic(storage: Storage, clinic: ClinicState, now: number): SaveResult {
  const outcome = writeSave(openDeviceStorage({ storage }), CLINIC_SAVE, clinic, now);
  return outcome === 'ok' || outcome === 'skipped' ? { ok: true } : { ok: false, reason: outcome };
}
