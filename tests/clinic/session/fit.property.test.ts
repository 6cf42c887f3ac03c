import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPlan, fitSession, type SessionFit } from '@/clinic/session/fit/fit-session';
import { transitionSession, type SessionEvent } from '@/clinic/session/machine';
import { setClinicTiming } from '@/clinic/session/plan/plan-edit';
import type { SessionPlan } from '@/clinic/session/plan/session-plan';
import { schedulePlan, sessionForecast } from '@/clinic/session/schedule';
import { createSession, type FitChange, type SessionState } from '@/clinic/session/state';
import { remainingTimeline } from '@/clinic/session/timeline';
import { PHASE_IDS } from '@/clinic/phases';
import { MIN_PHASE_MS, templateDurations, type Durations } from '@/clinic/templates';
import { MINUTE, SECOND, T0, sessionPlan } from './fixtures';

// For many random plans, records and instants: the fitted rest ends exactly on the end time,
// nothing goes below its floor or grows, the breaks give first, the phases keep their order and
// proportions within rounding, and a refusal comes exactly when the floors alone do not fit.

const QUICK = templateDurations('quick');
const BREAK_FLOOR = 5 * MINUTE;

/** The floors as the rules state them, computed here independently of the code under test. */
function floorOf(change: FitChange): number {
  if (change.key.kind === 'break') return Math.min(change.beforeMs, BREAK_FLOOR);
  return Math.min(change.beforeMs, Math.max(QUICK[change.key.phaseId], MIN_PHASE_MS));
}

const durationsArb: fc.Arbitrary<Durations> = fc
  .tuple(...PHASE_IDS.map(() => fc.integer({ min: 30, max: 40 * 60 })))
  .map(
    (seconds) =>
      Object.fromEntries(PHASE_IDS.map((id, i) => [id, seconds[i]! * SECOND])) as Durations,
  );

