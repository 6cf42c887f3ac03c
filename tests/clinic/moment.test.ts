import { describe, expect, it } from 'vitest';
import { collectCues } from '@/clinic/cues';
import { transition } from '@/clinic/machine';
import { momentAt } from '@/clinic/moment';
import { PHASE_IDS } from '@/clinic/phases';
import type { ClinicState } from '@/clinic/state';
import type { TemplateId } from '@/clinic/templates';
import { MINUTE, SECOND, T0, run, setupClinic } from '../helpers/clinic-fixtures';

// Standard template: roles 5, presentation 15, clarification 5, stillness 3, mirroring 12,
// dialogue 20, closing 10 minutes; wrap-up 1 minute; coaches Ben, Chloé, Dev.
const started = run(setupClinic('standard'), [[0, { type: 'start' }]]);

function inPhase(index: number, templateId: TemplateId = 'standard', patch = {}): ClinicState {
  let state = run(setupClinic(templateId, patch), [[0, { type: 'start' }]]);
  for (let step = 0; step < index; step += 1) state = transition(state, { type: 'next' }, T0);
  return state;
}

describe('the clinic at an instant', () => {
  it('before the start: the first phase, not under way, no clock running, no forecast', () => {
    const moment = momentAt(setupClinic(), T0 + MINUTE);
    expect(moment).toMatchObject({
      at: T0 + MINUTE,
      status: 'setup',
      inSession: false,
      running: false,
      phaseIndex: 0,
      phase: { id: 'roles', speakers: 'everyone' },
      isFirstPhase: true,
      isLastPhase: false,
      mode: 'normal',
      turn: null,
      forecast: null,
    });
    expect(moment.clock.elapsedMs).toBe(0);
  });

  it('names the phase and who speaks in every phase, first and last marked', () => {
    PHASE_IDS.forEach((id, index) => {
      const moment = momentAt(inPhase(index), T0);
      expect(moment.phase.id).toBe(id);
      expect(moment.phaseIndex).toBe(index);
      expect(moment.isFirstPhase).toBe(index === 0);
      expect(moment.isLastPhase).toBe(index === PHASE_IDS.length - 1);
    });
    expect(momentAt(inPhase(1), T0).phase.speakers).toBe('caseOwnerOnly');
    expect(momentAt(inPhase(3), T0).phase.speakers).toBe('nobody');
  });

  it('runs the phase clock from the timestamps', () => {
    const moment = momentAt(started, T0 + 90 * SECOND);
    expect(moment).toMatchObject({ inSession: true, running: true, runningStretchMs: 90 * SECOND });
    expect(moment.clock).toMatchObject({
      elapsedMs: 90 * SECOND,
      plannedMs: 5 * MINUTE,
      remainingMs: 210 * SECOND,
      overtimeMs: 0,
      isOvertime: false,
    });
  });

  it('is normal, then in its wrap-up for the last minute, then over time', () => {
    expect(momentAt(started, T0 + 4 * MINUTE - 1).mode).toBe('normal');
    expect(momentAt(started, T0 + 4 * MINUTE).mode).toBe('wrapUp');
    expect(momentAt(started, T0 + 4 * MINUTE).wrapUpFromMs).toBe(4 * MINUTE);
    expect(momentAt(started, T0 + 5 * MINUTE - 1).mode).toBe('wrapUp');
    // At the planned end exactly the countdown reads 0:00: neither wrap-up nor yet over.
    expect(momentAt(started, T0 + 5 * MINUTE).mode).toBe('normal');
    expect(momentAt(started, T0 + 5 * MINUTE + 1).mode).toBe('overtime');
    expect(momentAt(started, T0 + 7 * MINUTE).clock.overtimeMs).toBe(2 * MINUTE);
  });

  it('has no wrap-up in the stillness, in a phase no longer than the wrap-up, or when it is off', () => {
    const stillness = inPhase(3);
    expect(momentAt(stillness, T0 + 2.5 * MINUTE)).toMatchObject({
      wrapUpFromMs: null,
      mode: 'normal',
    });
    expect(momentAt(stillness, T0 + 3 * MINUTE + 1).mode).toBe('overtime');
    const short = run(setupClinic('standard', { wrapUpMs: 5 * MINUTE }), [[0, { type: 'start' }]]);
    expect(momentAt(short, T0 + 4 * MINUTE)).toMatchObject({ wrapUpFromMs: null, mode: 'normal' });
    const off = run(setupClinic('standard', { wrapUpMs: 0 }), [[0, { type: 'start' }]]);
    expect(momentAt(off, T0 + 4.5 * MINUTE).mode).toBe('normal');
  });

  it('counts an extension in the planned length, the wrap-up and the mode', () => {
    const extended = transition(started, { type: 'extend', deltaMs: 2 * MINUTE }, T0 + MINUTE);
    const moment = momentAt(extended, T0 + 5 * MINUTE + 30 * SECOND);
    expect(moment.clock.plannedMs).toBe(7 * MINUTE);
    expect(moment.wrapUpFromMs).toBe(6 * MINUTE);
    expect(moment.mode).toBe('normal');
  });

  it('while paused: the clock stands, the pause grows, the mode stays', () => {
    const paused = run(setupClinic('standard'), [
      [0, { type: 'start' }],
      [4 * MINUTE + 10 * SECOND, { type: 'pause' }],
    ]);
    const moment = momentAt(paused, T0 + 9 * MINUTE);
    expect(moment).toMatchObject({
      status: 'paused',
      inSession: true,
      running: false,
      runningStretchMs: 0,
      pauseMs: 4 * MINUTE + 50 * SECOND,
      mode: 'wrapUp',
    });
    expect(moment.clock.elapsedMs).toBe(4 * MINUTE + 10 * SECOND);
  });

  it('after the finish: not under way, normal, the forecast is the real end', () => {
    const finished = transition(started, { type: 'finish' }, T0 + 8 * MINUTE);
    const moment = momentAt(finished, T0 + 60 * MINUTE);
    expect(moment).toMatchObject({ status: 'finished', inSession: false, mode: 'normal' });
    expect(moment.forecast).toEqual({ expectedEndAt: T0 + 8 * MINUTE, deltaMs: -62 * MINUTE });
  });

  it('forecasts the end from the time left: 70 planned minutes, 3 behind', () => {
    expect(momentAt(started, T0 + 8 * MINUTE).forecast).toEqual({
      expectedEndAt: T0 + 73 * MINUTE,
      deltaMs: 3 * MINUTE,
    });
  });
});

