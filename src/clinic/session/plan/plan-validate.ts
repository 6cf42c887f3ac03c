import type { PhaseId } from '../../phases';
import { MAX_NAME_LENGTH, validatePlan, type PlanErrorCode } from '../../templates';
import {
  MAX_BREAK_MS,
  MAX_CLINICS,
  MAX_GROUP,
  MIN_CLINICS,
  MIN_GROUP,
  clinicPlanOf,
  type SessionPlan,
} from './session-plan';

export type SessionPlanErrorCode =
  | 'groupTooSmall'
  | 'groupTooLarge'
  | 'memberNameMissing'
  | 'memberNameTooLong'
  | 'memberNameDuplicate'
  | 'tooFewClinics'
  | 'tooManyClinics'
  | 'caseOwnerNotInGroup'
  | 'facilitatorNotInGroup'
  | 'breakInvalid'
  | 'breaksMismatch'
  | 'endByInvalid';

/**
 * A finding as data, like the single clinic's PlanError: the UI translates the code
 * (`session.errors.<code>`, or `errors.<code>` for a clinic's own rule) and places it by field.
 */
export interface SessionPlanError {
  code: SessionPlanErrorCode | PlanErrorCode;
  field: string;
  memberId?: number;
  clinicId?: number;
  /** 0-based place of the clinic in the running order. */
  clinicIndex?: number;
  gapIndex?: number;
  phaseId?: PhaseId;
  coachIndex?: number;
}

/** Names compare as people read them: trimmed and regardless of case. */
export function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

function validateGroup(plan: SessionPlan): SessionPlanError[] {
  const errors: SessionPlanError[] = [];
  if (plan.group.length < MIN_GROUP) errors.push({ code: 'groupTooSmall', field: 'group' });
  if (plan.group.length > MAX_GROUP) errors.push({ code: 'groupTooLarge', field: 'group' });
  plan.group.forEach((member, index) => {
    const at = { field: `member.${member.id}`, memberId: member.id };
    if (member.name.trim() === '') errors.push({ code: 'memberNameMissing', ...at });
    else if (member.name.length > MAX_NAME_LENGTH) {
      errors.push({ code: 'memberNameTooLong', ...at });
    } else if (plan.group.slice(0, index).some((other) => sameName(other.name, member.name))) {
      errors.push({ code: 'memberNameDuplicate', ...at });
    }
  });
  return errors;
}

// The case owner's and the coaches' names come from the group, whose own checks already speak of
// a missing or long name; only a fixed facilitator's name is typed for the clinic itself.
function coveredByGroup(plan: SessionPlan, error: { code: PlanErrorCode; field: string }): boolean {
  if (error.code === 'coachNameMissing') return true;
  const typedHere = error.field === 'facilitator' && plan.facilitatorMode === 'fixed';
  return error.code === 'nameTooLong' && !typedHere;
}

function validateClinics(plan: SessionPlan): SessionPlanError[] {
  const errors: SessionPlanError[] = [];
  if (plan.clinics.length < MIN_CLINICS) errors.push({ code: 'tooFewClinics', field: 'clinics' });
  if (plan.clinics.length > MAX_CLINICS) errors.push({ code: 'tooManyClinics', field: 'clinics' });
  const inGroup = (id: number | null) => plan.group.some((member) => member.id === id);
  plan.clinics.forEach((clinic, clinicIndex) => {
    const at = { clinicId: clinic.id, clinicIndex };
    const prefix = `clinic.${clinic.id}`;
    const ownerGone = clinic.caseOwnerId !== null && !inGroup(clinic.caseOwnerId);
    if (ownerGone)
      errors.push({ code: 'caseOwnerNotInGroup', field: `${prefix}.caseOwner`, ...at });
    if (plan.facilitatorMode === 'rotating' && !inGroup(clinic.facilitatorId)) {
      errors.push({ code: 'facilitatorNotInGroup', field: `${prefix}.facilitator`, ...at });
    }
    for (const error of validatePlan(clinicPlanOf(plan, clinic))) {
      if (coveredByGroup(plan, error) || (ownerGone && error.code === 'caseOwnerMissing')) continue;
      errors.push({ ...error, field: `${prefix}.${error.field}`, ...at });
    }
  });
  return errors;
}

function validateBreaks(plan: SessionPlan): SessionPlanError[] {
  const errors: SessionPlanError[] = [];
  if (plan.breaksMs.length !== Math.max(0, plan.clinics.length - 1)) {
    errors.push({ code: 'breaksMismatch', field: 'breaks' });
  }
  plan.breaksMs.forEach((ms, gapIndex) => {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_BREAK_MS) {
      errors.push({ code: 'breakInvalid', field: `break.${gapIndex}`, gapIndex });
    }
  });
  return errors;
}

/**
 * Every rule a session must keep before it starts: the group's, each clinic's (its own plan
 * checked by the single clinic's validatePlan, so the coach limits 2-8 still hold) and the
 * breaks'. An end time that the plan cannot meet is not an error here: fitSession says so.
 */
export function validateSessionPlan(plan: SessionPlan): SessionPlanError[] {
  const errors = [...validateGroup(plan), ...validateClinics(plan), ...validateBreaks(plan)];
  if (plan.endBy !== null && !Number.isSafeInteger(plan.endBy)) {
    errors.push({ code: 'endByInvalid', field: 'endBy' });
  }
  return errors;
}