const planArb: fc.Arbitrary<SessionPlan> = fc
  .record({
    clinics: fc.array(durationsArb, { minLength: 1, maxLength: 6 }),
    breakSeconds: fc.array(fc.integer({ min: 0, max: 60 * 60 }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ clinics, breakSeconds }) => {
    let plan = sessionPlan('standard');
    // Up to six clinics, owners taking turns through the five people.
    plan = {
      ...plan,
      clinics: clinics.map((_, i) => ({
        ...plan.clinics[0]!,
        id: i + 1,
        caseOwnerId: (i % 5) + 1,
      })),
      breaksMs: breakSeconds.slice(0, clinics.length - 1).map((s) => s * SECOND),
    };
    clinics.forEach((durations, i) => (plan = setClinicTiming(plan, i + 1, durations)));
    return plan;
  });

/** How often each answer came up, so a run that never reaches one of them fails. */
const seen = { onTime: 0, breaksOnly: 0, phases: 0, refused: 0, inBreak: 0 };

interface Expectation {
  fit: SessionFit;
  fromAt: number;
  fixedMs: number;
  endAt: number;
  lengths: FitChange[];
}

/** The properties every answer of the fit must have, given the rest it was asked about. */
function checkFit({ fit, fromAt, fixedMs, endAt, lengths }: Expectation) {
  const total = fixedMs + lengths.reduce((sum, c) => sum + c.beforeMs, 0);
  const minimum = fixedMs + lengths.reduce((sum, c) => sum + floorOf(c), 0);
  const available = endAt - fromAt;
  if (total <= available) {
    expect(fit.status).toBe('onTime');
    seen.onTime += 1;
    return;
  }
  if (minimum > available) {
    seen.refused += 1;
    expect(fit).toMatchObject({
      status: 'refused',
      code: 'cannotFit',
      missingMs: minimum - available,
    });
    return;
  }
  if (fit.status !== 'fitted') throw new Error(`expected a fit, got ${fit.status}`);
  // The same segments in the same order, each between its floor and its planned length.
  expect(fit.lengths.map((c) => [c.key, c.beforeMs])).toEqual(
    lengths.map((c) => [c.key, c.beforeMs]),
  );
  for (const change of fit.lengths) {
    expect(Number.isInteger(change.afterMs)).toBe(true);
    expect(change.afterMs).toBeGreaterThanOrEqual(floorOf(change));
    expect(change.afterMs).toBeLessThanOrEqual(change.beforeMs);
  }
  // Exactly on the end time: the fixed part and the fitted lengths fill the time to the ms.
  expect(fixedMs + fit.lengths.reduce((sum, c) => sum + c.afterMs, 0)).toBe(available);
  // Whole seconds, but for one length that carries the sub-second rest.
  expect(fit.lengths.filter((c) => c.afterMs % SECOND !== 0).length).toBeLessThanOrEqual(1);

  const breaks = fit.lengths.filter((c) => c.key.kind === 'break');
  const phases = fit.lengths.filter((c) => c.key.kind === 'phase');
  const phasesShrank = phases.some((c) => c.afterMs < c.beforeMs);
  seen[phasesShrank ? 'phases' : 'breaksOnly'] += 1;
  if (phasesShrank) {
    // Breaks first: a phase only gives once every break is at its floor.
    for (const change of breaks) expect(change.afterMs).toBe(floorOf(change));
    const free = phases.filter((c) => c.afterMs > floorOf(c));
    const factor =
      free.reduce((sum, c) => sum + c.afterMs, 0) / free.reduce((sum, c) => sum + c.beforeMs, 0);
    // One factor for every phase above its floor, within rounding to the second.
    for (const change of free) {
      expect(Math.abs(change.afterMs - factor * change.beforeMs)).toBeLessThanOrEqual(2 * SECOND);
    }
    // A phase at its floor is there because the factor would have taken it lower.
    for (const change of phases.filter((c) => c.afterMs === floorOf(c) && c.beforeMs > c.afterMs)) {
      expect(factor * change.beforeMs).toBeLessThanOrEqual(floorOf(change) + 2 * SECOND);
    }
  } else {
    // Only the breaks gave, each in proportion to what it could give.
    const excess = total - available;
    const slack = breaks.reduce((sum, c) => sum + c.beforeMs - floorOf(c), 0);
    for (const change of breaks) {
      const ideal = (excess * (change.beforeMs - floorOf(change))) / slack;
      expect(Math.abs(change.beforeMs - change.afterMs - ideal)).toBeLessThan(SECOND + 1);
    }
  }
}

/** The rest as the code sees it, its fixed part summed up, its adjustable part as changes. */
function restOf(state: SessionState, now: number, startAt = now) {
  const timeline = remainingTimeline(state, now, startAt);
  const fixedMs = timeline.segments
    .filter((s) => !s.adjustable)
    .reduce((sum, s) => sum + s.lengthMs, 0);
  const lengths = timeline.segments
    .filter((s) => s.adjustable)
    .map((s) => ({ key: s.key, beforeMs: s.lengthMs, afterMs: s.lengthMs, floorMs: s.floorMs }));
  return { fromAt: timeline.fromAt, fixedMs, lengths };
}

describe('fitting a plan before the start', () => {
  it('lands exactly on the end time, or refuses exactly when the floors do not fit', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.integer({ min: 0, max: 24 * 60 * MINUTE }),
        fc.double({ min: 0.2, max: 1.2, noNaN: true }),
        fc.oneof(fc.constant(null), fc.double({ min: 0.05, max: 1, noNaN: true })),
        (plan, startOffset, share, withinBreaks) => {
          const startAt = T0 + startOffset;
          const planned = schedulePlan(plan, startAt).endAt - startAt;
          // Half the cases end somewhere the breaks alone can reach, the others anywhere.
          const breakSlack = plan.breaksMs.reduce(
            (sum, ms) => sum + ms - Math.min(ms, BREAK_FLOOR),
            0,
          );
          const endAt =
            withinBreaks === null
              ? startAt + Math.round(planned * share)
              : startAt + planned - Math.round(breakSlack * withinBreaks);
          const withEnd = { ...plan, endBy: endAt };
          const fit = fitPlan(withEnd, startAt);
          checkFit({ fit, endAt, ...restOf(createSession(withEnd), startAt) });
          if (fit.status === 'fitted') {
            const state = transitionSession(
              createSession(withEnd),
              { type: 'fitToEnd', startAt },
              startAt,
            );
            expect(schedulePlan(state.plan, startAt).endAt).toBe(endAt);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

const actionArb = fc.constantFrom<SessionEvent>(
  { type: 'clinic', event: { type: 'next' } },
  { type: 'clinic', event: { type: 'next' } },
  { type: 'clinic', event: { type: 'next' } },
  { type: 'clinic', event: { type: 'pause' } },
  { type: 'clinic', event: { type: 'resume' } },
  { type: 'clinic', event: { type: 'previous' } },
  { type: 'clinic', event: { type: 'extend', deltaMs: 2 * MINUTE } },
  { type: 'finishClinic' },
  { type: 'startNextClinic' },
  { type: 'lengthenBreak', deltaMs: 3 * MINUTE },
);

describe('fitting the rest while the session runs', () => {
  it('keeps what has started, and lands the rest exactly on the end time', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 * MINUTE }), actionArb), { maxLength: 30 }),
        fc.integer({ min: 0, max: 10 * MINUTE }),
        fc.double({ min: 0.1, max: 1.2, noNaN: true }),
        (plan, script, wait, share) => {
          let state = transitionSession(createSession(plan), { type: 'start' }, T0);
          let now = T0;
          for (const [delay, event] of script) {
            now += delay;
            state = transitionSession(state, event, now);
          }
          now += wait;
          if (state.status === 'finished') return;
          if (state.status === 'break') seen.inBreak += 1;
          const expected = sessionForecast(state, now)!.expectedEndAt;
          const endAt = now + Math.round((expected - now) * share);
          state = transitionSession(state, { type: 'setEndBy', endBy: endAt }, now);
          const fit = fitSession(state, now);
          checkFit({ fit, endAt, ...restOf(state, now) });
          if (fit.status !== 'fitted') return;
          const fitted = transitionSession(state, { type: 'fitToEnd' }, now);
          expect(sessionForecast(fitted, now)!.expectedEndAt).toBe(endAt);
          // What has happened stays as it was: records, breaks, the running phase's length.
          expect(fitted.breaks).toEqual(state.breaks);
          fitted.runs.forEach((run, i) => {
            const before = state.runs[i]!;
            expect(run.records).toEqual(before.records);
            PHASE_IDS.forEach((phaseId, index) => {
              if (before.records[index]!.visits > 0 || before.status === 'finished') {
                expect(run.plan.durationsMs[phaseId]).toBe(before.plan.durationsMs[phaseId]);
              }
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the random cases', () => {
  it('reached every kind of answer: on time, breaks only, phases too, refused, and breaks', () => {
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
  });
});
