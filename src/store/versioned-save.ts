import type { DeviceStorage, WriteOutcome, WriteProblem } from './device-storage';

// A versioned save on the device: one declaration (key, version, migrations, parser) and one
// loader for all of them. Saved values sit in an envelope, `{ schemaVersion, savedAt, <field> }`,
// or with their own fields beside those two.
// Whatever cannot be read, upgraded or validated is moved to a backup key, never deleted, and
// the loader says so in a notice the app shows.

export type SaveParse<T> =
  | { ok: true; value: T; /** What was wrong and replaced by defaults. */ repaired?: string }
  | { ok: false; problem: string };

/** Upgrades saved data from version N (the key) to N + 1. */
export type Migration = (data: unknown) => unknown;
export type Migrations = Readonly<Record<number, Migration>>;

export interface SaveSpec<T> {
  key: string;
  /** Unreadable saves move to `${backupPrefix}${now}`. */
  backupPrefix: string;
  /** The envelope's field that holds the data; null: the data's own fields sit in the envelope. */
  field: string | null;
  version: number;
  migrations: Migrations;
  /** Checks the data of the current version: type and range of every field. */
  parse: (data: unknown) => SaveParse<T>;
  /** Reads a save written before the shared envelope: its version and data. */
  legacy?: (saved: Record<string, unknown>) => { version: number; data: unknown } | null;
}

/** Declares a save; a new persisted store needs nothing more than this and its parser. */
export function defineSave<T>(
  spec: Omit<SaveSpec<T>, 'migrations'> & { migrations?: Migrations },
): SaveSpec<T> {
  return { migrations: {}, ...spec };
}

export type LoadProblem = 'unreadable' | 'unknownVersion' | 'invalid' | 'repaired';

export interface LoadNotice {
  problem: LoadProblem;
  /** Where the unreadable data now lives. */
  backupKey: string;
  detail: string;
}

export interface Loaded<T> {
  value: T | null;
  notice: LoadNotice | null;
  /** When the save was written, by this device's clock. */
  savedAt: number | null;
  /**
   * The device refused to back up an unreadable save, so it stays in its key; this page must not
   * write over it.
   */
  held: WriteProblem | null;
}

const NOTHING = { value: null, notice: null, savedAt: null, held: null } as const;

type Read<T> =
  { ok: true; value: T; repaired?: string } | { ok: false; problem: LoadProblem; detail: string };

/** The save's data, upgraded to the current version and checked; or what is wrong with it. */
function readSave<T>(raw: string, spec: SaveSpec<T>): { read: Read<T>; savedAt: number | null } {
  const fail = (problem: LoadProblem, detail: string) => ({
    read: { ok: false, problem, detail } as const,
    savedAt: null,
  });
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    saved = null;
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) {
    return fail('unreadable', 'no JSON object');
  }
  const { schemaVersion, savedAt, ...fields } = saved as Record<string, unknown>;
  const envelope =
    schemaVersion === undefined
      ? spec.legacy?.(fields)
      : { version: schemaVersion, data: spec.field === null ? fields : fields[spec.field] };
  const from = envelope?.version;
  if (typeof from !== 'number' || !Number.isInteger(from)) return fail('unreadable', 'no version');
  if (from > spec.version || from < 1) return fail('unknownVersion', `version ${from}`);
  let data = envelope!.data;
  for (let version = from; version < spec.version; version += 1) {
    const step = spec.migrations[version];
    if (!step) return fail('unknownVersion', `no upgrade from version ${version}`);
    try {
      data = step(data);
    } catch {
      return fail('invalid', `upgrade from version ${version} failed`);
    }
  }
  const parsed = spec.parse(data);
  return {
    read: parsed.ok ? parsed : { ok: false, problem: 'invalid', detail: parsed.problem },
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : null,
  };
}

export function envelopeOf<T>(spec: SaveSpec<T>, value: T, savedAt: number): string {
  const data = spec.field === null ? value : { [spec.field]: value };
  return JSON.stringify({ schemaVersion: spec.version, savedAt, ...data });
}

/**
 * Reads a save: migrated, validated, or moved aside with a notice. `follow` re-reads what another
 * window wrote: then nothing is moved or written, and a save that cannot be read is ignored.
 */
export function loadSave<T>(
  device: DeviceStorage,
  spec: SaveSpec<T>,
  now: number,
  mode: 'load' | 'follow' = 'load',
): Loaded<T> {
  const raw = device.read(spec.key);
  if (raw === null) return NOTHING;
  const { read, savedAt } = readSave(raw, spec);
  const value = read.ok ? read.value : null;
  if (mode === 'follow' || (read.ok && read.repaired === undefined)) {
    return { ...NOTHING, value, savedAt };
  }
  // What cannot be read, or only in part, is kept under a backup key first.
  const backup = read.ok
    ? device.backUp(raw, spec.backupPrefix, now)
    : device.setAside(spec.key, raw, spec.backupPrefix, now);
  const notice: LoadNotice = read.ok
    ? { problem: 'repaired', backupKey: backup.key ?? spec.key, detail: read.repaired ?? '' }
    : { problem: read.problem, backupKey: backup.key ?? spec.key, detail: read.detail };
  // Refused (full storage): the original stays where it is, and nothing may write over it.
  if (backup.key === null) {
    return { value, notice, savedAt, held: backup.outcome === 'skipped' ? null : backup.outcome };
  }
  if (read.ok) writeSave(device, spec, read.value, now);
  return { value, notice, savedAt, held: null };
}

export function writeSave<T>(
  device: DeviceStorage,
  spec: SaveSpec<T>,
  value: T,
  now: number,
): WriteOutcome {
  return device.write(spec.key, envelopeOf(spec, value, now));
}
