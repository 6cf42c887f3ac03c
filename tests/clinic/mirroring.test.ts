import { describe, expect, it } from 'vitest';
import { currentTurn, turnSchedule } from '@/clinic/mirroring';
import { transition } from '@/clinic/machine';
import type { ClinicState } from '@/clinic/state';
import { MINUTE, SECOND, T0, run, setupClinic } from '../helpers/clinic-fixtures';

// Quick template: mirroring is 5 minutes. Three coaches + the owner's half turn = 3.5 units,
// so each coach gets 5/3.5 min (85,714.28… ms) and the owner 42,857.14… ms.
function atMirroring(coaches = ['Ben', 'Chloé', 'Dev']): ClinicState {
  return run(setupClinic('quick', { coaches }), [
    [0, { type: 'start' }],
    [1, { type: 'next' }],
    [2, { type: 'next' }],
    [3, { type: 'next' }],
    [4, { type: 'next' }],
  ]);
}
const START = T0 + 4;
const COACH_TURN = (5 * MINUTE) / 3.5;

describe('mirroring turns', () => {
  it('splits the phase into equal coach turns and a half turn for the case owner', () => {
    const { startsAtMs, endsAtMs } = turnSchedule(atMirroring());
    expect(startsAtMs).toHaveLength(4);
    expect(endsAtMs[0]).toBeCloseTo(COACH_TURN, 6);
    expect(endsAtMs[2]).toBeCloseTo(3 * COACH_TURN, 6);
    expect(endsAtMs[3]).toBeCloseTo(5 * MINUTE, 6);
    expect(endsAtMs[3]! - startsAtMs[3]!).toBeCloseTo(COACH_TURN / 2, 6);
  });

  it('follows the clock from coach to coach to the case owner', () => {
    const state = atMirroring();
    const speakers = [0, COACH_TURN + 1, 2 * COACH_TURN + 1, 3 * COACH_TURN + 1].map(
      (offset) => currentTurn(state, START + offset)?.speaker,
    );
    expect(speakers).toEqual([
      { kind: 'coach', coachIndex: 0 },
      { kind: 'coach', coachIndex: 1 },
      { kind: 'coach', coachIndex: 2 },
      { kind: 'owner' },
    ]);
    expect(currentTurn(state, START)?.next).toEqual({ kind: 'coach', coachIndex: 1 });
    expect(currentTurn(state, START + 4.9 * MINUTE)?.next).toBeNull();
  });

  it('stays on the last turn in overtime', () => {
    const turn = currentTurn(atMirroring(), START + 9 * MINUTE);
    expect(turn?.speaker).toEqual({ kind: 'owner' });
    expect(turn?.turnRemainingMs).toBe(0);
  });

  it('nextTurn hands over early and shares what is left among the remaining turns', () => {
    const state = transition(atMirroring(), { type: 'nextTurn' }, START + 30 * SECOND);
    const turn = currentTurn(state, START + 30 * SECOND);
    expect(turn?.speaker).toEqual({ kind: 'coach', coachIndex: 1 });
    // 4:30 left for 2 coaches + a half turn: 2.5 units of 108 s.
    expect(turn?.turnLengthMs).toBeCloseTo(108 * SECOND, 6);
    expect(turn?.turnRemainingMs).toBeCloseTo(108 * SECOND, 6);
  });

  it('nextTurn does nothing on the last turn or outside mirroring', () => {
    const last = transition(atMirroring(), { type: 'nextTurn' }, START + 4.9 * MINUTE);
    expect(last.handover).toBeNull();
    const outside = run(setupClinic('quick'), [[0, { type: 'start' }]]);
    expect(transition(outside, { type: 'nextTurn' }, T0 + SECOND)).toBe(outside);
    expect(currentTurn(outside, T0 + SECOND)).toBeNull();
  });

  it('works while paused', () => {
    const paused = transition(atMirroring(), { type: 'pause' }, START + 10 * SECOND);
    const handed = transition(paused, { type: 'nextTurn' }, START + 50 * SECOND);
    expect(currentTurn(handed, START + 99 * SECOND)?.turnIndex).toBe(1);
    expect(handed.handover).toEqual({ turnIndex: 1, atElapsedMs: 10 * SECOND });
  });

  it('works with eight coaches', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const state = atMirroring(names);
    expect(currentTurn(state, START)?.turnCount).toBe(9);
    expect(currentTurn(state, START + 5 * MINUTE - 1)?.speaker).toEqual({ kind: 'owner' });
  });
});
