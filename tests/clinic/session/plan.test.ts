import { describe, expect, it } from 'vitest';
import {
  addClinic,
  addMember,
  commonBreakMs,
  moveClinic,
  planForGroup,
  removeClinic,
  removeMember,
  renameMember,
  setBreak,
  setClinicTiming,
  setFacilitator,
  setSittingOut,
  updateClinic,
  updateSettings,
} from '@/clinic/session/plan/plan-edit';
import { validateSessionPlan } from '@/clinic/session/plan/plan-validate';
import {
  clinicPlanOf,
  createSessionPlan,
  DEFAULT_BREAK_MS,
} from '@/clinic/session/plan/session-plan';
import { schedulePlan } from '@/clinic/session/schedule';
import { templateDurations } from '@/clinic/templates';
import { MINUTE, T0, sessionPlan } from './fixtures';

const codes = (plan: Parameters<typeof validateSessionPlan>[0]) =>
  validateSessionPlan(plan).map((error) => error.code);

describe('a session plan', () => {
  it('starts from a group: one clinic per person, everyone else coaching, 10-minute breaks', () => {
    const plan = planForGroup(['Ada', 'Ben', 'Chloé', 'Dev'], 'standard');
    expect(plan.clinics).toHaveLength(4);
    expect(plan.breaksMs).toEqual([DEFAULT_BREAK_MS, DEFAULT_BREAK_MS, DEFAULT_BREAK_MS]);
    expect(clinicPlanOf(plan, plan.clinics[1]!)).toMatchObject({
      caseOwner: 'Ben',
      coaches: ['Ada', 'Chloé', 'Dev'],
      durationsMs: templateDurations('standard'),
    });
    expect(validateSessionPlan(plan)).toEqual([]);
  });

  it('lets anyone sit one clinic out, but never makes the case owner a coach', () => {
    let plan = setSittingOut(sessionPlan(), 1, 3, true);
    expect(clinicPlanOf(plan, plan.clinics[0]!).coaches).toEqual(['Ben', 'Dev', 'Eli']);
    expect(setSittingOut(plan, 1, 1, true)).toBe(plan);
    plan = setSittingOut(plan, 1, 3, false);
    expect(clinicPlanOf(plan, plan.clinics[0]!).coaches).toEqual(['Ben', 'Chloé', 'Dev', 'Eli']);
  });

  it('renames a person everywhere at once, and removing one leaves their case without owner', () => {
    let plan = renameMember(sessionPlan(), 2, 'Benedikt');
    expect(clinicPlanOf(plan, plan.clinics[1]!).caseOwner).toBe('Benedikt');
    expect(clinicPlanOf(plan, plan.clinics[0]!).coaches).toContain('Benedikt');
    plan = removeMember(plan, 2);
    expect(plan.clinics[1]!.caseOwnerId).toBeNull();
    expect(codes(plan)).toContain('caseOwnerMissing');
  });

  it('names the facilitator once, or one per clinic when the role rotates', () => {
    let plan = setFacilitator(sessionPlan(), 'rotating');
    expect(codes(plan)).toEqual([
      'facilitatorNotInGroup',
      'facilitatorNotInGroup',
      'facilitatorNotInGroup',
    ]);
    plan = updateClinic(plan, 1, { facilitatorId: 4 });
    plan = updateClinic(plan, 2, { facilitatorId: 4 });
    plan = updateClinic(plan, 3, { facilitatorId: 5 });
    expect(validateSessionPlan(plan)).toEqual([]);
    expect(clinicPlanOf(plan, plan.clinics[2]!).facilitator).toBe('Eli');
  });

  it('keeps the breaks in their places when clinics move, and one fewer than the clinics', () => {
    let plan = setBreak(sessionPlan(), 1, 20 * MINUTE);
    plan = moveClinic(plan, 3, 0);
    expect(plan.clinics.map((c) => c.id)).toEqual([3, 1, 2]);
    expect(plan.breaksMs).toEqual([10 * MINUTE, 20 * MINUTE]);
    expect(commonBreakMs(plan)).toBeNull();
    plan = removeClinic(plan, 2);
    expect(plan.breaksMs).toEqual([10 * MINUTE]);
    plan = addClinic(plan, 4);
    expect(plan.breaksMs).toEqual([10 * MINUTE, 10 * MINUTE]);
    expect(plan.clinics[2]).toMatchObject({ id: 4, caseOwnerId: 4, templateId: 'quick' });
  });

  it('refuses edits that do not apply by returning the same plan', () => {
    const plan = sessionPlan();
    expect(moveClinic(plan, 99, 0)).toBe(plan);
    expect(moveClinic(plan, 1, 0)).toBe(plan);
    expect(updateClinic(plan, 1, { caseTitle: 'A merger' })).toBe(plan);
    expect(updateClinic(plan, 1, { caseTitle: undefined })).toBe(plan);
    expect(updateSettings(plan, { wrapUpMs: plan.settings.wrapUpMs })).toBe(plan);
    expect(removeMember(plan, 99)).toBe(plan);
    let full = plan;
    for (const name of ['F', 'G', 'H', 'I']) full = addMember(full, name);
    expect(addMember(full, 'J')).toBe(full);
    let many = plan;
    for (let i = 0; i < 3; i += 1) many = addClinic(many, 4);
    expect(addClinic(many, 5)).toBe(many);
  });

  it('knows a built-in template by its lengths, and calls anything else custom', () => {
    const plan = setClinicTiming(sessionPlan(), 1, { ...templateDurations('standard') });
    expect(plan.clinics[0]!.templateId).toBe('standard');
    const custom = setClinicTiming(plan, 1, {
      ...templateDurations('standard'),
      roles: 4 * MINUTE,
    });
    expect(custom.clinics[0]!.templateId).toBe('custom');
  });
});

