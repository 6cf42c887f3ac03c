import { describe, expect, it } from 'vitest';
import {
  MINUTE_MS,
  TEMPLATE_IDS,
  createPlan,
  templateDurations,
  totalPlannedMs,
  validatePlan,
  type Plan,
} from '@/clinic/templates';
import { PHASES, PHASE_IDS } from '@/clinic/phases';
import { validPlan } from '../helpers/clinic-fixtures';

const codes = (plan: Plan) => validatePlan(plan).map((error) => `${error.code}@${error.field}`);

describe('phases', () => {
  it('are the seven phases of the method, in order, with who speaks', () => {
    expect(PHASES.map((p) => `${p.id}:${p.speakers}`)).toEqual([
      'roles:everyone',
      'presentation:caseOwnerOnly',
      'clarification:coachesAskOwnerAnswers',
      'stillness:nobody',
      'mirroring:coachesOneAtATime',
      'dialogue:everyone',
      'closing:coachesThenOwner',
    ]);
  });
});

describe('templates', () => {
  it.each([
    ['reverseMentoring', 55],
    ['standard', 70],
    ['quick', 35],
  ] as const)('%s lasts %i minutes', (id, minutes) => {
    expect(totalPlannedMs(templateDurations(id))).toBe(minutes * MINUTE_MS);
  });

  it('give the presentation its ten minutes in reverse mentoring', () => {
    expect(templateDurations('reverseMentoring').presentation).toBe(10 * MINUTE_MS);
  });

  it('are all valid once names are filled in', () => {
    for (const id of TEMPLATE_IDS) expect(validatePlan(validPlan(id))).toEqual([]);
  });
});

describe('validatePlan', () => {
  it('asks for a case owner and named coaches in a fresh plan', () => {
    expect(codes(createPlan())).toEqual([
      'caseOwnerMissing@caseOwner',
      'coachNameMissing@coach.0',
      'coachNameMissing@coach.1',
    ]);
  });

  it('bounds each phase between 30 seconds and 180 minutes', () => {
    const plan = validPlan();
    plan.durationsMs = { ...plan.durationsMs, roles: 29_999, dialogue: 180 * MINUTE_MS + 1 };
    expect(codes(plan)).toEqual(['phaseTooShort@duration.roles', 'phaseTooLong@duration.dialogue']);
    plan.durationsMs = { ...plan.durationsMs, roles: 30_000, dialogue: 180 * MINUTE_MS };
    expect(codes(plan)).toEqual([]);
  });

  it('rejects a duration that is not a number', () => {
    const plan = validPlan();
    plan.durationsMs = { ...plan.durationsMs, stillness: Number.NaN };
    expect(codes(plan)).toEqual(['phaseNotANumber@duration.stillness']);
  });

  it('bounds the whole clinic at six hours', () => {
    const plan = validPlan();
    plan.durationsMs = Object.fromEntries(
      PHASE_IDS.map((id) => [id, 52 * MINUTE_MS]),
    ) as Plan['durationsMs'];
    expect(codes(plan)).toEqual(['clinicTooLong@total']);
  });

  it('wants 2 to 8 coaches with names', () => {
    expect(codes(validPlan('standard', { coaches: ['Ben'] }))).toEqual(['tooFewCoaches@coaches']);
    expect(
      codes(validPlan('standard', { coaches: Array.from({ length: 9 }, (_, i) => `C${i}`) })),
    ).toEqual(['tooManyCoaches@coaches']);
    expect(codes(validPlan('standard', { coaches: ['Ben', '   '] }))).toEqual([
      'coachNameMissing@coach.1',
    ]);
  });

  it('refuses a 10,000-character name without throwing', () => {
    expect(codes(validPlan('standard', { caseOwner: 'x'.repeat(10_000) }))).toEqual([
      'nameTooLong@caseOwner',
    ]);
  });

  it('checks the wrap-up and overtime settings', () => {
    expect(codes(validPlan('standard', { wrapUpMs: -1, overtimeReminderMs: Number.NaN }))).toEqual([
      'wrapUpInvalid@wrapUp',
      'overtimeReminderInvalid@overtimeReminder',
    ]);
  });
});
