import type { ClinicNotes } from './notes';
import { parseNotes, parseSheetDetails, type NotesProblem } from './notes-validate';
import type { ClinicState } from '../clinic/state';
import type { SheetDetails } from './sheet';
import { parseClinicState } from '../clinic/validate-state';
import { validatePlan } from '../clinic/templates';
import { isInstant } from '../clinic/instants';

// The whole clinic as a JSON file that can be imported again. The file is versioned; reading
// it back checks every field and says, as a code the UI translates, what is wrong.

export const EXPORT_FORMAT = 'case-clinic-timer/clinic';
export const EXPORT_VERSION = 1;
/** Far above any real export (a long clinic is tens of kilobytes); stops a hostile giant. */
export const MAX_IMPORT_CHARS = 2_000_000;
const MAX_LANGUAGE_LENGTH = 35;

export interface ClinicExport {
  exportedAt: number;
  /** The clinic's language: the sheet and exports are written in it. */
  language: string;
  clinic: ClinicState;
  notes: ClinicNotes;
  details: SheetDetails;
}

export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'truncated'
  | 'notJson'
  | 'notObject'
  | 'notOurFormat'
  | 'versionMissing'
  | 'versionNewer'
  | 'versionUnknown'
  | 'exportedAtInvalid'
  | 'languageInvalid'
  | 'clinicInvalid'
  | 'clinicNotStarted'
  | 'planInvalid'
  | 'mirrorsMismatch'
  | 'placeInvalid'
  | 'checkInInvalid'
  | NotesProblem;

export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, or which rule: shown after the translated message. */
  detail?: string;
}

export type ImportResult = { ok: true; value: ClinicExport } | { ok: false; error: ImportError };

export function toJson(data: ClinicExport): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(data.exportedAt).toISOString(),
    language: data.language,
    clinic: data.clinic,
    notes: data.notes,
    details: data.details,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (code: ImportErrorCode, detail?: string): ImportResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/** A value from the file as the reader would recognise it there: JSON, cut short. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}

export function fromJson(raw: string): ImportResult {
  // A byte-order mark from a Windows editor is not a reason to refuse a file.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return fail('empty');
  if (text.length > MAX_IMPORT_CHARS) return fail('tooLarge');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    return fail(trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'notJson');
  }
  if (!isObject(parsed)) return fail('notObject');
  if (parsed.format !== EXPORT_FORMAT) return fail('notOurFormat');
  if (parsed.version === undefined) return fail('versionMissing');
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('versionUnknown', quoted(version));
  }
  if (version > EXPORT_VERSION) return fail('versionNewer', String(version));

  const exportedAt = typeof parsed.exportedAt === 'string' ? Date.parse(parsed.exportedAt) : NaN;
  if (!isInstant(exportedAt)) return fail('exportedAtInvalid');
  const language = parsed.language;
  if (
    typeof language !== 'string' ||
    !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ||
    language.length > MAX_LANGUAGE_LENGTH
  ) {
    return fail('languageInvalid');
  }

  const clinic = parseClinicState(parsed.clinic);
  if (!clinic.ok) {
    const { planError } = clinic;
    return planError
      ? fail('planInvalid', `${planError.field}: ${planError.code}`)
      : fail('clinicInvalid', clinic.problem);
  }
  if (clinic.value.status === 'setup') return fail('clinicNotStarted');
  // A file must keep every rule of the setup form, its texts too.
  const [planError] = validatePlan(clinic.value.plan);
  if (planError) return fail('planInvalid', `${planError.field}: ${planError.code}`);

  const notes = parseNotes(parsed.notes);
  if (!notes.ok) return fail(notes.problem, notes.field);
  if (notes.value.mirrors.length > clinic.value.plan.coaches.length) {
    return fail('mirrorsMismatch');
  }

  const details = parseSheetDetails(parsed.details);
  if (!details.ok) return fail(details.problem);

  return {
    ok: true,
    value: {
      exportedAt,
      language,
      clinic: clinic.value,
      notes: notes.value,
      details: details.value,
    },
  };
}
