import { describe, expect, it } from 'vitest';
import { summarizePhases, clinicTotals } from '@/clinic/record';
import { phaseClock } from '@/clinic/clock';
import type { ClinicEvent } from '@/clinic/machine';
import { PHASE_IDS } from '@/clinic/phases';
import { TEMPLATE_IDS, templateDurations } from '@/clinic/templates';
import { MINUTE, SECOND, T0, run, setupClinic } from '../helpers/clinic-fixtures';

// The templates' totals as METHOD.md gives them: Ashoka's reverse mentoring 55, standard 70,
// quick 35 minutes.
const TEMPLATE_TOTAL_MINUTES = { reverseMentoring: 55, standard: 70, quick: 35 } as const;

const at = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;

describe('a whole standard clinic at simulated instants', () => {
  // Standard 70: roles 5, presentation 15, clarification 5, stillness 3, mirroring 12,
  // dialogue 20, closing 10.
  const state = run(setupClinic('standard'), [
    [at(0), { type: 'start' }],
    [at(2), { type: 'pause' }], // first pause: 1:30 in roles
    [at(3, 30), { type: 'resume' }],
    [at(6, 30), { type: 'next' }], // roles: 5:00 active
    [at(10), { type: 'extend', deltaMs: MINUTE }], // presentation planned 16
    [at(15), { type: 'pause' }], // second pause: 2:00 in presentation
    [at(17), { type: 'resume' }],
    [at(25, 30), { type: 'next' }], // presentation: 17:00 active, 1:00 over
    [at(28, 30), { type: 'next' }], // clarification left early after 3:00
    [at(31, 30), { type: 'next' }], // stillness 3:00
    [at(32), { type: 'previous' }], // a step back from mirroring after 0:30
    [at(32, 10), { type: 'next' }], // stillness again for 0:10
    [at(43, 40), { type: 'next' }], // mirroring resumes at 0:30, runs 11:30 more
    [at(63, 40), { type: 'next' }], // dialogue 20:00
    [at(73, 40), { type: 'finish' }], // closing 10:00
  ]);
  const phases = summarizePhases(state, T0 + at(99));
  const byId = Object.fromEntries(phases.map((p) => [p.phaseId, p]));

  it('ends finished at the last instant', () => {
    expect(state.status).toBe('finished');
    expect(state.clinicStartedAt).toBe(T0);
    expect(state.clinicEndedAt).toBe(T0 + at(73, 40));
  });

  it('records planned against actual for every phase to the millisecond', () => {
    expect(
      phases.map((p) => [
        p.phaseId,
        p.plannedMs,
        p.extensionMs,
        p.actualMs,
        p.pausedMs,
        p.overtimeMs,
      ]),
    ).toEqual([
      ['roles', at(5), 0, at(5), at(1, 30), 0],
      ['presentation', at(15), MINUTE, at(17), at(2), at(1)],
      ['clarification', at(5), 0, at(3), 0, 0],
      ['stillness', at(3), 0, at(3, 10), 0, at(0, 10)],
      ['mirroring', at(12), 0, at(12), 0, 0],
      ['dialogue', at(20), 0, at(20), 0, 0],
      ['closing', at(10), 0, at(10), 0, 0],
    ]);
  });

  it('records when each phase first started and last ended', () => {
    expect(phases.map((p) => [p.startedAt! - T0, p.endedAt! - T0])).toEqual([
      [at(0), at(6, 30)],
      [at(6, 30), at(25, 30)],
      [at(25, 30), at(28, 30)],
      [at(28, 30), at(32, 10)],
      [at(31, 30), at(43, 40)],
      [at(43, 40), at(63, 40)],
      [at(63, 40), at(73, 40)],
    ]);
    expect(byId.stillness?.visited).toBe(true);
    expect(state.records[3]?.visits).toBe(2);
    expect(state.records[0]?.pauseCount).toBe(1);
    expect(state.records[1]?.pauseCount).toBe(1);
  });

  it('adds up: active plus paused equals the time from start to end', () => {
    const totals = clinicTotals(phases, state, T0 + at(99));
    expect(totals.actualMs + totals.pausedMs).toBe(totals.wallMs);
    expect(totals.wallMs).toBe(at(73, 40));
    expect(totals.plannedMs).toBe(at(70));
  });

  it('shows the finished clinic frozen, whatever the instant', () => {
    expect(phaseClock(state, T0 + at(200)).elapsedMs).toBe(
      phaseClock(state, T0 + at(80)).elapsedMs,
    );
  });
});

describe('the record mid-clinic', () => {
  const running = run(setupClinic('standard'), [
    [at(0), { type: 'start' }],
    [at(1), { type: 'pause' }],
    [at(2), { type: 'resume' }],
    [at(6), { type: 'next' }], // roles: 5:00 active, over by 0:00
  ]);

  it('counts the stretch still running in the current phase', () => {
    const presentation = summarizePhases(running, T0 + at(9, 30))[1];
    expect(presentation).toMatchObject({ actualMs: at(3, 30), pausedMs: 0, overtimeMs: 0 });
  });

  it('counts the pause still going, and still adds up to the time since the start', () => {
    const paused = run(running, [[at(8), { type: 'pause' }]]);
    const now = T0 + at(11);
    const phases = summarizePhases(paused, now);
    expect(phases[1]).toMatchObject({ actualMs: at(2), pausedMs: at(3) });
    const totals = clinicTotals(phases, paused, now);
    expect(totals.actualMs + totals.pausedMs).toBe(totals.wallMs);
  });

  it('shows overtime in the current phase as it grows', () => {
    const phases = summarizePhases(running, T0 + at(6 + 16));
    expect(phases[1]?.overtimeMs).toBe(at(1));
  });
});

describe('every template, run exactly to plan, ends on its planned minute', () => {
  const cases = TEMPLATE_IDS.flatMap((templateId) =>
    [false, true].map((stillnessEndsAutomatically) => ({ templateId, stillnessEndsAutomatically })),
  );
  it.each(cases)(
    '$templateId, stillness ends by itself: $stillnessEndsAutomatically',
    ({ templateId, stillnessEndsAutomatically }) => {
      const durations = templateDurations(templateId);
      const script: Array<[number, ClinicEvent]> = [[0, { type: 'start' }]];
      let offset = 0;
      PHASE_IDS.forEach((phaseId, index) => {
        offset += durations[phaseId];
        const last = index === PHASE_IDS.length - 1;
        // A self-ending stillness moves on at its end by itself: the facilitator does nothing.
        const event: ClinicEvent = last
          ? { type: 'finish' }
          : phaseId === 'stillness' && stillnessEndsAutomatically
            ? { type: 'tick' }
            : { type: 'next' };
        script.push([offset, event]);
      });
      const state = run(setupClinic(templateId, { stillnessEndsAutomatically }), script);
      const phases = summarizePhases(state, T0 + offset);

      expect(state.status).toBe('finished');
      expect(state.clinicEndedAt! - T0).toBe(TEMPLATE_TOTAL_MINUTES[templateId] * MINUTE);
      expect(phases.map((p) => [p.phaseId, p.actualMs, p.overtimeMs])).toEqual(
        PHASE_IDS.map((phaseId) => [phaseId, durations[phaseId], 0]),
      );
      const totals = clinicTotals(phases, state, T0 + offset);
      expect(totals.actualMs).toBe(totals.plannedMs);
      expect(totals.wallMs).toBe(totals.plannedMs);
    },
  );
});
