import { describe, expect, it } from 'vitest';
import { sessionRecord } from '@/clinic/session/record';
import { sessionForecast, sessionSchedule } from '@/clinic/session/schedule';
import { breakClock } from '@/clinic/session/break-clock';
import { summarizePhases } from '@/clinic/record';
import { MINUTE, NEXT, SECOND, T0, plannedSession, phases, runSession } from './fixtures';

const at = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;

// Three quick clinics (35 min each: roles 2, presentation 5, clarification 3, stillness 1,
// mirroring 5, dialogue 12, closing 7) and two 10-minute breaks: planned 125 minutes.
describe('a whole session of three clinics and two breaks at simulated instants', () => {
  const script = runSession(plannedSession(), [
    [at(0), { type: 'start' }],
    // Ada's clinic runs two minutes late: presentation 6, dialogue 13.
    ...phases([at(2), at(8), at(11), at(12), at(17), at(30), at(37)]),
    // The first break: lengthened by two minutes, then the next clinic starts early.
    [at(40), { type: 'lengthenBreak', deltaMs: 2 * MINUTE }],
    [at(47, 30), { type: 'startNextClinic' }],
    // Ben's clinic with a one-minute pause in the presentation and a minute added to it.
    [at(49, 30), NEXT],
    [at(51), { type: 'clinic', event: { type: 'pause' } }],
    [at(52), { type: 'clinic', event: { type: 'resume' } }],
    [at(52, 30), { type: 'clinic', event: { type: 'extend', deltaMs: MINUTE } }],
    ...phases([at(56, 30), at(59, 30), at(60, 30), at(65, 30), at(77, 30), at(84, 30)]),
    // The second break runs a minute over before the last clinic starts.
    [at(95, 30), { type: 'startNextClinic' }],
    ...phases([
      at(97, 30),
      at(102, 30),
      at(105, 30),
      at(106, 30),
      at(111, 30),
      at(123, 30),
      at(130, 45),
    ]),
  ]);
  const record = sessionRecord(script, T0 + at(200));

  it('ends finished at the last clinic end', () => {
    expect(script.status).toBe('finished');
    expect(script.startedAt).toBe(T0);
    expect(script.endedAt).toBe(T0 + at(130, 45));
    expect(script.runs.map((run) => run.status)).toEqual(['finished', 'finished', 'finished']);
  });

  it('records each clinic planned against actual to the millisecond', () => {
    expect(
      record.clinics.map((c) => [
        c.caseOwner,
        c.outcome,
        c.plannedMs,
        c.startedAt,
        c.endedAt,
        c.actualMs,
        c.pausedMs,
        c.wallMs,
      ]),
    ).toEqual([
      ['Ada', 'done', at(35), T0, T0 + at(37), at(37), 0, at(37)],
      ['Ben', 'done', at(35), T0 + at(47, 30), T0 + at(84, 30), at(36), at(1), at(37)],
      ['Chloé', 'done', at(35), T0 + at(95, 30), T0 + at(130, 45), at(35, 15), 0, at(35, 15)],
    ]);
  });

  it('keeps each clinic its own record, phase by phase', () => {
    const ben = summarizePhases(script.runs[1]!, T0 + at(200));
    expect(ben[1]).toMatchObject({
      phaseId: 'presentation',
      plannedMs: at(5),
      extensionMs: at(1),
      actualMs: at(6),
      pausedMs: at(1),
      startedAt: T0 + at(49, 30),
      endedAt: T0 + at(56, 30),
    });
    expect(script.runs[2]!.plan.caseOwner).toBe('Chloé');
    expect(script.runs[2]!.plan.coaches).toEqual(['Ada', 'Ben', 'Dev', 'Eli']);
  });

  it('records the breaks as they happened', () => {
    expect(record.breaks).toEqual([
      {
        afterClinicId: 1,
        beforeClinicId: 2,
        plannedMs: at(10),
        lengthenedMs: at(2),
        actualMs: at(10, 30),
        startedAt: T0 + at(37),
        endedAt: T0 + at(47, 30),
      },
      {
        afterClinicId: 2,
        beforeClinicId: 3,
        plannedMs: at(10),
        lengthenedMs: 0,
        actualMs: at(11),
        startedAt: T0 + at(84, 30),
        endedAt: T0 + at(95, 30),
      },
    ]);
  });

  it('records the session planned against actual', () => {
    expect(record).toMatchObject({
      startedAt: T0,
      endedAt: T0 + at(130, 45),
      plannedMs: at(125),
      actualMs: at(130, 45),
      plannedEndAt: T0 + at(125),
      endBy: null,
    });
  });

  it('schedules what happened once it is over', () => {
    const schedule = sessionSchedule(script, T0 + at(200));
    expect(schedule.endAt).toBe(T0 + at(130, 45));
    expect(schedule.items.map((item) => [item.kind, item.startAt - T0, item.endAt - T0])).toEqual([
      ['clinic', 0, at(37)],
      ['break', at(37), at(47, 30)],
      ['clinic', at(47, 30), at(84, 30)],
      ['break', at(84, 30), at(95, 30)],
      ['clinic', at(95, 30), at(130, 45)],
    ]);
  });
});