describe('the mirroring turn at an instant', () => {
  // 12 minutes over three coaches and the case owner's half turn: 12 / 3.5 = 3:25.7 a coach.
  const mirroring = inPhase(4);
  const coachTurnMs = (12 * MINUTE) / 3.5;

  it('is there in mirroring only', () => {
    expect(momentAt(started, T0).turn).toBeNull();
    expect(momentAt(started, T0).turns).toBeNull();
    expect(momentAt(mirroring, T0).turns?.startsAtMs).toHaveLength(4);
  });

  it('follows the clock from coach to coach, then to the case owner', () => {
    const first = momentAt(mirroring, T0).turn;
    expect(first).toMatchObject({
      turnIndex: 0,
      turnCount: 4,
      speaker: { kind: 'coach', coachIndex: 0 },
      next: { kind: 'coach', coachIndex: 1 },
    });
    expect(first?.turnRemainingMs).toBeCloseTo(coachTurnMs);
    expect(momentAt(mirroring, T0 + coachTurnMs + 1).turn?.speaker).toEqual({
      kind: 'coach',
      coachIndex: 1,
    });
    const last = momentAt(mirroring, T0 + 3 * coachTurnMs + SECOND).turn;
    expect(last).toMatchObject({ turnIndex: 3, speaker: { kind: 'owner' }, next: null });
  });

  it('after a hand-over, the rest of the phase is shared anew', () => {
    const handedOver = transition(mirroring, { type: 'nextTurn' }, T0 + MINUTE);
    const turn = momentAt(handedOver, T0 + MINUTE).turn;
    expect(turn?.turnIndex).toBe(1);
    // 11 minutes left for two coaches and the owner's half turn: 11 / 2.5 = 4:24.
    expect(turn?.turnRemainingMs).toBe((11 * MINUTE) / 2.5);
  });
});

describe('when something shown changes next', () => {
  it('is the next second of the countdown, the wrap-up, or nothing while paused', () => {
    expect(momentAt(started, T0 + 250).msUntilNextChange).toBe(750);
    expect(momentAt(started, T0 + 3 * MINUTE + 59.5 * SECOND).msUntilNextChange).toBe(500);
    const paused = transition(started, { type: 'pause' }, T0 + SECOND);
    expect(momentAt(paused, T0 + 2 * SECOND).msUntilNextChange).toBeNull();
    expect(momentAt(setupClinic(), T0).msUntilNextChange).toBeNull();
  });

  it('in mirroring, also the next second of the turn and the next turn', () => {
    // Quick: 5 minutes, two coaches: turns of 2:00, 2:00 and the owner's 1:00; a hand-over at
    // 0:30.3 shares the rest anew, so the turns' seconds fall between the countdown's.
    const mirroring = inPhase(4, 'quick', { coaches: ['Ben', 'Chloé'] });
    const handedOver = transition(mirroring, { type: 'nextTurn' }, T0 + 30_300);
    const moment = momentAt(handedOver, T0 + 31_000);
    const turnRemaining = moment.turn!.turnRemainingMs;
    expect(turnRemaining % 1000).not.toBe(0);
    expect(moment.msUntilNextChange).toBe(Math.min(1000, turnRemaining % 1000));
  });
});

describe('the moment and the cues agree', () => {
  it.each([
    ['standard', {}],
    ['quick', {}],
    ['quick', { wrapUpMs: 3 * MINUTE }],
    ['reverseMentoring', { wrapUpMs: 0 }],
  ] as const)('the wrap-up chime rings when the look turns to wrap-up (%s %o)', (id, patch) => {
    for (let index = 0; index < PHASE_IDS.length; index += 1) {
      let state = inPhase(index, id, patch);
      let wrapUpChimeAt: number | null = null;
      let wrapUpLookAt: number | null = null;
      for (let offset = 0; offset <= 25 * MINUTE; offset += SECOND) {
        const collected = collectCues(state, T0 + offset);
        state = collected.state;
        if (collected.cue?.kind === 'wrapUp' && wrapUpChimeAt === null) wrapUpChimeAt = offset;
        if (momentAt(state, T0 + offset).mode === 'wrapUp' && wrapUpLookAt === null) {
          wrapUpLookAt = offset;
        }
      }
      expect(wrapUpChimeAt).toBe(wrapUpLookAt);
    }
  });
});
