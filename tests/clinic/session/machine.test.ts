import { describe, expect, it } from 'vitest';
import { transitionSession, type SessionEvent } from '@/clinic/session/machine';
import type { SessionState, SessionStatus } from '@/clinic/session/state';
import { addMember } from '@/clinic/session/plan/plan-edit';
import { MINUTE, NEXT, SECOND, T0, plannedSession, runSession, sessionPlan } from './fixtures';

const at = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;

// Three standard clinics (70 min) and two 10-minute breaks: 230 minutes. Every state of the
// matrix is behind an end time that a fit can still meet, and holds an earlier fit, so that both
// fitToEnd and undoFit can apply wherever the session allows them.
function planning(): SessionState {
  return runSession(plannedSession('standard', { endBy: T0 + at(200) }), [
    [0, { type: 'fitToEnd', startAt: T0 }],
    [0, { type: 'setEndBy', endBy: T0 + at(198) }],
  ]);
}
const started = (state: SessionState) =>
  runSession(state, [
    [0, { type: 'start' }],
    [at(2), NEXT],
  ]);
const inClinic = () =>
  runSession(started(planning()), [[at(2), { type: 'setEndBy', endBy: T0 + at(190) }]]);
const inBreak = () =>
  runSession(inClinic(), [
    [at(3), { type: 'finishClinic' }],
    [at(3), { type: 'setEndBy', endBy: T0 + at(100) }],
  ]);
const finished = () => runSession(inBreak(), [[at(3, 30), { type: 'finishSession' }]]);
// The same without an end time or a fit: quick clinics, 10-minute breaks as planned.
const plainClinic = () => started(plannedSession());
const plainBreak = () => runSession(plainClinic(), [[at(3), { type: 'finishClinic' }]]);

const STATES: Record<SessionStatus, () => SessionState> = {
  planning,
  clinic: inClinic,
  break: inBreak,
  finished,
};

const EVENTS: Record<string, SessionEvent> = {
  setPlan: { type: 'setPlan', plan: addMember(sessionPlan(), 'Fay') },
  start: { type: 'start' },
  clinicNext: NEXT,
  clinicReset: { type: 'clinic', event: { type: 'reset' } },
  tick: { type: 'tick' },
  finishClinic: { type: 'finishClinic' },
  startNextClinic: { type: 'startNextClinic' },
  lengthenBreak: { type: 'lengthenBreak', deltaMs: MINUTE },
  skipToEnd: { type: 'skipCase', clinicId: 2, mode: 'moveToEnd' },
  skipDrop: { type: 'skipCase', clinicId: 2, mode: 'drop' },
  updateCase: { type: 'updateCase', clinicId: 3, caseTitle: 'Moving abroad' },
  setEndBy: { type: 'setEndBy', endBy: T0 + at(150) },
  fitToEnd: { type: 'fitToEnd' },
  undoFit: { type: 'undoFit' },
  finishSession: { type: 'finishSession' },
};

// While the session runs, in a clinic or a break alike: the cases to come, the end time, the fit.
const WHILE_RUNNING = ['skipToEnd', 'skipDrop', 'updateCase', 'setEndBy', 'fitToEnd', 'undoFit'];
const APPLIES: Record<SessionStatus, string[]> = {
  planning: ['setPlan', 'start', 'updateCase', 'setEndBy', 'fitToEnd', 'undoFit'],
  clinic: ['clinicNext', 'finishClinic', ...WHILE_RUNNING, 'finishSession'],
  break: ['startNextClinic', 'lengthenBreak', ...WHILE_RUNNING, 'finishSession'],
  finished: [],
};

describe('every session event in every session state', () => {
  for (const [status, make] of Object.entries(STATES) as Array<
    [SessionStatus, () => SessionState]
  >) {
    describe(`in ${status}`, () => {
      it('is in that state', () => expect(make().status).toBe(status));
      for (const [name, event] of Object.entries(EVENTS)) {
        const applies = APPLIES[status].includes(name);
        it(`${name} ${applies ? 'changes the state' : 'does nothing'}`, () => {
          const before = make();
          const after = transitionSession(before, event, T0 + at(4));
          if (applies) expect(after).not.toBe(before);
          else expect(after).toBe(before);
        });
      }
    });
  }
});

