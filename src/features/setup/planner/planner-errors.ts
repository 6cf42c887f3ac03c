import { useTranslation } from 'react-i18next';
import type {
  SessionPlanError,
  SessionPlanErrorCode,
} from '../../../clinic/session/plan/plan-validate';
import type { SessionPlan } from '../../../clinic/session/plan/session-plan';
import type { PlanErrorCode } from '../../../clinic/templates';

/** The message for the first error of a field, if it has one. */
export type PlannerErrorText = (field: string) => string | undefined;

// The session's own rules translate under session.errors, a clinic's rules as in the setup.
const SESSION_CODES: Record<SessionPlanErrorCode, true> = {
  groupTooSmall: true,
  groupTooLarge: true,
  memberNameMissing: true,
  memberNameTooLong: true,
  memberNameDuplicate: true,
  tooFewClinics: true,
  tooManyClinics: true,
  caseOwnerNotInGroup: true,
  facilitatorNotInGroup: true,
  breakInvalid: true,
  breaksMismatch: true,
  endByInvalid: true,
};

function isSessionCode(code: string): code is SessionPlanErrorCode {
  return code in SESSION_CODES;
}

/**
 * Where an error shows: a fixed facilitator is typed once, so its error (found in every clinic)
 * belongs to that one field.
 */
function fieldOf(plan: SessionPlan, error: SessionPlanError): string {
  const fixedName = plan.facilitatorMode === 'fixed' && error.field.endsWith('.facilitator');
  return fixedName ? 'facilitator' : error.field;
}

export interface PlannerErrors {
  errorText: PlannerErrorText;
  /** Every problem once, with where it is: "Case 2: Name the case owner." */
  summary: string[];
}

/** A case whose owner is chosen but not yet named: the person's own field says so already. */
function saidByGroup(plan: SessionPlan, error: SessionPlanError): boolean {
  if (error.code !== 'caseOwnerMissing') return false;
  const clinic = plan.clinics.find((c) => c.id === error.clinicId);
  return plan.group.some((member) => member.id === clinic?.caseOwnerId);
}

export function usePlannerErrors(plan: SessionPlan, found: SessionPlanError[]): PlannerErrors {
  const { t } = useTranslation();
  const errors = found.filter((error) => !saidByGroup(plan, error));
  const message = (code: SessionPlanErrorCode | PlanErrorCode) =>
    isSessionCode(code) ? t(`session.errors.${code}`) : t(`errors.${code}`);
  const place = (error: SessionPlanError): string | null => {
    if (error.memberId !== undefined) {
      const index = plan.group.findIndex((member) => member.id === error.memberId);
      return t('planner.member', { number: index + 1 });
    }
    if (error.clinicIndex !== undefined && fieldOf(plan, error) !== 'facilitator') {
      return t('planner.clinic', { number: error.clinicIndex + 1 });
    }
    if (error.field.startsWith('break')) return t('planner.breakMinutes');
    if (fieldOf(plan, error) === 'facilitator') return t('planner.facilitatorName');
    if (error.field === 'endBy') return t('endBy.label');
    return null;
  };
  const summary = new Set<string>();
  for (const error of errors) {
    const where = place(error);
    const text = message(error.code);
    summary.add(where ? t('planner.errorIn', { place: where, message: text }) : text);
  }
  return {
    errorText: (field) => {
      const found = errors.find((error) => fieldOf(plan, error) === field);
      return found ? message(found.code) : undefined;
    },
    summary: [...summary],
  };
}
