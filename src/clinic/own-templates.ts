import { PHASE_IDS } from './phases';
import { templateIdOf } from './session/plan/plan-edit';
import { MAX_GROUP, MIN_GROUP, type SessionPlan } from './session/plan/session-plan';
import { sameName } from './session/plan/plan-validate';
import { MAX_NAME_LENGTH, createPlan, validatePlan, type Durations, type Plan } from './templates';

// The user's own templates: a plan's timing and habits saved under a name, to choose next time.
// Pure functions over a list; every change returns a new list, or a coded error the UI
// translates (`templates.errors.<code>`).

export const MAX_TEMPLATE_NAME_LENGTH = 60;
export const MAX_OWN_TEMPLATES = 50;

export interface OwnTemplate {
  id: number;
  name: string;
  durationsMs: Durations;
  wrapUpMs: number;
  stillnessEndsAutomatically: boolean;
  confidentialityText: string;
  /** The group's names when saved with it (for a group that meets again); null otherwise. */
  group: string[] | null;
}

export type TemplateContent = Omit<OwnTemplate, 'id' | 'name'>;

export type OwnTemplateErrorCode =
  | 'nameMissing'
  | 'nameTooLong'
  | 'nameTaken'
  | 'tooManyTemplates'
  | 'notFound'
  | 'timingInvalid'
  | 'groupInvalid';

export interface OwnTemplateError {
  code: OwnTemplateErrorCode;
  detail?: string;
}

export type OwnTemplatesResult =
  | { ok: true; templates: OwnTemplate[]; template: OwnTemplate }
  | { ok: false; error: OwnTemplateError };

const fail = (code: OwnTemplateErrorCode, detail?: string): OwnTemplatesResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/** What a plan contributes to a template; the group only when asked for. */
export function templateContentOf(plan: Plan, group: string[] | null = null): TemplateContent {
  return {
    durationsMs: { ...plan.durationsMs },
    wrapUpMs: plan.wrapUpMs,
    stillnessEndsAutomatically: plan.stillnessEndsAutomatically,
    confidentialityText: plan.confidentialityText,
    group: group === null ? null : group.map((name) => name.trim()),
  };
}

/** The same rules as a clinic's plan (phase lengths, wrap-up, text) and the session's group. */
export function validateTemplateContent(content: TemplateContent): OwnTemplateError | null {
  const plan: Plan = {
    ...createPlan(),
    ...content,
    caseOwner: 'owner',
    coaches: ['coach', 'coach'],
  };
  const error = validatePlan(plan)[0];
  if (error) return { code: 'timingInvalid', detail: `${error.field}: ${error.code}` };
  const { group } = content;
  if (group === null) return null;
  const names = group.map((name) => name.trim());
  const badName = names.some((name) => name === '' || name.length > MAX_NAME_LENGTH);
  const repeated = names.some((name, i) =>
    names.slice(0, i).some((other) => sameName(other, name)),
  );
  if (names.length < MIN_GROUP || names.length > MAX_GROUP || badName || repeated) {
    return { code: 'groupInvalid' };
  }
  return null;
}

function checkName(
  templates: OwnTemplate[],
  name: string,
  exceptId: number | null,
): OwnTemplateError | null {
  const trimmed = name.trim();
  if (trimmed === '') return { code: 'nameMissing' };
  if (trimmed.length > MAX_TEMPLATE_NAME_LENGTH) return { code: 'nameTooLong' };
  const taken = templates.some((t) => t.id !== exceptId && sameName(t.name, trimmed));
  return taken ? { code: 'nameTaken' } : null;
}

/** Saves a new template under a name no other template has. */
export function saveOwnTemplate(
  templates: OwnTemplate[],
  name: string,
  content: TemplateContent,
): OwnTemplatesResult {
  if (templates.length >= MAX_OWN_TEMPLATES) return fail('tooManyTemplates');
  const error = checkName(templates, name, null) ?? validateTemplateContent(content);
  if (error) return fail(error.code, error.detail);
  const id = templates.reduce((max, t) => Math.max(max, t.id), 0) + 1;
  const template: OwnTemplate = { id, name: name.trim(), ...content };
  return { ok: true, templates: [...templates, template], template };
}

