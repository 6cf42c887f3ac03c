import { describe, expect, it } from 'vitest';
import { stepSession } from '@/clinic/session/step';
import type { SessionEvent } from '@/clinic/session/machine';
import type { SessionState } from '@/clinic/session/state';
import { MINUTE, SECOND, T0, plannedSession, runSession } from './fixtures';
import { setAllBreaks } from '@/clinic/session/plan/plan-edit';

const at = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;

/** Steps through events like the store does, collecting the cue kinds heard. */
function play(state: SessionState, script: Array<[number, SessionEvent]>) {
  const heard: string[] = [];
  let current = state;
  for (const [offset, event] of script) {
    const result = stepSession(current, event, T0 + offset);
    current = result.state;
    if (result.cue) heard.push(result.cue.kind);
  }
  return { state: current, heard };
}

const inBreak = () =>
  runSession(plannedSession(), [
    [0, { type: 'start' }],
    [at(30), { type: 'finishClinic' }],
  ]);

describe('the cues of a session', () => {
  it('starting the session rings the first phase start', () => {
    expect(play(plannedSession(), [[0, { type: 'start' }]]).heard).toEqual(['phaseStart']);
  });

  it('the break calls back a minute before its end and rings its end, once each', () => {
    const { heard, state } = play(inBreak(), [
      [at(38, 59), { type: 'tick' }],
      [at(39), { type: 'tick' }],
      [at(39, 1), { type: 'tick' }],
      [at(40), { type: 'tick' }],
      [at(41), { type: 'tick' }],
    ]);
    expect(heard).toEqual(['breakWrapUp', 'breakEnd']);
    // A reload hands the saved state back: nothing rings again.
    expect(stepSession(state, { type: 'tick' }, T0 + at(42)).cue).toBeNull();
  });

  it('a laptop waking after the break rings only its end, not a burst', () => {
    expect(play(inBreak(), [[at(45), { type: 'tick' }]]).heard).toEqual(['breakEnd']);
  });

  it('lengthening never rings at once, and moves the end cue', () => {
    const { heard } = play(inBreak(), [
      [at(39, 30), { type: 'tick' }],
      [at(39, 40), { type: 'lengthenBreak', deltaMs: 30 * SECOND }],
      [at(40), { type: 'tick' }],
      [at(40, 30), { type: 'tick' }],
    ]);
    expect(heard).toEqual(['breakWrapUp', 'breakEnd']);
  });

  it('a break of no length rings nothing; the next clinic rings its start', () => {
    const noBreak = runSession(
      { ...plannedSession(), plan: setAllBreaks(plannedSession().plan, 0) },
      [
        [0, { type: 'start' }],
        [at(30), { type: 'finishClinic' }],
      ],
    );
    const { heard, state } = play(noBreak, [
      [at(31), { type: 'tick' }],
      [at(32), { type: 'startNextClinic' }],
    ]);
    expect(heard).toEqual(['phaseStart']);
    expect(state.runs[1]!.firedCues).toEqual(['1:start']);
  });

  it('the clinic inside rings as on its own: wrap-up and end of its phase', () => {
    const { heard } = play(plannedSession(), [
      [0, { type: 'start' }],
      [at(1), { type: 'tick' }],
      [at(2), { type: 'tick' }],
      [at(2, 1), { type: 'clinic', event: { type: 'next' } }],
    ]);
    expect(heard).toEqual(['phaseStart', 'wrapUp', 'phaseEnd', 'phaseStart']);
  });
});