describe('the session while it runs', () => {
  const inFirstClinic = runSession(plannedSession(), [
    [0, { type: 'start' }],
    [at(2), NEXT],
    [at(8), NEXT],
  ]);

  it('forecasts its end from the current phase and the plan of the rest', () => {
    // At 9:00, 1:00 into clarification (3 min): 2 min left + stillness..closing 25 + 10 + 35 + 10 + 35.
    const forecast = sessionForecast(inFirstClinic, T0 + at(9));
    expect(forecast).toEqual({
      expectedEndAt: T0 + at(9) + at(2 + 25 + 10 + 35 + 10 + 35),
      plannedEndAt: T0 + at(125),
      deltaMs: at(1),
      endBy: null,
      endByDeltaMs: null,
    });
  });

  it('counts the break down from its timestamps', () => {
    const inBreak = runSession(inFirstClinic, [[at(40), { type: 'finishClinic' }]]);
    expect(inBreak.status).toBe('break');
    expect(breakClock(inBreak, T0 + at(43))).toMatchObject({
      remainingMs: at(7),
      isOvertime: false,
    });
    expect(breakClock(inBreak, T0 + at(52))).toMatchObject({ overtimeMs: at(2), isOvertime: true });
  });
});

describe('the schedule while the session runs', () => {
  it('shows what happened, what runs and what is planned, each with its start and end', () => {
    const state = runSession(plannedSession(), [
      [0, { type: 'start' }],
      [at(40), { type: 'clinic', event: { type: 'finish' } }],
    ]);
    // Ada's clinic is over at 40 and its break began then, though the console still shows it.
    const rows = (now: number) =>
      sessionSchedule(state, T0 + now).items.map((item) => [
        item.kind,
        item.progress,
        (item.startAt - T0) / MINUTE,
        (item.endAt - T0) / MINUTE,
      ]);
    expect(rows(at(42))).toEqual([
      ['clinic', 'done', 0, 40],
      ['break', 'current', 40, 50],
      ['clinic', 'planned', 50, 85],
      ['break', 'planned', 85, 95],
      ['clinic', 'planned', 95, 130],
    ]);
    const inBreak = runSession(state, [[at(42), { type: 'finishClinic' }]]);
    expect(sessionSchedule(inBreak, T0 + at(52)).items[1]).toMatchObject({
      kind: 'break',
      progress: 'current',
      startAt: T0 + at(40),
      endAt: T0 + at(52),
      beforeClinicId: 2,
    });
    expect(sessionForecast(inBreak, T0 + at(52))?.deltaMs).toBe(at(7));
  });
});
