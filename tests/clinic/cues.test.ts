import { describe, expect, it } from 'vitest';
import { collectCues, step, type Cue } from '@/clinic/cues';
import type { ClinicEvent } from '@/clinic/machine';
import type { ClinicState } from '@/clinic/state';
import { parseClinicState } from '@/clinic/validate-state';
import { MINUTE, SECOND, T0, setupClinic } from '../helpers/clinic-fixtures';

/**
 * Drives a clinic the way the app does: a tick every second, plus the facilitator's events at
 * their instants. Returns every cue handed out, as "m:ss kind phase".
 */
function drive(
  initial: ClinicState,
  untilMs: number,
  events: Array<[number, ClinicEvent]>,
): { state: ClinicState; cues: string[] } {
  let state = initial;
  const cues: string[] = [];
  const record = (cue: Cue | null, offset: number) => {
    if (!cue) return;
    const seconds = Math.floor(offset / 1000);
    cues.push(
      `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} ${cue.kind} ${cue.phaseId}`,
    );
  };
  const pending = [...events].sort((a, b) => a[0] - b[0]);
  for (let offset = 0; offset <= untilMs; offset += SECOND) {
    while (pending.length > 0 && pending[0]![0] <= offset) {
      const [at, event] = pending.shift()!;
      const result = step(state, event, T0 + at);
      state = result.state;
      record(result.cue, at);
    }
    const result = step(state, { type: 'tick' }, T0 + offset);
    state = result.state;
    record(result.cue, offset);
  }
  return { state, cues };
}

describe('the cues of a whole quick clinic', () => {
  // Quick: roles 2, presentation 5, clarification 3, stillness 1, mirroring 5, dialogue 12,
  // closing 7. Two coaches: mirroring turns of 2:00, 2:00 and 1:00 for the case owner.
  const plan = { coaches: ['Ben', 'Chloé'], stillnessEndsAutomatically: true };
  const m = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;
  const { cues } = drive(setupClinic('quick', plan), m(40), [
    [m(0), { type: 'start' }],
    [m(0, 30), { type: 'pause' }],
    [m(1, 30), { type: 'resume' }], // roles now ends at 3:00
    [m(2, 10), { type: 'extend', deltaMs: MINUTE }], // ...and at 4:00
    [m(6, 30), { type: 'next' }], // roles in overtime 2:30: one reminder at 6:00
    [m(11, 30), { type: 'next' }], // presentation exactly to plan
    [m(13), { type: 'next' }], // clarification left early: no wrap-up
    // stillness 13:00-14:00 ends by itself; mirroring 14:00-19:00
    [m(19), { type: 'next' }],
    [m(31), { type: 'next' }],
    [m(38), { type: 'finish' }],
  ]);

  it('rings each cue once, in order', () => {
    expect(cues).toEqual([
      '0:00 phaseStart roles',
      '2:00 wrapUp roles',
      '3:00 wrapUp roles', // the extension moved the end: its new last minute is announced too
      '4:00 phaseEnd roles',
      '6:00 overtime roles',
      '6:30 phaseStart presentation',
      '10:30 wrapUp presentation',
      '11:30 phaseStart clarification', // moved on at the very end: the start is heard
      '13:00 stillnessStart stillness',
      '14:00 stillnessEnd stillness', // ended by itself: the bell, not the next start
      '16:00 handover mirroring',
      '18:00 handover mirroring', // the owner's turn is also the last minute: one cue
      '19:00 phaseStart dialogue',
      '30:00 wrapUp dialogue',
      '31:00 phaseStart closing',
      '37:00 wrapUp closing',
    ]);
  });
});

describe('adding a minute', () => {
  const m = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * SECOND;
  const start: [number, ClinicEvent] = [0, { type: 'start' }];

  it('in overtime rings nothing at once; the new end rings when it comes', () => {
    // Roles: 2 min, wrap-up 1 min before the end. At 2:10 the phase is 10 s over; one minute
    // more puts its end at 3:00, so its new last minute has already begun.
    const { cues } = drive(setupClinic('quick'), m(3, 5), [
      start,
      [m(2, 10), { type: 'extend', deltaMs: MINUTE }],
    ]);
    expect(cues).toEqual([
      '0:00 phaseStart roles',
      '1:00 wrapUp roles',
      '2:00 phaseEnd roles',
      '3:00 phaseEnd roles',
    ]);
  });

  it('long in overtime rings no overtime reminder at once', () => {
    const every = setupClinic('quick').plan.overtimeReminderMs;
    const late = m(2) + every + 30 * SECOND; // half a minute after the first reminder
    const { cues } = drive(setupClinic('quick'), late + 5 * SECOND, [
      start,
      [late, { type: 'extend', deltaMs: MINUTE }],
    ]);
    const reminderAt = (m(2) + every) / SECOND;
    const shown = `${Math.floor(reminderAt / 60)}:${String(reminderAt % 60).padStart(2, '0')}`;
    expect(cues.at(-1)).toBe(`${shown} overtime roles`);
  });
});

