import { describe, expect, it } from 'vitest';
import {
  countdownView,
  forecastView,
  modeOf,
  sameCountdown,
  sameForecast,
  sameTurn,
  turnView,
} from '@/features/session/stage/session-view';
import { transition } from '@/clinic/machine';
import { momentAt } from '@/clinic/moment';
import { MINUTE, SECOND, T0, run, setupClinic } from '../../helpers/clinic-fixtures';

// Quick template: roles 2 minutes, mirroring 5; coaches Ben, Chloé, Dev.
const started = run(setupClinic('quick'), [[0, { type: 'start' }]]);
const at = (offsetMs: number, state = started) => momentAt(state, T0 + offsetMs);

describe('the countdown as the screens show it', () => {
  it('rounds up, fills the bar by whole shown seconds, and is full in overtime', () => {
    expect(countdownView(at(0))).toEqual({ text: '2:00', isOvertime: false, progress: 0 });
    expect(countdownView(at(1))).toEqual({ text: '2:00', isOvertime: false, progress: 0 });
    expect(countdownView(at(30 * SECOND))).toEqual({
      text: '1:30',
      isOvertime: false,
      progress: 0.25,
    });
    expect(countdownView(at(2 * MINUTE + 5 * SECOND))).toEqual({
      text: '0:05',
      isOvertime: true,
      progress: 1,
    });
  });

  it('is the same within a shown second, and differs across one', () => {
    expect(sameCountdown(countdownView(at(10_100)), countdownView(at(10_900)))).toBe(true);
    expect(sameCountdown(countdownView(at(10_900)), countdownView(at(11_100)))).toBe(false);
  });
});

describe('the mode', () => {
  it('is read from the moment: normal, wrap-up in the last minute, overtime past the end', () => {
    expect(modeOf(at(30 * SECOND))).toBe('normal');
    expect(modeOf(at(70 * SECOND))).toBe('wrapUp');
    expect(modeOf(at(2 * MINUTE + 1))).toBe('overtime');
  });
});

describe('the mirroring turn as shown', () => {
  const mirroring = [1, 2, 3, 4].reduce(
    (state) => transition(state, { type: 'next' }, T0),
    started,
  );

  it('is null outside mirroring', () => {
    expect(turnView(at(0))).toBeNull();
    expect(sameTurn(null, null)).toBe(true);
    expect(sameTurn(turnView(at(0, mirroring)), null)).toBe(false);
  });

  it('says who speaks, who is next, and the turn time left rounded up to the second', () => {
    // 5 minutes over three coaches and the owner's half turn: 1:25.7 a coach.
    expect(turnView(at(0, mirroring))).toEqual({
      turnIndex: 0,
      turnCount: 4,
      speaker: { kind: 'coach', coachIndex: 0 },
      next: { kind: 'coach', coachIndex: 1 },
      remainingText: '1:26',
    });
    expect(turnView(at(26 * SECOND, mirroring))?.remainingText).toBe('1:00');
    expect(turnView(at(4 * MINUTE + 30 * SECOND, mirroring))).toMatchObject({
      speaker: { kind: 'owner' },
      next: null,
    });
  });

  it('changes when the turn or its shown second changes', () => {
    const a = turnView(at(10_000, mirroring));
    expect(sameTurn(a, turnView(at(10_500, mirroring)))).toBe(true);
    expect(sameTurn(a, turnView(at(11_000, mirroring)))).toBe(false);
  });
});

describe('the forecast as shown', () => {
  it('is null before the start', () => {
    expect(forecastView(momentAt(setupClinic('quick'), T0))).toBeNull();
    expect(sameForecast(null, null)).toBe(true);
  });

  it('rounds the end down to the minute and the lag to whole minutes', () => {
    // 35 planned minutes; 3.5 minutes into a 2-minute phase: 1.5 minutes behind.
    const view = forecastView(at(3.5 * MINUTE));
    expect(view).toEqual({ endMinuteAt: T0 + 36 * MINUTE, deltaMinutes: 2 });
    expect(sameForecast(view, forecastView(at(3.5 * MINUTE + 20 * SECOND)))).toBe(true);
    expect(sameForecast(view, forecastView(at(4.5 * MINUTE)))).toBe(false);
  });
});