describe('start', () => {
  it('starts the first clinic running at the same instant, with its coaches', () => {
    const state = runSession(plannedSession(), [[at(1), { type: 'start' }]]);
    expect(state.status).toBe('clinic');
    expect(state.startedAt).toBe(T0 + at(1));
    expect(state.startPlan).toBe(state.plan);
    const run = state.runs[0]!;
    expect(run.status).toBe('running');
    expect(run.clinicStartedAt).toBe(T0 + at(1));
    expect(run.plan).toMatchObject({
      caseOwner: 'Ada',
      coaches: ['Ben', 'Chloé', 'Dev', 'Eli'],
      facilitator: 'Eli',
      caseTitle: 'A merger',
      helpWanted: 'How to keep both teams?',
    });
  });

  it('refuses a plan that breaks a rule and stays in planning', () => {
    const tooSmall = plannedSession('quick', {
      group: sessionPlan().group.slice(0, 2),
    });
    expect(transitionSession(tooSmall, { type: 'start' }, T0)).toBe(tooSmall);
  });
});

describe('the clinic within the session', () => {
  it('hands the clinic its own events and keeps a reset from wiping its record', () => {
    const state = plainClinic();
    const paused = transitionSession(
      state,
      { type: 'clinic', event: { type: 'pause' } },
      T0 + at(3),
    );
    expect(paused.runs[0]!.status).toBe('paused');
    expect(paused.runs[0]!.records[1]!.activeMs).toBe(at(1));
    expect(transitionSession(paused, { type: 'clinic', event: { type: 'reset' } }, T0)).toBe(
      paused,
    );
  });

  it('a clinic finished on its own may be reopened; the break then starts at its end', () => {
    const ended = transitionSession(
      plainClinic(),
      { type: 'clinic', event: { type: 'finish' } },
      T0 + at(3),
    );
    expect(ended.status).toBe('clinic');
    const reopened = transitionSession(
      ended,
      { type: 'clinic', event: { type: 'reopen' } },
      T0 + at(4),
    );
    expect(reopened.runs[0]!.status).toBe('paused');
    const again = transitionSession(
      reopened,
      { type: 'clinic', event: { type: 'finish' } },
      T0 + at(5),
    );
    const inBreakNow = transitionSession(again, { type: 'finishClinic' }, T0 + at(7));
    expect(inBreakNow.breaks[0]).toMatchObject({
      startedAt: T0 + at(5),
      plannedMs: at(10),
      endedAt: null,
    });
  });

  it('after the last clinic the session ends at that clinic end', () => {
    let state = runSession(plannedSession(), [[0, { type: 'start' }]]);
    for (const offset of [at(35), at(46), at(81), at(92)]) {
      state = transitionSession(
        state,
        { type: state.status === 'break' ? 'startNextClinic' : 'finishClinic' },
        T0 + offset,
      );
    }
    expect(state.status).toBe('clinic');
    state = transitionSession(state, { type: 'finishClinic' }, T0 + at(129));
    expect(state.status).toBe('finished');
    expect(state.endedAt).toBe(T0 + at(129));
    expect(state.runs).toHaveLength(3);
  });
});

describe('the break', () => {
  it('starting the next clinic early closes the break at that instant', () => {
    const next = transitionSession(plainBreak(), { type: 'startNextClinic' }, T0 + at(6));
    expect(next.breaks[0]).toMatchObject({
      startedAt: T0 + at(3),
      endedAt: T0 + at(6),
      beforeClinicId: 2,
    });
    expect(next.runs[1]!.plan.caseOwner).toBe('Ben');
    expect(next.runs[1]!.clinicStartedAt).toBe(T0 + at(6));
  });

  it('lengthens only forward, and at most an hour', () => {
    const state = plainBreak();
    expect(transitionSession(state, { type: 'lengthenBreak', deltaMs: -MINUTE }, T0)).toBe(state);
    expect(transitionSession(state, { type: 'lengthenBreak', deltaMs: Number.NaN }, T0)).toBe(
      state,
    );
    const long = transitionSession(state, { type: 'lengthenBreak', deltaMs: at(90) }, T0);
    expect(long.breaks[0]!.lengthenedMs).toBe(at(60));
    expect(transitionSession(long, { type: 'lengthenBreak', deltaMs: MINUTE }, T0)).toBe(long);
  });
});