describe('validating a session plan', () => {
  it('asks for 3 to 9 people with distinct names', () => {
    expect(codes({ ...sessionPlan(), group: sessionPlan().group.slice(0, 2) })).toContain(
      'groupTooSmall',
    );
    let plan = renameMember(sessionPlan(), 2, ' ada ');
    expect(validateSessionPlan(plan)).toContainEqual({
      code: 'memberNameDuplicate',
      field: 'member.2',
      memberId: 2,
    });
    plan = renameMember(sessionPlan(), 4, '   ');
    expect(codes(plan)).toEqual(['memberNameMissing']);
    plan = renameMember(sessionPlan(), 4, 'x'.repeat(201));
    expect(codes(plan)).toEqual(['memberNameTooLong']);
  });

  it('asks for 1 to 6 clinics, each within the clinic rules', () => {
    expect(codes(createSessionPlan())).toEqual(['groupTooSmall', 'tooFewClinics']);
    // A group of three where one sits out leaves a clinic with one coach.
    let plan = planForGroup(['Ada', 'Ben', 'Chloé'], 'quick');
    plan = setSittingOut(plan, 1, 3, true);
    expect(validateSessionPlan(plan)).toEqual([
      { code: 'tooFewCoaches', field: 'clinic.1.coaches', clinicId: 1, clinicIndex: 0 },
    ]);
    plan = setClinicTiming(sessionPlan(), 2, { ...templateDurations('quick'), stillness: 10_000 });
    expect(validateSessionPlan(plan)).toEqual([
      {
        code: 'phaseTooShort',
        field: 'clinic.2.duration.stillness',
        phaseId: 'stillness',
        clinicId: 2,
        clinicIndex: 1,
      },
    ]);
  });

  it('asks for breaks of 0 to 60 minutes and a real end time', () => {
    expect(codes(setBreak(sessionPlan(), 0, 61 * MINUTE))).toEqual(['breakInvalid']);
    expect(codes(setBreak(sessionPlan(), 0, 0))).toEqual([]);
    expect(codes({ ...sessionPlan(), breaksMs: [0] })).toEqual(['breaksMismatch']);
    expect(codes({ ...sessionPlan(), endBy: Number.POSITIVE_INFINITY })).toEqual(['endByInvalid']);
  });
});

describe('the schedule of a plan', () => {
  it('shows each clinic and break with its start and end, and the session end', () => {
    const schedule = schedulePlan(sessionPlan(), T0);
    expect(
      schedule.items.map((item) => [
        item.kind,
        (item.startAt - T0) / MINUTE,
        (item.endAt - T0) / MINUTE,
      ]),
    ).toEqual([
      ['clinic', 0, 35],
      ['break', 35, 45],
      ['clinic', 45, 80],
      ['break', 80, 90],
      ['clinic', 90, 125],
    ]);
    expect(schedule.items.every((item) => item.progress === 'planned')).toBe(true);
    expect(schedule.endAt).toBe(T0 + 125 * MINUTE);
  });
});