/** Replaces what a template holds, keeping its name (save over an existing one). */
export function updateOwnTemplate(
  templates: OwnTemplate[],
  id: number,
  content: TemplateContent,
): OwnTemplatesResult {
  const existing = templates.find((t) => t.id === id);
  if (!existing) return fail('notFound');
  const error = validateTemplateContent(content);
  if (error) return fail(error.code, error.detail);
  const template = { ...existing, ...content };
  return { ok: true, templates: templates.map((t) => (t.id === id ? template : t)), template };
}

export function renameOwnTemplate(
  templates: OwnTemplate[],
  id: number,
  name: string,
): OwnTemplatesResult {
  const existing = templates.find((t) => t.id === id);
  if (!existing) return fail('notFound');
  const error = checkName(templates, name, id);
  if (error) return fail(error.code);
  const template = { ...existing, name: name.trim() };
  return { ok: true, templates: templates.map((t) => (t.id === id ? template : t)), template };
}

/** The list without that template; the very same list when there is no such template. */
export function deleteOwnTemplate(templates: OwnTemplate[], id: number): OwnTemplate[] {
  return templates.some((t) => t.id === id) ? templates.filter((t) => t.id !== id) : templates;
}

/** "Name", or "Name (2)", "Name (3)"... : the first that no template in the list has. */
function freeName(templates: OwnTemplate[], name: string): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${name.slice(0, MAX_TEMPLATE_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!templates.some((t) => sameName(t.name, candidate))) return candidate;
  }
}

/**
 * Adds imported templates to the list; one whose name is taken gets a number after it. Refused
 * as a whole when the list would grow past its limit, so nothing is half-imported.
 */
export function mergeOwnTemplates(
  templates: OwnTemplate[],
  imported: OwnTemplate[],
): { ok: true; templates: OwnTemplate[] } | { ok: false; error: OwnTemplateError } {
  if (templates.length + imported.length > MAX_OWN_TEMPLATES) {
    return { ok: false, error: { code: 'tooManyTemplates' } };
  }
  let merged = templates;
  for (const template of imported) {
    const id = merged.reduce((max, t) => Math.max(max, t.id), 0) + 1;
    merged = [...merged, { ...template, id, name: freeName(merged, template.name.trim()) }];
  }
  return { ok: true, templates: merged };
}

/** A single clinic's plan with a template's timing and habits; the people stay. */
export function applyOwnTemplate(plan: Plan, template: OwnTemplate): Plan {
  return {
    ...plan,
    durationsMs: { ...template.durationsMs },
    templateId: templateIdOf(template.durationsMs),
    wrapUpMs: template.wrapUpMs,
    stillnessEndsAutomatically: template.stillnessEndsAutomatically,
    confidentialityText: template.confidentialityText,
  };
}

/**
 * A session plan with a template's timing for every clinic and its habits; a template saved
 * with a group fills the group when the plan has nobody in it yet.
 */
export function applyOwnTemplateToSession(plan: SessionPlan, template: OwnTemplate): SessionPlan {
  const templateId = templateIdOf(template.durationsMs);
  const fillGroup = plan.group.length === 0 && template.group !== null;
  const group = fillGroup
    ? template.group!.map((name, index) => ({ id: plan.nextMemberId + index, name }))
    : plan.group;
  return {
    ...plan,
    group,
    nextMemberId: plan.nextMemberId + (fillGroup ? group.length : 0),
    clinics: plan.clinics.map((clinic) => ({
      ...clinic,
      templateId,
      durationsMs: Object.fromEntries(
        PHASE_IDS.map((id) => [id, template.durationsMs[id]]),
      ) as Durations,
    })),
    settings: {
      ...plan.settings,
      wrapUpMs: template.wrapUpMs,
      stillnessEndsAutomatically: template.stillnessEndsAutomatically,
      confidentialityText: template.confidentialityText,
    },
  };
}