describe('skipping a case whose owner is absent', () => {
  it('moves it to the end: the break leads to the case after it', () => {
    const state = transitionSession(
      plainBreak(),
      { type: 'skipCase', clinicId: 2, mode: 'moveToEnd' },
      T0 + at(4),
    );
    expect(state.plan.clinics.map((c) => c.id)).toEqual([1, 3, 2]);
    const next = transitionSession(state, { type: 'startNextClinic' }, T0 + at(5));
    expect(next.runs[1]!.plan.caseOwner).toBe('Chloé');
    expect(next.breaks[0]!.beforeClinicId).toBe(3);
  });

  it('drops it: the session goes on without it and the record keeps it as dropped', () => {
    const state = transitionSession(
      plainBreak(),
      { type: 'skipCase', clinicId: 2, mode: 'drop' },
      T0 + at(4),
    );
    expect(state.plan.clinics.map((c) => c.id)).toEqual([1, 3]);
    expect(state.plan.breaksMs).toHaveLength(1);
    expect(state.dropped.map((c) => c.id)).toEqual([2]);
    expect(state.lastFit).toBeNull();
  });

  it('dropping the last case left, in its break, ends the session then', () => {
    const state = runSession(plainBreak(), [
      [at(4), { type: 'skipCase', clinicId: 3, mode: 'drop' }],
      [at(5), { type: 'skipCase', clinicId: 2, mode: 'drop' }],
    ]);
    expect(state.status).toBe('finished');
    expect(state.endedAt).toBe(T0 + at(5));
    expect(state.breaks[0]).toMatchObject({ endedAt: T0 + at(5), beforeClinicId: null });
  });

  it('cannot skip a case that has started, nor move the last one further', () => {
    const state = plainBreak();
    expect(transitionSession(state, { type: 'skipCase', clinicId: 1, mode: 'drop' }, T0)).toBe(
      state,
    );
    expect(transitionSession(state, { type: 'skipCase', clinicId: 3, mode: 'moveToEnd' }, T0)).toBe(
      state,
    );
    expect(transitionSession(state, { type: 'skipCase', clinicId: 99, mode: 'drop' }, T0)).toBe(
      state,
    );
  });
});

describe('the case title and help, given later', () => {
  it('reach the clinic when it starts', () => {
    const state = runSession(plainBreak(), [
      [
        at(4),
        {
          type: 'updateCase',
          clinicId: 2,
          caseTitle: 'Leaving well',
          helpWanted: 'Who to tell first?',
        },
      ],
      [at(5), { type: 'startNextClinic' }],
    ]);
    expect(state.runs[1]!.plan).toMatchObject({
      caseTitle: 'Leaving well',
      helpWanted: 'Who to tell first?',
    });
  });

  it('are refused for a clinic that has started', () => {
    const state = plainClinic();
    expect(transitionSession(state, { type: 'updateCase', clinicId: 1, caseTitle: 'x' }, T0)).toBe(
      state,
    );
  });
});

describe('finishing the session early', () => {
  it('from a clinic: the clinic ends then, the rest stays not run', () => {
    const state = transitionSession(plainClinic(), { type: 'finishSession' }, T0 + at(10));
    expect(state.status).toBe('finished');
    expect(state.endedAt).toBe(T0 + at(10));
    expect(state.runs[0]!.clinicEndedAt).toBe(T0 + at(10));
    expect(state.plan.clinics).toHaveLength(3);
  });

  it('from a break: the break ends then', () => {
    const state = transitionSession(plainBreak(), { type: 'finishSession' }, T0 + at(10));
    expect(state.breaks[0]).toMatchObject({ endedAt: T0 + at(10), beforeClinicId: null });
    expect(state.endedAt).toBe(T0 + at(10));
  });
});

describe('the end time', () => {
  it('is kept as a safe instant or none', () => {
    const state = plainClinic();
    expect(transitionSession(state, { type: 'setEndBy', endBy: Number.NaN }, T0)).toBe(state);
    expect(transitionSession(state, { type: 'setEndBy', endBy: null }, T0).plan.endBy).toBeNull();
  });
});
