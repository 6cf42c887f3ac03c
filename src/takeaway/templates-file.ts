import {
  MAX_OWN_TEMPLATES,
  MAX_TEMPLATE_NAME_LENGTH,
  validateTemplateContent,
  type OwnTemplate,
} from '../clinic/own-templates';
import { sameName } from '../clinic/session/plan/plan-validate';
import { PHASE_IDS } from '../clinic/phases';
import { MINUTE_MS, type Durations } from '../clinic/templates';
import { isObject, readEnvelope, type EnvelopeErrorCode, type Json } from './json-envelope';

// The user's own templates as a JSON file to share or keep: lengths in minutes, so a person can
// read and edit it. Versioned like the clinic's file; reading checks every field and answers
// with a code the UI translates (`templates.fileErrors.<code>`), with the template's place.

export const TEMPLATES_FORMAT = 'case-clinic-timer/templates';
export const TEMPLATES_VERSION = 1;
/** Fifty templates are a few tens of kilobytes. */
export const MAX_TEMPLATES_FILE_CHARS = 500_000;

export type TemplatesImportErrorCode =
  | EnvelopeErrorCode
  | 'templatesNotList'
  | 'tooManyTemplates'
  | 'templateNotObject'
  | 'templateNameInvalid'
  | 'templateNameDuplicate'
  | 'phaseMinutesInvalid'
  | 'wrapUpInvalid'
  | 'stillnessInvalid'
  | 'confidentialityInvalid'
  | 'groupInvalid'
  | 'timingInvalid';

export interface TemplatesImportError {
  code: TemplatesImportErrorCode;
  /** The template's place in the file (1-based) and the rule, when it is about one template. */
  detail?: string;
}

export type TemplatesImportResult =
  | { ok: true; templates: OwnTemplate[]; exportedAt: number }
  | { ok: false; error: TemplatesImportError };

const toMinutes = (ms: number) => ms / MINUTE_MS;
const toMs = (minutes: number) => Math.round(minutes * MINUTE_MS);

export function templatesToJson(templates: OwnTemplate[], exportedAt: number): string {
  const file = {
    format: TEMPLATES_FORMAT,
    version: TEMPLATES_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    templates: templates.map((t) => ({
      name: t.name,
      phaseMinutes: Object.fromEntries(PHASE_IDS.map((id) => [id, toMinutes(t.durationsMs[id])])),
      wrapUpMinutes: toMinutes(t.wrapUpMs),
      stillnessEndsAutomatically: t.stillnessEndsAutomatically,
      confidentialityText: t.confidentialityText,
      group: t.group,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

class TemplateProblem extends Error {
  constructor(
    readonly code: TemplatesImportErrorCode,
    readonly detail: string,
  ) {
    super(code);
  }
}

const isMinutes = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readTemplate(value: unknown, index: number): OwnTemplate {
  const at = String(index + 1);
  const problem = (code: TemplatesImportErrorCode, rule?: string) =>
    new TemplateProblem(code, rule ? `${at}: ${rule}` : at);
  if (!isObject(value)) throw problem('templateNotObject');
  const name = value.name;
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    name.trim().length > MAX_TEMPLATE_NAME_LENGTH
  ) {
    throw problem('templateNameInvalid');
  }
  const minutes = value.phaseMinutes;
  if (!isObject(minutes) || !PHASE_IDS.every((id) => isMinutes((minutes as Json)[id]))) {
    throw problem('phaseMinutesInvalid');
  }
  if (!isMinutes(value.wrapUpMinutes)) throw problem('wrapUpInvalid');
  if (typeof value.stillnessEndsAutomatically !== 'boolean') throw problem('stillnessInvalid');
  if (typeof value.confidentialityText !== 'string') throw problem('confidentialityInvalid');
  const group = value.group ?? null;
  if (group !== null && !(Array.isArray(group) && group.every((n) => typeof n === 'string'))) {
    throw problem('groupInvalid');
  }
  const content = {
    durationsMs: Object.fromEntries(
      PHASE_IDS.map((id) => [id, toMs(minutes[id] as number)]),
    ) as Durations,
    wrapUpMs: toMs(value.wrapUpMinutes),
    stillnessEndsAutomatically: value.stillnessEndsAutomatically,
    confidentialityText: value.confidentialityText,
    group: group === null ? null : (group as string[]).map((n) => n.trim()),
  };
  const error = validateTemplateContent(content);
  if (error)
    throw problem(error.code === 'groupInvalid' ? 'groupInvalid' : 'timingInvalid', error.detail);
  return { id: index + 1, name: name.trim(), ...content };
}

export function templatesFromJson(raw: string): TemplatesImportResult {
  const envelope = readEnvelope(raw, TEMPLATES_FORMAT, TEMPLATES_VERSION, MAX_TEMPLATES_FILE_CHARS);
  if (!envelope.ok) {
    const error =
      envelope.detail === undefined
        ? { code: envelope.code }
        : { code: envelope.code, detail: envelope.detail };
    return { ok: false, error };
  }
  const list = envelope.body.templates;
  if (!Array.isArray(list)) return { ok: false, error: { code: 'templatesNotList' } };
  if (list.length > MAX_OWN_TEMPLATES) return { ok: false, error: { code: 'tooManyTemplates' } };
  try {
    const templates = list.map(readTemplate);
    const repeated = templates.findIndex((t, i) =>
      templates.slice(0, i).some((other) => sameName(other.name, t.name)),
    );
    if (repeated >= 0) {
      return { ok: false, error: { code: 'templateNameDuplicate', detail: String(repeated + 1) } };
    }
    return { ok: true, templates, exportedAt: envelope.exportedAt };
  } catch (error) {
    if (error instanceof TemplateProblem) {
      return { ok: false, error: { code: error.code, detail: error.detail } };
    }
    throw error;
  }
}
