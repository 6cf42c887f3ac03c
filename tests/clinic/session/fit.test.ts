import { describe, expect, it } from 'vitest';
import { fitClinic, fitPlan, setClinicFittedLengths } from '@/clinic/session/fit/fit-session';
import { transitionSession } from '@/clinic/session/machine';
import { schedulePlan, sessionForecast, sessionSchedule } from '@/clinic/session/schedule';
import { phaseFloorMs } from '@/clinic/session/timeline';
import { forecast } from '@/clinic/clock';
import { PHASE_IDS } from '@/clinic/phases';
import { templateDurations } from '@/clinic/templates';
import { MINUTE, NEXT, SECOND, T0, plannedSession, runSession, sessionPlan } from './fixtures';
import { run, setupClinic } from '../../helpers/clinic-fixtures';
import type { FitChange } from '@/clinic/session/state';

const at = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;
const sum = (lengths: FitChange[], pick: 'beforeMs' | 'afterMs') =>
  lengths.reduce((total, change) => total + change[pick], 0);
const breaksOf = (lengths: FitChange[]) => lengths.filter((c) => c.key.kind === 'break');
const phasesOf = (lengths: FitChange[]) => lengths.filter((c) => c.key.kind === 'phase');

// Three standard clinics (70 min each) and two 10-minute breaks: 230 minutes from T0.
const standard = (endMinutes: number) => sessionPlan('standard', { endBy: T0 + at(endMinutes) });

describe('fitting a plan before the start', () => {
  it('says there is nothing to fit when the plan already ends in time', () => {
    expect(fitPlan(standard(240), T0)).toEqual({
      status: 'onTime',
      endAt: T0 + at(240),
      expectedEndAt: T0 + at(230),
    });
  });

  it('shortens the breaks first, down to five minutes, and leaves the phases alone', () => {
    const fit = fitPlan(standard(222), T0);
    if (fit.status !== 'fitted') throw new Error(fit.status);
    expect(fit.expectedEndAt).toBe(T0 + at(230));
    expect(breaksOf(fit.lengths).map((c) => c.afterMs)).toEqual([at(6), at(6)]);
    expect(phasesOf(fit.lengths).every((c) => c.afterMs === c.beforeMs)).toBe(true);
    expect(sum(fit.lengths, 'afterMs')).toBe(at(222));
  });

  it('then shrinks every phase by one factor, landing on the end time to the millisecond', () => {
    const fit = fitPlan(standard(200), T0);
    if (fit.status !== 'fitted') throw new Error(fit.status);
    expect(breaksOf(fit.lengths).map((c) => c.afterMs)).toEqual([at(5), at(5)]);
    // 210 minutes of phases into 190: each is 19/21 of its planned length, to the second.
    for (const change of phasesOf(fit.lengths)) {
      expect(Math.abs(change.afterMs - (change.beforeMs * 19) / 21)).toBeLessThan(SECOND);
      expect(change.afterMs % SECOND).toBe(0);
    }
    expect(sum(fit.lengths, 'afterMs')).toBe(at(200));
    const state = transitionSession(
      plannedSession('standard', { endBy: T0 + at(200) }),
      { type: 'fitToEnd' },
      T0,
    );
    expect(schedulePlan(state.plan, T0).endAt).toBe(T0 + at(200));
  });

  it('keeps a phase at its floor (its quick length) and shrinks the others further', () => {
    // 210 into 120 minutes of phases: a factor of 4/7 would put closing (10, floor 7),
    // dialogue (20, floor 12) and clarification (5, floor 3) under their floors.
    const fit = fitPlan(standard(130), T0);
    if (fit.status !== 'fitted') throw new Error(fit.status);
    const quick = templateDurations('quick');
    const byPhase = (phaseId: string) =>
      phasesOf(fit.lengths).filter((c) => c.key.kind === 'phase' && c.key.phaseId === phaseId);
    for (const phaseId of ['closing', 'dialogue', 'clarification'] as const) {
      expect(byPhase(phaseId).map((c) => c.afterMs)).toEqual([
        quick[phaseId],
        quick[phaseId],
        quick[phaseId],
      ]);
    }
    for (const change of phasesOf(fit.lengths))
      expect(change.afterMs).toBeGreaterThanOrEqual(change.floorMs);
    // The free phases share one factor: presentation 15 and mirroring 12 keep their ratio.
    const presentation = byPhase('presentation')[0]!.afterMs;
    const mirroring = byPhase('mirroring')[0]!.afterMs;
    expect(Math.abs(presentation / mirroring - 15 / 12)).toBeLessThan(0.01);
    expect(sum(fit.lengths, 'afterMs')).toBe(at(130));
  });

  it('refuses what cannot fit even at every floor, naming the case to drop and the time missing', () => {
    // At their floors: three quick clinics (105) and two 5-minute breaks (10) = 115 minutes.
    expect(fitPlan(standard(100), T0)).toEqual({
      status: 'refused',
      code: 'cannotFit',
      endAt: T0 + at(100),
      expectedEndAt: T0 + at(230),
      missingMs: at(15),
      dropClinicIds: [3],
    });
    const hopeless = fitPlan(standard(30), T0);
    expect(hopeless).toMatchObject({ code: 'cannotFit', missingMs: at(85), dropClinicIds: [] });
    const twoToDrop = fitPlan(standard(60), T0);
    expect(twoToDrop).toMatchObject({ missingMs: at(55), dropClinicIds: [3, 2] });
  });

  it('refuses without an end time', () => {
    expect(fitPlan(sessionPlan(), T0)).toEqual({ status: 'refused', code: 'noEndTime' });
  });
});