const reload = (state: ClinicState): ClinicState => {
  const parsed = parseClinicState(JSON.parse(JSON.stringify(state)));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

describe('cues and reloads', () => {
  const started = step(setupClinic('standard'), { type: 'start' }, T0);

  it('the start of a clinic rings once', () => {
    expect(started.cue?.kind).toBe('phaseStart');
    expect(collectCues(started.state, T0 + SECOND).cue).toBeNull();
  });

  it('never replays a cue after a reload', () => {
    const wrapUp = collectCues(started.state, T0 + 4 * MINUTE); // roles: 5 min, wrap-up at 4
    expect(wrapUp.cue?.kind).toBe('wrapUp');
    const reloaded = reload(wrapUp.state);
    expect(collectCues(reloaded, T0 + 4 * MINUTE + 2 * SECOND).cue).toBeNull();
    expect(collectCues(reloaded, T0 + 5 * MINUTE).cue?.kind).toBe('phaseEnd');
  });

  it('a second window with the same state hands out nothing already fired', () => {
    const fired = collectCues(started.state, T0 + 5 * MINUTE).state;
    const secondWindow = reload(fired);
    expect(collectCues(secondWindow, T0 + 5 * MINUTE + 500).cue).toBeNull();
  });

  it('after a long sleep plays only the newest cue, not a burst', () => {
    // Asleep from 0:01 to 13:00: wrap-up, end and four overtime reminders were due.
    const woke = collectCues(started.state, T0 + 13 * MINUTE);
    expect(woke.cue).toMatchObject({ kind: 'overtime', atElapsedMs: 13 * MINUTE });
    expect(collectCues(woke.state, T0 + 13 * MINUTE + SECOND).cue).toBeNull();
    expect(collectCues(woke.state, T0 + 15 * MINUTE).cue?.kind).toBe('overtime');
  });

  it('rings nothing in setup or after the finish', () => {
    expect(collectCues(setupClinic(), T0).cue).toBeNull();
    const finished = step(started.state, { type: 'finish' }, T0 + MINUTE);
    expect(finished.cue).toBeNull();
    expect(collectCues(finished.state, T0 + 30 * MINUTE).cue).toBeNull();
  });

  it('turns the wrap-up and the overtime reminder off when set to 0', () => {
    const quiet = step(
      setupClinic('standard', { wrapUpMs: 0, overtimeReminderMs: 0 }),
      { type: 'start' },
      T0,
    );
    const at = (ms: number) => collectCues(quiet.state, T0 + ms).cue?.kind ?? null;
    expect(at(4.5 * MINUTE)).toBeNull();
    expect(at(5 * MINUTE)).toBe('phaseEnd');
    const ended = collectCues(quiet.state, T0 + 5 * MINUTE).state;
    expect(collectCues(ended, T0 + 20 * MINUTE).cue).toBeNull();
  });

  it('reopening a finished clinic rings nothing again', () => {
    const wrapped = collectCues(started.state, T0 + 5 * MINUTE + SECOND).state;
    const finished = step(wrapped, { type: 'finish' }, T0 + 5 * MINUTE + 2 * SECOND);
    const reopened = step(finished.state, { type: 'reopen' }, T0 + 6 * MINUTE);
    expect(reopened.cue).toBeNull();
  });

  it('restarting a phase rings its start again', () => {
    const restarted = step(started.state, { type: 'restartPhase' }, T0 + MINUTE);
    expect(restarted.cue?.kind).toBe('phaseStart');
  });

  it('stillness starts and ends with its own bell, and has no wrap-up', () => {
    let state = started.state;
    for (let i = 1; i <= 3; i += 1) state = step(state, { type: 'next' }, T0 + i * MINUTE).state;
    expect(collectCues(state, T0 + 3 * MINUTE).cue).toBeNull();
    const stillnessEnd = collectCues(state, T0 + 6 * MINUTE);
    expect(stillnessEnd.cue?.kind).toBe('stillnessEnd');
    const quiet = collectCues(state, T0 + 5 * MINUTE + 30 * SECOND);
    expect(quiet.cue).toBeNull();
  });
});
