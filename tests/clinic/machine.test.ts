import { describe, expect, it } from 'vitest';
import { transition, type ClinicEvent } from '@/clinic/machine';
import { phaseClock } from '@/clinic/clock';
import { createClinic, type ClinicState, type ClinicStatus } from '@/clinic/state';
import { MINUTE, SECOND, T0, run, setupClinic } from '../helpers/clinic-fixtures';

const running = () => transition(setupClinic(), { type: 'start' }, T0);
const paused = () => transition(running(), { type: 'pause' }, T0 + MINUTE);
const finished = () => transition(running(), { type: 'finish' }, T0 + MINUTE);

// The matrix runs in the second phase, so that both next and previous apply.
const runningSecond = () => transition(running(), { type: 'next' }, T0 + MINUTE);
const STATES: Record<ClinicStatus, () => ClinicState> = {
  setup: () => setupClinic(),
  running: runningSecond,
  paused: () => transition(runningSecond(), { type: 'pause' }, T0 + 90 * SECOND),
  finished,
};

const EVENTS: Record<string, ClinicEvent> = {
  start: { type: 'start' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  next: { type: 'next' },
  previous: { type: 'previous' },
  extendPlus: { type: 'extend', deltaMs: MINUTE },
  extendMinus: { type: 'extend', deltaMs: -MINUTE },
  restartPhase: { type: 'restartPhase' },
  finish: { type: 'finish' },
  reopen: { type: 'reopen' },
  reset: { type: 'reset' },
  nextTurn: { type: 'nextTurn' },
  tick: { type: 'tick' },
  applyTemplate: { type: 'applyTemplate', templateId: 'quick' },
  setPhaseDuration: { type: 'setPhaseDuration', phaseId: 'dialogue', ms: 25 * MINUTE },
  updatePlan: { type: 'updatePlan', patch: { caseTitle: 'Another case' } },
};

// Which events change which state; everything else must return the very same object.
const UNDER_WAY = [
  'next',
  'previous',
  'extendPlus',
  'extendMinus',
  'restartPhase',
  'finish',
  'reset',
];
const APPLIES: Record<ClinicStatus, string[]> = {
  setup: ['start', 'applyTemplate', 'setPhaseDuration', 'updatePlan'],
  running: ['pause', ...UNDER_WAY],
  paused: ['resume', ...UNDER_WAY],
  finished: ['reopen', 'reset'],
};

describe('every event in every state', () => {
  for (const [status, make] of Object.entries(STATES) as Array<[ClinicStatus, () => ClinicState]>) {
    describe(`in ${status}`, () => {
      for (const [name, event] of Object.entries(EVENTS)) {
        const applies = APPLIES[status].includes(name);
        it(`${name} ${applies ? 'changes the state' : 'does nothing'}`, () => {
          const before = make();
          const after = transition(before, event, T0 + 2 * MINUTE);
          if (applies) expect(after).not.toBe(before);
          else expect(after).toBe(before);
        });
      }
    });
  }
});

describe('start', () => {
  it('runs the first phase from the given instant', () => {
    const state = running();
    expect(state.status).toBe('running');
    expect(state.phaseIndex).toBe(0);
    expect(state.clinicStartedAt).toBe(T0);
    expect(state.records[0]?.startedAt).toBe(T0);
    expect(phaseClock(state, T0 + 90 * SECOND).remainingMs).toBe(5 * MINUTE - 90 * SECOND);
  });

  it('refuses an invalid plan and stays in setup', () => {
    const invalid = setupClinic('standard', { caseOwner: '  ' });
    expect(transition(invalid, { type: 'start' }, T0)).toBe(invalid);
    const tooShort = setupClinic('standard', {});
    const edited = transition(
      tooShort,
      { type: 'setPhaseDuration', phaseId: 'roles', ms: 10 * SECOND },
      T0,
    );
    expect(transition(edited, { type: 'start' }, T0)).toBe(edited);
  });
});

describe('pause and resume', () => {
  it('freezes the countdown while paused and banks the paused time', () => {
    const state = run(setupClinic(), [
      [0, { type: 'start' }],
      [MINUTE, { type: 'pause' }],
    ]);
    expect(phaseClock(state, T0 + 10 * MINUTE).elapsedMs).toBe(MINUTE);
    const resumed = transition(state, { type: 'resume' }, T0 + 4 * MINUTE);
    expect(resumed.records[0]?.pausedMs).toBe(3 * MINUTE);
    expect(resumed.records[0]?.pauseCount).toBe(1);
    expect(phaseClock(resumed, T0 + 5 * MINUTE).elapsedMs).toBe(2 * MINUTE);
  });
});

describe('next and previous', () => {
  it('does not go before the first or past the last phase', () => {
    const first = running();
    expect(transition(first, { type: 'previous' }, T0 + SECOND)).toBe(first);
    let last = first;
    for (let i = 0; i < 6; i += 1) last = transition(last, { type: 'next' }, T0 + (i + 1) * MINUTE);
    expect(last.phaseIndex).toBe(6);
    expect(transition(last, { type: 'next' }, T0 + 10 * MINUTE)).toBe(last);
  });

  it('keeps a paused clinic paused on the new phase', () => {
    const moved = transition(paused(), { type: 'next' }, T0 + 2 * MINUTE);
    expect(moved.status).toBe('paused');
    expect(moved.phaseIndex).toBe(1);
    expect(phaseClock(moved, T0 + 5 * MINUTE).elapsedMs).toBe(0);
  });

  it('resumes a phase where it was left after a step back', () => {
    const state = run(setupClinic(), [
      [0, { type: 'start' }],
      [2 * MINUTE, { type: 'next' }],
      [2 * MINUTE + 10 * SECOND, { type: 'previous' }],
    ]);
    expect(state.phaseIndex).toBe(0);
    expect(phaseClock(state, T0 + 3 * MINUTE).elapsedMs).toBe(2 * MINUTE + 50 * SECOND);
    expect(state.records[1]?.activeMs).toBe(10 * SECOND);
  });
});

describe('extend', () => {
  it('adds and removes a minute', () => {
    const plus = transition(running(), { type: 'extend', deltaMs: MINUTE }, T0 + MINUTE);
    expect(phaseClock(plus, T0 + MINUTE).remainingMs).toBe(5 * MINUTE);
    const minus = transition(plus, { type: 'extend', deltaMs: -MINUTE }, T0 + MINUTE);
    expect(phaseClock(minus, T0 + MINUTE).remainingMs).toBe(4 * MINUTE);
  });

  it('never takes the remaining time below zero', () => {
    const state = transition(running(), { type: 'extend', deltaMs: -MINUTE }, T0 + 4.5 * MINUTE);
    expect(phaseClock(state, T0 + 4.5 * MINUTE).remainingMs).toBe(0);
    expect(phaseClock(state, T0 + 4.5 * MINUTE).isOvertime).toBe(false);
    const again = transition(state, { type: 'extend', deltaMs: -MINUTE }, T0 + 4.5 * MINUTE);
    expect(again).toBe(state);
  });

  it('does nothing on a minus in overtime', () => {
    const over = running();
    expect(transition(over, { type: 'extend', deltaMs: -MINUTE }, T0 + 7 * MINUTE)).toBe(over);
  });

  it('does not stretch a phase past 180 minutes', () => {
    let state = running();
    for (let i = 0; i < 200; i += 1)
      state = transition(state, { type: 'extend', deltaMs: MINUTE }, T0);
    expect(phaseClock(state, T0).plannedMs).toBe(180 * MINUTE);
  });
});

describe('overtime', () => {
  it('stays in a phase past its planned end, counting overtime', () => {
    const state = running();
    const clock = phaseClock(state, T0 + 6 * MINUTE + 20 * SECOND);
    expect(state.phaseIndex).toBe(0);
    expect(clock.isOvertime).toBe(true);
    expect(clock.overtimeMs).toBe(MINUTE + 20 * SECOND);
    expect(clock.remainingMs).toBe(0);
  });
});

describe('restartPhase', () => {
  it('starts the countdown again but keeps the time already spent in the record', () => {
    const state = run(setupClinic(), [
      [0, { type: 'start' }],
      [MINUTE, { type: 'extend', deltaMs: MINUTE }],
      [3 * MINUTE, { type: 'restartPhase' }],
    ]);
    expect(phaseClock(state, T0 + 3 * MINUTE).remainingMs).toBe(5 * MINUTE);
    expect(state.records[0]?.activeMs).toBe(3 * MINUTE);
    expect(state.records[0]?.restarts).toBe(1);
    expect(state.records[0]?.extensionMs).toBe(0);
  });
});

describe('finish and reset', () => {
  it('finishing closes the current phase', () => {
    const state = finished();
    expect(state.status).toBe('finished');
    expect(state.clinicEndedAt).toBe(T0 + MINUTE);
    expect(state.records[0]?.endedAt).toBe(T0 + MINUTE);
    expect(state.records[0]?.activeMs).toBe(MINUTE);
  });

  it('finishing while paused banks the pause', () => {
    const state = transition(paused(), { type: 'finish' }, T0 + 3 * MINUTE);
    expect(state.records[0]?.pausedMs).toBe(2 * MINUTE);
  });

  it('reopen undoes a finish: the same phase, paused, its countdown where it stopped', () => {
    const state = transition(finished(), { type: 'reopen' }, T0 + 5 * MINUTE);
    expect(state.status).toBe('paused');
    expect(state.phaseIndex).toBe(0);
    expect(state.clinicEndedAt).toBeNull();
    expect(state.records[0]?.endedAt).toBeNull();
    expect(phaseClock(state, T0 + 9 * MINUTE).elapsedMs).toBe(MINUTE);
    const resumed = transition(state, { type: 'resume' }, T0 + 6 * MINUTE);
    expect(resumed.records[0]?.pausedMs).toBe(MINUTE);
    expect(phaseClock(resumed, T0 + 7 * MINUTE).elapsedMs).toBe(2 * MINUTE);
  });

  it('reset returns to setup with the same plan and a clean record', () => {
    const before = finished();
    const state = transition(before, { type: 'reset' }, T0 + 2 * MINUTE);
    expect(state).toEqual(createClinic(before.plan));
  });
});

describe('setup edits', () => {
  /** A standard plan in setup, changed by one edit. */
  const edited = (event: ClinicEvent, state = setupClinic('standard')) =>
    transition(state, event, T0);

  it('applies a template', () => {
    const state = edited({ type: 'applyTemplate', templateId: 'quick' });
    expect(state.plan.templateId).toBe('quick');
    expect(state.plan.durationsMs.presentation).toBe(5 * MINUTE);
  });

  it('marks the plan custom when a duration differs from its template', () => {
    const state = edited({ type: 'setPhaseDuration', phaseId: 'dialogue', ms: 25 * MINUTE });
    expect(state.plan.templateId).toBe('custom');
    expect(state.plan.durationsMs.dialogue).toBe(25 * MINUTE);
  });

  it('stays custom once edited, even when a duration is set back', () => {
    const state = edited({ type: 'setPhaseDuration', phaseId: 'dialogue', ms: 25 * MINUTE });
    const back = edited({ type: 'setPhaseDuration', phaseId: 'dialogue', ms: 20 * MINUTE }, state);
    expect(back.plan.templateId).toBe('custom');
  });
});

describe('stillness that ends by itself', () => {
  const toStillness = (auto: boolean) =>
    run(setupClinic('standard', { stillnessEndsAutomatically: auto }), [
      [0, { type: 'start' }],
      [1 * MINUTE, { type: 'next' }],
      [2 * MINUTE, { type: 'next' }],
      [3 * MINUTE, { type: 'next' }],
    ]);

  it('moves on to mirroring exactly at its planned end', () => {
    const state = transition(toStillness(true), { type: 'tick' }, T0 + 7 * MINUTE);
    expect(state.phaseIndex).toBe(4);
    expect(state.records[3]?.endedAt).toBe(T0 + 6 * MINUTE);
    expect(state.records[4]?.startedAt).toBe(T0 + 6 * MINUTE);
    expect(phaseClock(state, T0 + 7 * MINUTE).elapsedMs).toBe(MINUTE);
  });

  it('waits in overtime when the option is off', () => {
    const before = toStillness(false);
    expect(transition(before, { type: 'tick' }, T0 + 7 * MINUTE)).toBe(before);
  });

  it('does nothing before the planned end', () => {
    const before = toStillness(true);
    expect(transition(before, { type: 'tick' }, T0 + 5 * MINUTE)).toBe(before);
  });
});

describe('clock jumps', () => {
  it('a clock that jumps backwards gives no negative time', () => {
    const state = running();
    const clock = phaseClock(state, T0 - 10 * MINUTE);
    expect(clock.elapsedMs).toBe(0);
    const pausedBack = transition(state, { type: 'pause' }, T0 - 10 * MINUTE);
    expect(pausedBack.records[0]?.activeMs).toBe(0);
    const resumed = transition(pausedBack, { type: 'resume' }, T0 - 20 * MINUTE);
    expect(resumed.records[0]?.pausedMs).toBe(0);
  });
});
