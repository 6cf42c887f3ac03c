import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderConsole } from '../../helpers/render-console';
import {
  MINUTE,
  SECOND,
  advance,
  goToPhase,
  runningClinicStore,
  useFakeClock,
} from '../../helpers/session';

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const timerText = () => screen.getByRole('timer').textContent;
const liveRegion = () => screen.getByRole('status');

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('the console shows the phase', () => {
  it('names the phase, its place, who speaks, the prompt and the facilitator hint', () => {
    renderConsole(runningClinicStore());
    expect(screen.getByRole('heading', { level: 1, name: 'Roles and case' })).toBeInTheDocument();
    expect(screen.getByText('Phase 1 of 7')).toBeInTheDocument();
    expect(screen.getByText('Everyone')).toBeInTheDocument();
    expect(timerText()).toBe('2:00');
    expect(
      screen.getByText('Who is the case owner, who coaches, who keeps time?'),
    ).toBeInTheDocument();
    const hint = screen.getByRole('region', { name: 'For you, the facilitator' });
    expect(hint).toHaveTextContent('Agree on the timekeeper and confidentiality.');
  });

  it('shows the confidentiality reminder in the roles phase only, with the text from setup', () => {
    const store = runningClinicStore('quick', { confidentialityText: 'Nothing leaves this room.' });
    renderConsole(store);
    expect(screen.getByText('Nothing leaves this room.')).toBeInTheDocument();
    click('Next phase');
    expect(screen.queryByText('Nothing leaves this room.')).not.toBeInTheDocument();
  });

  it('leaves the reminder out when setup switched it off', () => {
    renderConsole(runningClinicStore('quick', { showConfidentiality: false }));
    expect(screen.queryByText('What is said here stays here.')).not.toBeInTheDocument();
  });

  it('counts down from timestamps and fills the phase bar', () => {
    renderConsole(runningClinicStore());
    advance(30 * SECOND);
    expect(timerText()).toBe('1:30');
    expect(screen.getByRole('progressbar', { name: 'Phase time used' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
  });
});

describe('every console control', () => {
  it('Pause stops the clock and Resume runs it again', () => {
    const store = runningClinicStore();
    renderConsole(store);
    advance(10 * SECOND);
    click('Pause');
    expect(store.getState().clinic.status).toBe('paused');
    expect(screen.getByText('Paused')).toBeInTheDocument();
    advance(45 * SECOND);
    expect(timerText()).toBe('1:50');
    click('Resume');
    expect(store.getState().clinic.status).toBe('running');
    advance(10 * SECOND);
    expect(timerText()).toBe('1:40');
    expect(screen.queryByText('Paused')).not.toBeInTheDocument();
  });

  it('Next phase and Previous phase move between phases; each end is guarded', () => {
    renderConsole(runningClinicStore());
    expect(screen.getByRole('button', { name: 'Previous phase' })).toBeDisabled();
    click('Next phase');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Case presentation');
    expect(screen.getByText('Phase 2 of 7')).toBeInTheDocument();
    expect(screen.getByText('Case owner only')).toBeInTheDocument();
    expect(timerText()).toBe('5:00');
    click('Previous phase');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Roles and case');
  });

  it('the last phase has no Next phase', () => {
    const store = runningClinicStore();
    renderConsole(store);
    goToPhase(store, 6);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Closing and appreciation');
    expect(screen.getByRole('button', { name: 'Next phase' })).toBeDisabled();
  });

  it('Add a minute and Remove a minute change the countdown and the plan in the timeline', () => {
    renderConsole(runningClinicStore());
    click('Add a minute');
    expect(timerText()).toBe('3:00');
    const row = screen.getByRole('row', { name: /Roles and case/ });
    expect(within(row).getByText('3:00')).toBeInTheDocument();
    click('Remove a minute');
    click('Remove a minute');
    expect(timerText()).toBe('1:00');
  });

  it('Restart phase starts the phase clock over', () => {
    renderConsole(runningClinicStore());
    advance(50 * SECOND);
    expect(timerText()).toBe('1:10');
    click('Restart phase');
    expect(timerText()).toBe('2:00');
  });

  it('Finish clinic ends the clinic', () => {
    const store = runningClinicStore();
    renderConsole(store);
    click('Finish clinic');
    expect(store.getState().clinic.status).toBe('finished');
  });

  it('Open projector window, Full screen and Keyboard shortcuts call the app', () => {
    const { callbacks } = renderConsole(runningClinicStore());
    click('Open projector window');
    click('Full screen');
    click('Keyboard shortcuts');
    expect(callbacks.onOpenProjector).toHaveBeenCalledTimes(1);
    expect(callbacks.onToggleFullscreen).toHaveBeenCalledTimes(1);
    expect(callbacks.onShortcutsOpenChange).toHaveBeenCalledWith(true);
  });

  it('fills the notes and sound slots it is given', () => {
    renderConsole(runningClinicStore(), {
      notes: <textarea aria-label="Notes" />,
      soundControls: <button type="button">Test sound</button>,
    });
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Test sound' })).toBeInTheDocument();
  });
});

describe('wrap-up and overtime', () => {
  it('in the last minute says "Wrap-up" with an icon, not by colour alone', () => {
    const store = runningClinicStore();
    const { container } = renderConsole(store);
    advance(59 * SECOND);
    expect(screen.queryByText('Wrap-up')).not.toBeInTheDocument();
    advance(2 * SECOND);
    act(() => store.getState().tick());
    expect(timerText()).toBe('0:59');
    const badge = screen.getByText('Wrap-up').closest('p')!;
    expect(badge.querySelector('svg')).not.toBeNull();
    expect(container.querySelector('.session')).toHaveAttribute('data-mode', 'wrapUp');
    expect(screen.getByTestId('cue-banner')).toHaveTextContent('Wrap-up: 1:00 left');
    expect(liveRegion()).toHaveTextContent('Wrap-up: 1:00 left in Roles and case.');
    // The visual twin of the chime goes after a few seconds; the wrap-up look stays.
    advance(9 * SECOND);
    expect(screen.queryByTestId('cue-banner')).not.toBeInTheDocument();
    expect(screen.getByText('Wrap-up')).toBeInTheDocument();
  });

  it('past the end counts up as "over by" in its own look, and announces it once', () => {
    const store = runningClinicStore();
    const { container } = renderConsole(store);
    advance(2 * MINUTE + 5 * SECOND);
    act(() => store.getState().tick());
    expect(timerText()).toBe('over by 0:05');
    expect(screen.getByText('Overtime')).toBeInTheDocument();
    expect(screen.queryByText('Wrap-up')).not.toBeInTheDocument();
    expect(container.querySelector('.session')).toHaveAttribute('data-mode', 'overtime');
    expect(liveRegion()).toHaveTextContent('Roles and case is now over time.');
    advance(75 * SECOND);
    expect(timerText()).toBe('over by 1:20');
  });

  it('shows how far behind plan the clinic runs', () => {
    const store = runningClinicStore();
    renderConsole(store);
    expect(screen.getByText('On plan')).toBeInTheDocument();
    advance(3 * MINUTE);
    expect(screen.getByText('1 minute behind plan')).toBeInTheDocument();
    // Started 09:00:00.3 UTC; 35 minutes of plan and one minute behind: 09:36 UTC, in local time.
    // The test browser speaks en-US: a 12-hour clock.
    const expected = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(
      Date.UTC(2026, 10, 22, 9, 36),
    );
    expect(screen.getByText(`Expected end: ${expected}`)).toBeInTheDocument();
  });

  it("reads the expected end on the browser's own clock: 24 hours in British English", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    renderConsole(runningClinicStore());
    const expected = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(
      Date.UTC(2026, 10, 22, 9, 35),
    );
    expect(expected).toMatch(/^\d\d:\d\d$/);
    expect(screen.getByText(`Expected end: ${expected}`)).toBeInTheDocument();
  });
});

describe('mirroring in turns', () => {
  it('shows the current coach, the turn countdown and who is next; Next speaker hands over', () => {
    const store = runningClinicStore(); // quick: 5 min mirroring, 3 coaches and the case owner
    renderConsole(store);
    goToPhase(store, 4);
    const panel = screen.getByRole('region', { name: /Speaking now/ });
    expect(within(panel).getByText('Ben')).toBeInTheDocument();
    expect(within(panel).getByText('Turn 1 of 4')).toBeInTheDocument();
    expect(within(panel).getByText('Next: Chloé')).toBeInTheDocument();
    // 5 minutes over 3.5 shares: a coach's turn is 1:25.7
    expect(within(panel).getByText('1:26 left in this turn')).toBeInTheDocument();
    advance(26 * SECOND);
    expect(within(panel).getByText('1:00 left in this turn')).toBeInTheDocument();

    click('Next speaker');
    expect(within(panel).getByText('Chloé')).toBeInTheDocument();
    expect(within(panel).getByText('Next: Dev')).toBeInTheDocument();
  });

  it('turns pass by themselves with time, ending with the case owner', () => {
    const store = runningClinicStore();
    renderConsole(store);
    goToPhase(store, 4);
    advance(3 * 86 * SECOND);
    const panel = screen.getByRole('region', { name: /Speaking now/ });
    expect(within(panel).getByText('Ada, the case owner')).toBeInTheDocument();
    expect(within(panel).getByText('Last turn')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next speaker' })).toBeDisabled();
  });

  it('shows no turns outside mirroring', () => {
    renderConsole(runningClinicStore());
    expect(screen.queryByRole('button', { name: 'Next speaker' })).not.toBeInTheDocument();
    expect(screen.queryByText('Speaking now')).not.toBeInTheDocument();
  });
});

describe('stillness', () => {
  it('goes quiet: a breathing circle, the countdown, and nothing to read', () => {
    const store = runningClinicStore();
    const { container } = renderConsole(store);
    goToPhase(store, 3);
    expect(container.querySelector('.session')).toHaveAttribute('data-phase', 'stillness');
    expect(container.querySelector('.breathing-circle')).not.toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
    expect(screen.queryByText(/Silence\. Let what you heard land/)).not.toBeInTheDocument();
  });

  it('has no wrap-up look, even when the whole stillness is shorter than the wrap-up', () => {
    const store = runningClinicStore();
    renderConsole(store);
    goToPhase(store, 3);
    advance(30 * SECOND);
    expect(screen.queryByText('Wrap-up')).not.toBeInTheDocument();
  });
});

describe('the live region', () => {
  it('announces phase changes and pauses, politely', () => {
    const store = runningClinicStore();
    renderConsole(store);
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
    click('Next phase');
    expect(liveRegion()).toHaveTextContent('Phase 2 of 7: Case presentation. Case owner only.');
    click('Pause');
    expect(liveRegion()).toHaveTextContent('Paused.');
  });

  it('stays the same while the seconds tick', () => {
    const store = runningClinicStore();
    renderConsole(store);
    click('Next phase');
    const before = liveRegion().textContent;
    for (let second = 0; second < 10; second += 1) {
      advance(SECOND);
      act(() => store.getState().tick());
    }
    expect(liveRegion().textContent).toBe(before);
  });
});
