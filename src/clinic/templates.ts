import { PHASE_IDS, type PhaseId } from './phases';

export const MINUTE_MS = 60_000;
export const MIN_PHASE_MS = 30_000;
export const MAX_PHASE_MS = 180 * MINUTE_MS;
export const MAX_CLINIC_MS = 6 * 60 * MINUTE_MS;
export const MIN_COACHES = 2;
export const MAX_COACHES = 8;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5_000;

export const TEMPLATE_IDS = ['reverseMentoring', 'standard', 'quick'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

type Minutes = Record<PhaseId, number>;

// Default minutes per phase from METHOD.md: Ashoka 55, standard 70, quick 35.
const TEMPLATE_MINUTES: Record<TemplateId, Minutes> = {
  reverseMentoring: {
    roles: 5,
    presentation: 10,
    clarification: 5,
    stillness: 3,
    mirroring: 10,
    dialogue: 15,
    closing: 7,
  },
  standard: {
    roles: 5,
    presentation: 15,
    clarification: 5,
    stillness: 3,
    mirroring: 12,
    dialogue: 20,
    closing: 10,
  },
  quick: {
    roles: 2,
    presentation: 5,
    clarification: 3,
    stillness: 1,
    mirroring: 5,
    dialogue: 12,
    closing: 7,
  },
};

export type Durations = Record<PhaseId, number>;

export interface Plan {
  templateId: TemplateId | 'custom';
  /** Planned length of each phase in milliseconds. */
  durationsMs: Durations;
  caseTitle: string;
  helpWanted: string;
  caseOwner: string;
  coaches: string[];
  facilitator: string;
  showConfidentiality: boolean;
  /** Empty means the app's own localized reminder. */
  confidentialityText: string;
  /** Stillness ends by itself at its planned end instead of waiting in overtime. */
  stillnessEndsAutomatically: boolean;
  /** Wrap-up warning this long before a phase ends; 0 turns it off. */
  wrapUpMs: number;
  /** Overtime reminder every this long; 0 turns it off. */
  overtimeReminderMs: number;
}

export function templateDurations(templateId: TemplateId): Durations {
  const minutes = TEMPLATE_MINUTES[templateId];
  const durations = {} as Durations;
  for (const id of PHASE_IDS) durations[id] = minutes[id] * MINUTE_MS;
  return durations;
}

function sameDurations(a: Durations, b: Durations): boolean {
  return PHASE_IDS.every((id) => a[id] === b[id]);
}

/** The plan with one phase's length changed; still its template if the lengths match it again. */
export function withPhaseDuration(plan: Plan, phaseId: PhaseId, ms: number): Plan {
  const durationsMs = { ...plan.durationsMs, [phaseId]: ms };
  const templateId =
    plan.templateId !== 'custom' && sameDurations(durationsMs, templateDurations(plan.templateId))
      ? plan.templateId
      : 'custom';
  return { ...plan, durationsMs, templateId };
}

export function totalPlannedMs(durations: Durations): number {
  return PHASE_IDS.reduce((sum, id) => sum + durations[id], 0);
}

export function createPlan(templateId: TemplateId = 'reverseMentoring'): Plan {
  return {
    templateId,
    durationsMs: templateDurations(templateId),
    caseTitle: '',
    helpWanted: '',
    caseOwner: '',
    coaches: ['', ''],
    facilitator: '',
    showConfidentiality: true,
    confidentialityText: '',
    stillnessEndsAutomatically: false,
    wrapUpMs: MINUTE_MS,
    overtimeReminderMs: 2 * MINUTE_MS,
  };
}

export type PlanErrorCode =
  | 'phaseTooShort'
  | 'phaseTooLong'
  | 'phaseNotANumber'
  | 'clinicTooLong'
  | 'tooFewCoaches'
  | 'tooManyCoaches'
  | 'coachNameMissing'
  | 'caseOwnerMissing'
  | 'nameTooLong'
  | 'textTooLong'
  | 'wrapUpInvalid'
  | 'overtimeReminderInvalid';

/** A validation finding as data; the UI translates the code and places it by `field`. */
export interface PlanError {
  code: PlanErrorCode;
  field: string;
  phaseId?: PhaseId;
  coachIndex?: number;
}

function isValidMs(value: number): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

export function validatePlan(plan: Plan): PlanError[] {
  const errors: PlanError[] = [];
  for (const phaseId of PHASE_IDS) {
    const ms = plan.durationsMs[phaseId];
    const field = `duration.${phaseId}`;
    if (!isValidMs(ms)) errors.push({ code: 'phaseNotANumber', field, phaseId });
    else if (ms < MIN_PHASE_MS) errors.push({ code: 'phaseTooShort', field, phaseId });
    else if (ms > MAX_PHASE_MS) errors.push({ code: 'phaseTooLong', field, phaseId });
  }
  const total = totalPlannedMs(plan.durationsMs);
  if (isValidMs(total) && total > MAX_CLINIC_MS)
    errors.push({ code: 'clinicTooLong', field: 'total' });

  if (plan.caseOwner.trim() === '') errors.push({ code: 'caseOwnerMissing', field: 'caseOwner' });
  if (plan.coaches.length < MIN_COACHES) errors.push({ code: 'tooFewCoaches', field: 'coaches' });
  if (plan.coaches.length > MAX_COACHES) errors.push({ code: 'tooManyCoaches', field: 'coaches' });
  plan.coaches.forEach((name, coachIndex) => {
    const field = `coach.${coachIndex}`;
    if (name.trim() === '') errors.push({ code: 'coachNameMissing', field, coachIndex });
    else if (name.length > MAX_NAME_LENGTH) errors.push({ code: 'nameTooLong', field, coachIndex });
  });
  for (const field of ['caseOwner', 'facilitator'] as const) {
    if (plan[field].length > MAX_NAME_LENGTH) errors.push({ code: 'nameTooLong', field });
  }
  for (const field of ['caseTitle', 'helpWanted', 'confidentialityText'] as const) {
    if (plan[field].length > MAX_TEXT_LENGTH) errors.push({ code: 'textTooLong', field });
  }
  if (!isValidMs(plan.wrapUpMs) || plan.wrapUpMs < 0 || plan.wrapUpMs > 10 * MINUTE_MS) {
    errors.push({ code: 'wrapUpInvalid', field: 'wrapUp' });
  }
  if (
    !isValidMs(plan.overtimeReminderMs) ||
    plan.overtimeReminderMs < 0 ||
    plan.overtimeReminderMs > 60 * MINUTE_MS
  ) {
    errors.push({ code: 'overtimeReminderInvalid', field: 'overtimeReminder' });
  }
  return errors;
}
