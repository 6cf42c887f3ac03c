import type { ClinicState } from '../clinic/state';
import { parseClinicState } from '../clinic/validate-state';

// The saved clinic is wrapped in a versioned envelope. Anything that cannot be read or migrated
// is moved aside under a backup key, never deleted, and the app starts clean with a notice.

export const CLINIC_KEY = 'case-clinic-timer:clinic';
export const BACKUP_KEY_PREFIX = 'case-clinic-timer:backup:';
export const SCHEMA_VERSION = 1;

interface Envelope {
  schemaVersion: number;
  savedAt: number;
  clinic: unknown;
}

/** Upgrades a saved clinic from version N (the key) to N + 1. */
export type Migration = (clinic: unknown) => unknown;
export type Migrations = Readonly<Record<number, Migration>>;

// No earlier schema has shipped yet; the first change to ClinicState adds its step here.
export const MIGRATIONS: Migrations = {};

export type LoadProblem = 'unreadable' | 'unknownVersion' | 'invalid';

export interface LoadNotice {
  problem: LoadProblem;
  /** Where the unreadable data now lives. */
  backupKey: string;
  detail: string;
}

export interface LoadResult {
  clinic: ClinicState | null;
  notice: LoadNotice | null;
}

function moveAside(storage: Storage, raw: string, now: number): string {
  const backupKey = `${BACKUP_KEY_PREFIX}${now}`;
  storage.setItem(backupKey, raw);
  storage.removeItem(CLINIC_KEY);
  return backupKey;
}

function migrate(
  envelope: Envelope,
  migrations: Migrations,
  currentVersion: number,
): { ok: true; clinic: unknown } | { ok: false } {
  let clinic = envelope.clinic;
  for (let version = envelope.schemaVersion; version < currentVersion; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false };
    clinic = step(clinic);
  }
  return { ok: true, clinic };
}

function readEnvelope(raw: string): Envelope | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const candidate = parsed as Record<string, unknown>;
  if (typeof candidate.schemaVersion !== 'number' || !Number.isInteger(candidate.schemaVersion)) {
    return null;
  }
  return {
    schemaVersion: candidate.schemaVersion,
    savedAt: typeof candidate.savedAt === 'number' ? candidate.savedAt : 0,
    clinic: candidate.clinic,
  };
}

export function loadClinic(
  storage: Storage,
  now: number,
  migrations: Migrations = MIGRATIONS,
  currentVersion: number = SCHEMA_VERSION,
): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(CLINIC_KEY);
  } catch {
    return { clinic: null, notice: null };
  }
  if (raw === null) return { clinic: null, notice: null };

  const fail = (problem: LoadProblem, detail: string): LoadResult => {
    try {
      return { clinic: null, notice: { problem, backupKey: moveAside(storage, raw, now), detail } };
    } catch {
      // Storage refused the backup (full): leave the original where it is rather than lose it.
      return { clinic: null, notice: { problem, backupKey: CLINIC_KEY, detail } };
    }
  };

  const envelope = readEnvelope(raw);
  if (!envelope) return fail('unreadable', 'not a saved clinic (invalid JSON or no version)');
  if (envelope.schemaVersion > currentVersion || envelope.schemaVersion < 1) {
    return fail('unknownVersion', `schema version ${envelope.schemaVersion} is not supported`);
  }
  const migrated = migrate(envelope, migrations, currentVersion);
  if (!migrated.ok)
    return fail('unknownVersion', `no way to upgrade version ${envelope.schemaVersion}`);
  const parsed = parseClinicState(migrated.clinic);
  if (!parsed.ok) return fail('invalid', parsed.problem);
  return { clinic: parsed.value, notice: null };
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable' };

export function saveClinic(storage: Storage, clinic: ClinicState, now: number): SaveResult {
  const envelope: Envelope = { schemaVersion: SCHEMA_VERSION, savedAt: now, clinic };
  try {
    storage.setItem(CLINIC_KEY, JSON.stringify(envelope));
    return { ok: true };
  } catch (error) {
    const isQuota =
      error instanceof DOMException &&
      (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return { ok: false, reason: isQuota ? 'full' : 'unavailable' };
  }
}
