import { describe, expect, it } from 'vitest';
import {
  displayedSeconds,
  forecast,
  formatCountdown,
  formatDuration,
  isWrapUp,
  msUntilNextDisplayChange,
  phaseClock,
} from '@/clinic/clock';
import { transition } from '@/clinic/machine';
import { MINUTE, SECOND, T0, run, setupClinic } from '../helpers/clinic-fixtures';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61 * SECOND, '1:01'],
    [10 * MINUTE, '10:00'],
    [59 * MINUTE + 59 * SECOND, '59:59'],
    [60 * MINUTE, '1:00:00'],
    [3 * 60 * MINUTE + 5 * MINUTE + 7 * SECOND, '3:05:07'],
    [-5 * SECOND, '0:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('the countdown as shown', () => {
  const started = run(setupClinic('standard'), [[0, { type: 'start' }]]); // roles: 5 minutes

  it('rounds remaining time up, so 0:00 shows only at the end', () => {
    expect(formatCountdown(phaseClock(started, T0)).text).toBe('5:00');
    expect(formatCountdown(phaseClock(started, T0 + 1)).text).toBe('5:00');
    expect(formatCountdown(phaseClock(started, T0 + 1000)).text).toBe('4:59');
    expect(formatCountdown(phaseClock(started, T0 + 5 * MINUTE - 1)).text).toBe('0:01');
    expect(formatCountdown(phaseClock(started, T0 + 5 * MINUTE)).text).toBe('0:00');
  });

  it('shows overtime as time over, counting up', () => {
    const over = formatCountdown(phaseClock(started, T0 + 6 * MINUTE + 20 * SECOND));
    expect(over).toEqual({ text: '1:20', isOvertime: true });
  });

  it('knows when the shown second will change next', () => {
    expect(msUntilNextDisplayChange(phaseClock(started, T0 + 250))).toBe(750);
    expect(msUntilNextDisplayChange(phaseClock(started, T0 + 1000))).toBe(1000);
    expect(msUntilNextDisplayChange(phaseClock(started, T0 + 5 * MINUTE + 300))).toBe(700);
    const clock = phaseClock(started, T0 + 1234);
    const later = phaseClock(started, T0 + 1234 + msUntilNextDisplayChange(clock));
    expect(displayedSeconds(later)).toBe(displayedSeconds(clock) - 1);
  });

  it('reports wrap-up in the last minute only', () => {
    expect(isWrapUp(started, T0 + 3 * MINUTE)).toBe(false);
    expect(isWrapUp(started, T0 + 4 * MINUTE)).toBe(true);
    expect(isWrapUp(started, T0 + 5 * MINUTE + 1)).toBe(false);
    const off = run(setupClinic('standard', { wrapUpMs: 0 }), [[0, { type: 'start' }]]);
    expect(isWrapUp(off, T0 + 4.5 * MINUTE)).toBe(false);
  });

  it('gives progress from 0 to 1', () => {
    expect(phaseClock(started, T0).progress).toBe(0);
    expect(phaseClock(started, T0 + 2.5 * MINUTE).progress).toBe(0.5);
    expect(phaseClock(started, T0 + 9 * MINUTE).progress).toBe(1);
  });
});

describe('forecast', () => {
  it('is null before the start', () => {
    expect(forecast(setupClinic(), T0)).toBeNull();
  });

  it('projects the end and how far behind plan the clinic runs', () => {
    const state = run(setupClinic('standard'), [
      [0, { type: 'start' }],
      [MINUTE, { type: 'pause' }],
      [3 * MINUTE, { type: 'resume' }],
    ]);
    const result = forecast(state, T0 + 3 * MINUTE);
    expect(result?.expectedEndAt).toBe(T0 + 72 * MINUTE);
    expect(result?.deltaMs).toBe(2 * MINUTE);
  });

  it('shows a clinic ahead of plan when phases are left early', () => {
    const state = transition(
      run(setupClinic('standard'), [[0, { type: 'start' }]]),
      { type: 'next' },
      T0 + MINUTE,
    );
    expect(forecast(state, T0 + MINUTE)?.deltaMs).toBe(-4 * MINUTE);
  });
});
