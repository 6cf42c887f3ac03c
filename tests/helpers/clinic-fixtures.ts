import { createClinic, type ClinicState } from '@/clinic/state';
import { createPlan, type Plan, type TemplateId } from '@/clinic/templates';
import { transition, type ClinicEvent } from '@/clinic/machine';

export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/** The people of every sample clinic: the case owner, three coaches, the facilitator. */
export const SAMPLE_PEOPLE = {
  caseOwner: 'Ada',
  coaches: ['Ben', 'Chloé', 'Dev'],
  facilitator: 'Eli',
  caseTitle: 'Leading a team through a merger',
} as const satisfies Partial<Plan>;

/** The sample people with only the first `count` coaches. */
export function samplePeople(count: number = SAMPLE_PEOPLE.coaches.length): Partial<Plan> {
  return { ...SAMPLE_PEOPLE, coaches: SAMPLE_PEOPLE.coaches.slice(0, count) };
}

export function validPlan(templateId: TemplateId = 'standard', patch: Partial<Plan> = {}): Plan {
  return { ...createPlan(templateId), ...samplePeople(), ...patch };
}

export function setupClinic(
  templateId: TemplateId = 'standard',
  patch: Partial<Plan> = {},
): ClinicState {
  return createClinic(validPlan(templateId, patch));
}

/** Applies events at instants: [[offsetMs from T0, event], ...]. */
export function run(state: ClinicState, script: Array<[number, ClinicEvent]>): ClinicState {
  return script.reduce(
    (current, [offset, event]) => transition(current, event, T0 + offset),
    state,
  );
}
