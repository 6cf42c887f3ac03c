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

interface Envelope {
  version: number;
  savedAt: number | null;
  data: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEnvelope<T>(raw: string, spec: SaveSpec<T>): Envelope | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  if (!('schemaVersion' in parsed)) {
    const legacy = spec.legacy?.(parsed);
    return legacy ? { ...legacy, savedAt: null } : null;
  }
  const { schemaVersion, savedAt, ...fields } = parsed;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion)) return null;
  return {
    version: schemaVersion,
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : null,
    data: spec.field === null ? fields : fields[spec.field],
  };
}

type Read<T> = { ok: true; value: T; repaired?: string } | { ok: false; notice: LoadNotice };

function readSave<T>(spec: SaveSpec<T>, envelope: Envelope | null): Read<T> {
  const fail = (problem: LoadProblem, detail: string): Read<T> => ({
    ok: false,
    notice: { problem, backupKey: spec.key, detail },
  });
  if (!envelope) return fail('unreadable', 'not a save of this app (invalid JSON or no version)');
  if (envelope.version > spec.version || envelope.version < 1) {
    return fail('unknownVersion', `schema version ${envelope.version} is not supported`);
  }
  let data = envelope.data;
  for (let version = envelope.version; version < spec.version; version += 1) {
    const step = spec.migrations[version];
    if (!step) return fail('unknownVersion', `no way to upgrade version ${envelope.version}`);
    try {
      data = step(data);
    } catch {
      return fail('invalid', `version ${version} could not be upgraded`);
    }
  }
  const parsed = spec.parse(data);
  return parsed.ok ? parsed : fail('invalid', parsed.problem);
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
  const envelope = readEnvelope(raw, spec);
  const savedAt = envelope?.savedAt ?? null;
  const read = readSave(spec, envelope);
  if (mode === 'follow') return read.ok ? { ...NOTHING, value: read.value, savedAt } : NOTHING;
  if (read.ok && read.repaired === undefined) return { ...NOTHING, value: read.value, savedAt };

  // What cannot be read, or only in part, is kept under a backup key first.
  const backup = read.ok
    ? device.backUp(raw, spec.backupPrefix, now)
    : device.setAside(spec.key, raw, spec.backupPrefix, now);
  const backupKey = backup.key ?? spec.key;
  const notice: LoadNotice = read.ok
    ? { problem: 'repaired', backupKey, detail: read.repaired ?? '' }
    : { ...read.notice, backupKey };
  const value = read.ok ? read.value : null;
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
