import { isInstant } from '../clinic/instants';

// The envelope every JSON file of the app shares: `format` says which kind of file it is,
// `version` which shape its body has, `exportedAt` when it was written. Reading checks the
// envelope before anything else and says, as a code the UI translates, what is wrong.

export type EnvelopeErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'truncated'
  | 'notJson'
  | 'notObject'
  | 'notOurFormat'
  | 'versionMissing'
  | 'versionNewer'
  | 'versionUnknown'
  | 'exportedAtInvalid';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type EnvelopeResult =
  | { ok: true; body: Json; version: number; exportedAt: number }
  | { ok: false; code: EnvelopeErrorCode; detail?: string };

/** A value from the file as the reader would recognise it there: JSON, cut short. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}

const fail = (code: EnvelopeErrorCode, detail?: string): EnvelopeResult =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };

/** Reads a file's text as the given format, up to its newest version. */
export function readEnvelope(
  raw: string,
  format: string,
  newestVersion: number,
  maxChars: number,
): EnvelopeResult {
  // A byte-order mark from a Windows editor is not a reason to refuse a file.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return fail('empty');
  if (text.length > maxChars) return fail('tooLarge');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    return fail(trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'notJson');
  }
  if (!isObject(parsed)) return fail('notObject');
  if (parsed.format !== format) return fail('notOurFormat');
  if (parsed.version === undefined) return fail('versionMissing');
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('versionUnknown', quoted(version));
  }
  if (version > newestVersion) return fail('versionNewer', String(version));
  const exportedAt = typeof parsed.exportedAt === 'string' ? Date.parse(parsed.exportedAt) : NaN;
  if (!isInstant(exportedAt)) return fail('exportedAtInvalid');
  return { ok: true, body: parsed, version, exportedAt };
}

const MAX_LANGUAGE_LENGTH = 35;

/** A BCP 47 language tag as a file may carry it ("en", "de-CH"). */
export function isLanguageTag(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_LANGUAGE_LENGTH &&
    /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value)
  );
}
