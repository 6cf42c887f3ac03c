import type { ClinicNotes } from './notes';
import { parseNotes, type NotesProblem } from './notes-validate';
import type { ClinicState } from '../clinic/state';
import { validatePlan } from '../clinic/templates';
import { readSheetDetails, type SheetDetails } from './sheet';
import { parseClinicState } from '../clinic/validate-state';
import { isLanguageTag, readEnvelope, type EnvelopeErrorCode } from './json-envelope';

// The whole clinic as a JSON file that can be imported again. The file is versioned; reading
// it back checks every field and says, as a code the UI translates, what is wrong.

export const EXPORT_FORMAT = 'case-clinic-timer/clinic';
/**
 * 2 added each next step's due date, status and review links (reviewedIn, carriedFrom). A file
 * of version 1 still imports: its steps read as open, with no due date. A newer one is refused.
 */
export const EXPORT_VERSION = 2;
/** Far above any real export (a long clinic is tens of kilobytes); stops a hostile giant. */
export const MAX_IMPORT_CHARS = 2_000_000;

export interface ClinicExport {
  exportedAt: number;
  /** The clinic's language: the sheet and exports are written in it. */
  language: string;
  clinic: ClinicState;
  notes: ClinicNotes;
  details: SheetDetails;
}

export type ImportErrorCode =
  | EnvelopeErrorCode
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

const fail = (code: ImportErrorCode, detail?: string): ImportResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

export function fromJson(raw: string): ImportResult {
  const envelope = readEnvelope(raw, EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_CHARS);
  if (!envelope.ok) return fail(envelope.code, envelope.detail);
  const { body: parsed, exportedAt } = envelope;
  const language = parsed.language;
  if (!isLanguageTag(language)) return fail('languageInvalid');

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

  const details = readSheetDetails(parsed.details);
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
