import { describe, expect, it } from 'vitest';
import { transition } from '@/clinic/machine';
import { currentTurn } from '@/clinic/mirroring';
import { peopleChangeProblem } from '@/clinic/people';
import { step } from '@/clinic/cues';
import type { ClinicState } from '@/clinic/state';
import { parseClinicState } from '@/clinic/validate-state';
import { MINUTE, T0, run, setupClinic } from '../helpers/clinic-fixtures';

// Quick template: mirroring is 5 minutes, entered at T0 + 4. Three coaches and the owner's half
// turn share it: each coach 5/3.5 min, the owner half of that.
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
const speakerName = (state: ClinicState, at: number) => {
  const turn = currentTurn(state, at);
  if (!turn) return null;
  return turn.speaker.kind === 'owner' ? 'owner' : state.plan.coaches[turn.speaker.coachIndex];
};

describe('renaming people while the clinic runs', () => {
  it('renames a coach, the case owner and the facilitator; the turns stay as they were', () => {
    const before = atMirroring();
    const at = START + COACH_TURN + 1000;
    let state = transition(
      before,
      { type: 'renamePerson', person: { role: 'coach', index: 1 }, name: 'Chloe' },
      at,
    );
    state = transition(
      state,
      { type: 'renamePerson', person: { role: 'caseOwner' }, name: 'Ada L.' },
      at,
    );
    state = transition(
      state,
      { type: 'renamePerson', person: { role: 'facilitator' }, name: '' },
      at,
    );
    expect(state.plan.coaches).toEqual(['Ben', 'Chloe', 'Dev']);
    expect(state.plan.caseOwner).toBe('Ada L.');
    expect(state.plan.facilitator).toBe('');
    expect(state.handover).toBe(before.handover);
    expect(speakerName(state, at)).toBe('Chloe');
    expect(currentTurn(state, at)).toEqual(currentTurn(before, at));
  });

  it('refuses a blank coach or case owner and a name longer than the setup form takes', () => {
    const state = atMirroring();
    const coach = { role: 'coach', index: 0 } as const;
    expect(peopleChangeProblem(state, { type: 'renamePerson', person: coach, name: '  ' })).toBe(
      'coachNameMissing',
    );
    expect(
      peopleChangeProblem(state, { type: 'renamePerson', person: { role: 'caseOwner' }, name: '' }),
    ).toBe('caseOwnerMissing');
    expect(
      peopleChangeProblem(state, { type: 'renamePerson', person: coach, name: 'x'.repeat(201) }),
    ).toBe('nameTooLong');
    expect(transition(state, { type: 'renamePerson', person: coach, name: ' ' }, START)).toBe(
      state,
    );
  });

  it('applies only to a clinic under way', () => {
    const setup = setupClinic('quick');
    expect(transition(setup, { type: 'addCoach', name: 'Fay' }, T0)).toBe(setup);
    expect(peopleChangeProblem(setup, { type: 'addCoach', name: 'Fay' })).toBe('notInSession');
  });
});