describe('fitting the rest while the session runs', () => {
  // Ada's clinic started at T0 and ran long: 25 minutes in presentation (planned 15).
  const late = () =>
    runSession(plannedSession('standard', { endBy: T0 + at(230) }), [
      [0, { type: 'start' }],
      [at(5), NEXT],
      [at(30), { type: 'clinic', event: { type: 'extend', deltaMs: 2 * MINUTE } }],
    ]);

  it('keeps what the running phase has and what has passed, and shrinks the rest', () => {
    const now = T0 + at(31, 15);
    // Presentation is 9:15 over its 17 minutes: it ends now. Then 50 minutes of this clinic,
    // a break, a clinic, a break, a clinic: 160. Expected at 241:15, 11:15 after the end time.
    expect(sessionForecast(late(), now)).toMatchObject({
      expectedEndAt: T0 + at(241, 15),
      endByDeltaMs: at(11, 15),
    });
    const fitted = transitionSession(late(), { type: 'fitToEnd' }, now);
    expect(sessionForecast(fitted, now)?.expectedEndAt).toBe(T0 + at(230));
    expect(sessionSchedule(fitted, now).endAt).toBe(T0 + at(230));
    const run = fitted.runs[0]!;
    const standardMs = templateDurations('standard');
    expect(run.plan.durationsMs.roles).toBe(standardMs.roles);
    expect(run.plan.durationsMs.presentation).toBe(standardMs.presentation);
    expect(run.records[1]!.extensionMs).toBe(2 * MINUTE);
    expect(run.plan.durationsMs.dialogue).toBeLessThan(standardMs.dialogue);
    expect(run.plan.templateId).toBe('custom');
    expect(fitted.plan.breaksMs).toEqual([at(5), at(5)]);
    // The clinic's own forecast agrees: what is left of it ends where the session's plan says.
    expect(forecast(run, now)?.expectedEndAt).toBe(sessionSchedule(fitted, now).items[0]!.endAt);
    // The rest lands on the end time a minute later too, as long as nothing runs over.
    expect(sessionForecast(fitted, now + at(1))?.endByDeltaMs).toBe(at(1));
  });

  it('is undone in one step, back to the plan as it was', () => {
    const before = late();
    const now = T0 + at(31, 15);
    const fitted = transitionSession(before, { type: 'fitToEnd' }, now);
    const undone = transitionSession(fitted, { type: 'undoFit' }, now + SECOND);
    expect(undone.plan.breaksMs).toEqual(before.plan.breaksMs);
    expect(undone.plan.clinics).toEqual(before.plan.clinics);
    expect(undone.runs[0]!.plan).toEqual(before.runs[0]!.plan);
    expect(undone.lastFit).toBeNull();
    expect(transitionSession(undone, { type: 'undoFit' }, now)).toBe(undone);
  });

  it('an undo leaves alone what has started since the fit', () => {
    const now = T0 + at(31, 15);
    const fitted = transitionSession(late(), { type: 'fitToEnd' }, now);
    const moved = transitionSession(fitted, NEXT, now + MINUTE);
    const undone = transitionSession(moved, { type: 'undoFit' }, now + 2 * MINUTE);
    const fittedClarification = fitted.runs[0]!.plan.durationsMs.clarification;
    expect(undone.runs[0]!.plan.durationsMs.clarification).toBe(fittedClarification);
    expect(undone.runs[0]!.plan.durationsMs.dialogue).toBe(templateDurations('standard').dialogue);
  });

  it('in a break, the break keeps its time and the clinics after it shrink', () => {
    const inBreak = runSession(late(), [
      [at(80), { type: 'finishClinic' }],
      [at(81), { type: 'fitToEnd' }],
    ]);
    // At 81: the break runs to 90, then 70 + 10 + 70 = 150 more: 240, ten minutes late.
    expect(inBreak.breaks[0]!.plannedMs).toBe(at(10));
    expect(inBreak.plan.breaksMs).toEqual([at(10), at(5)]);
    expect(sessionForecast(inBreak, T0 + at(81))?.expectedEndAt).toBe(T0 + at(230));
  });
});

describe('fitting a single clinic to an end time', () => {
  it('shrinks the phases not yet started of the one clinic', () => {
    const clinic = run(setupClinic('standard'), [
      [0, { type: 'start' }],
      [at(10), { type: 'next' }],
    ]);
    // Roles took 10 (planned 5): the clinic would end at 75; it must end by 70.
    const fit = fitClinic(clinic, T0 + at(70), T0 + at(12));
    if (fit.status !== 'fitted') throw new Error(fit.status);
    expect(fit.expectedEndAt).toBe(T0 + at(75));
    expect(fit.lengths.map((c) => c.key.kind === 'phase' && c.key.phaseId)).toEqual(
      PHASE_IDS.slice(2),
    );
    const fitted = setClinicFittedLengths(clinic, fit.lengths, 'afterMs');
    expect(forecast(fitted, T0 + at(12))?.expectedEndAt).toBe(T0 + at(70));
    for (const phaseId of PHASE_IDS.slice(2)) {
      expect(fitted.plan.durationsMs[phaseId]).toBeGreaterThanOrEqual(
        phaseFloorMs(phaseId, templateDurations('standard')[phaseId]),
      );
    }
    expect(setClinicFittedLengths(fitted, fit.lengths, 'beforeMs').plan).toEqual(clinic.plan);
  });
});