describe('a coach who arrives late', () => {
  it('joins the queue during mirroring: the time left is shared out again from now', () => {
    const state = atMirroring();
    const at = START + COACH_TURN + 10_000; // Chloé has spoken for 10 s
    const after = transition(state, { type: 'addCoach', name: 'Fay' }, at);
    expect(after.plan.coaches).toEqual(['Ben', 'Chloé', 'Dev', 'Fay']);
    // Ben's turn stays given; Chloé goes on; then Dev, Fay and the owner share what is left.
    const left = 5 * MINUTE - (COACH_TURN + 10_000);
    const share = left / 3.5;
    expect(speakerName(after, at)).toBe('Chloé');
    expect(currentTurn(after, at)?.turnCount).toBe(5);
    expect(speakerName(after, at + share + 1)).toBe('Dev');
    expect(speakerName(after, at + 2 * share + 1)).toBe('Fay');
    expect(speakerName(after, at + 3 * share - 1)).toBe('Fay');
    expect(speakerName(after, at + 3 * share + 1)).toBe('owner');
    // Ben never speaks again.
    for (let t = at; t < START + 5 * MINUTE; t += 5000)
      expect(speakerName(after, t)).not.toBe('Ben');
  });

  it('arriving while the case owner speaks, gets no mirroring turn', () => {
    const at = START + 3 * COACH_TURN + 1000;
    const after = transition(atMirroring(), { type: 'addCoach', name: 'Fay' }, at);
    expect(speakerName(after, at)).toBe('owner');
    expect(speakerName(after, START + 5 * MINUTE - 1)).toBe('owner');
  });

  it('is refused with eight coaches already, and without a name', () => {
    const eight = atMirroring(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(peopleChangeProblem(eight, { type: 'addCoach', name: 'I' })).toBe('tooManyCoaches');
    expect(transition(eight, { type: 'addCoach', name: 'I' }, START + 1000)).toBe(eight);
    expect(peopleChangeProblem(atMirroring(), { type: 'addCoach', name: ' ' })).toBe(
      'coachNameMissing',
    );
  });
});

describe('a coach who leaves', () => {
  it('after speaking: their turn stays in the record and the others go on from now', () => {
    const at = START + COACH_TURN + 10_000; // Chloé speaks, Ben has spoken
    const after = transition(atMirroring(), { type: 'removeCoach', coachIndex: 0 }, at);
    expect(after.plan.coaches).toEqual(['Chloé', 'Dev']);
    expect(after.givenTurns).toEqual([
      { name: 'Ben', phaseEntry: expect.any(Number), fromMs: 0, toMs: COACH_TURN },
    ]);
    const left = 5 * MINUTE - (COACH_TURN + 10_000);
    expect(speakerName(after, at)).toBe('Chloé');
    expect(speakerName(after, at + left / 2.5 + 1)).toBe('Dev');
    expect(speakerName(after, at + (2 * left) / 2.5 + 1)).toBe('owner');
  });

  it('while speaking: their turn ends now, kept as long as it lasted, and the next coach starts', () => {
    const at = START + COACH_TURN + 10_000;
    const after = transition(atMirroring(), { type: 'removeCoach', coachIndex: 1 }, at);
    expect(after.plan.coaches).toEqual(['Ben', 'Dev']);
    expect(after.givenTurns?.[0]).toMatchObject({ name: 'Chloé', fromMs: COACH_TURN });
    expect(after.givenTurns?.[0]?.toMs).toBeCloseTo(COACH_TURN + 10_000, 0);
    expect(speakerName(after, at)).toBe('Dev');
    expect(currentTurn(after, at)?.turnRemainingMs).toBeCloseTo(
      (5 * MINUTE - (COACH_TURN + 10_000)) / 1.5,
      0,
    );
  });

  it('before speaking: simply leaves the queue', () => {
    const at = START + 1000;
    const after = transition(atMirroring(), { type: 'removeCoach', coachIndex: 2 }, at);
    expect(after.givenTurns).toEqual([]);
    expect(speakerName(after, at)).toBe('Ben');
    expect(speakerName(after, at + 2 * ((5 * MINUTE - 1000) / 2.5) + 1)).toBe('owner');
  });

  it('is refused with two coaches left, with a message code the setup form already uses', () => {
    const two = atMirroring(['Ben', 'Chloé']);
    expect(peopleChangeProblem(two, { type: 'removeCoach', coachIndex: 0 })).toBe('tooFewCoaches');
    expect(transition(two, { type: 'removeCoach', coachIndex: 0 }, START + 1000)).toBe(two);
  });

  it('rings no knock for the change itself, and the next hand-over still rings', () => {
    const at = START + COACH_TURN + 10_000;
    const before = step(atMirroring(), { type: 'tick' }, at).state;
    const changed = step(before, { type: 'removeCoach', coachIndex: 0 }, at);
    expect(changed.cue).toBeNull();
    const left = 5 * MINUTE - (COACH_TURN + 10_000);
    const next = step(changed.state, { type: 'tick' }, at + left / 2.5 + 1);
    expect(next.cue).toMatchObject({ kind: 'handover', turnIndex: 1 });
  });
});

describe('a change of people across a reload', () => {
  it('reads back as it was saved, turns and record included', () => {
    const at = START + COACH_TURN + 10_000;
    const after = transition(atMirroring(), { type: 'removeCoach', coachIndex: 0 }, at);
    const read = parseClinicState(JSON.parse(JSON.stringify(after)));
    expect(read).toEqual({ ok: true, value: after });
    if (!read.ok) return;
    expect(speakerName(read.value, at + 1000)).toBe('Chloé');
  });
});
