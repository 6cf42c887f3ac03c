import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { SetupScreen } from '@/features/setup/SetupScreen';
import { MINUTE_MS, totalPlannedMs } from '@/clinic/templates';
import { renderWithStores } from '../../helpers/render';
import { NINE, addCase, nameGroup, renderPlanner, scheduleLines, setTime } from './planner-helpers';

const fitButton = () => screen.getByRole('button', { name: 'Fit the plan to the end time' });

function previewRows(): string[][] {
  const table = screen.getByRole('table', { name: /Fitted to end by/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

// Each test renders the whole setup; on a busy shared machine that can take seconds.
describe('End by, for a session', { timeout: 20_000 }, () => {
  it('says before the start that the plan ends too late, with the numbers', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    addCase();
    setTime('End by', '10:30');
    expect(
      screen.getByText('The plan ends at 11:00 AM: 30 minutes after the end time 10:30 AM.'),
    ).toBeInTheDocument();
  });

  it('previews the fit per phase and break, applies it to the plan and undoes it', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    addCase();
    setTime('End by', '10:30');
    const rows = previewRows();
    // The break gives first, down to its floor of 5 minutes; then every phase in proportion.
    expect(rows).toContainEqual(['Break after case 1', '10', '5']);
    expect(rows.filter(([part]) => part?.startsWith('Case 1:'))).not.toHaveLength(0);
    expect(rows.filter(([part]) => part?.startsWith('Case 2:'))).not.toHaveLength(0);
    for (const [, before, after] of rows) expect(Number(after)).toBeLessThan(Number(before));
    fireEvent.click(fitButton());
    expect(screen.getByText('The session ends at 10:30 AM.')).toBeInTheDocument();
    expect(screen.getByText('The plan now ends by 10:30 AM.')).toBeInTheDocument();
    expect(scheduleLines()[1]).toMatch(/^Break \| .* – .*$/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo the fit' }));
    expect(screen.getByText('The session ends at 11:00 AM.')).toBeInTheDocument();
    expect(
      screen.getByText('The plan ends at 11:00 AM: 30 minutes after the end time 10:30 AM.'),
    ).toBeInTheDocument();
  });

  it('refuses a plan that cannot fit, naming the case to leave out', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    addCase();
    addCase();
    setTime('End by', '10:20');
    expect(screen.queryByRole('button', { name: 'Fit the plan to the end time' })).toBeNull();
    expect(
      screen.getByText('The plan ends at 12:05 PM: 105 minutes after the end time 10:20 AM.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'This plan cannot end by 10:20 AM: even with every phase and break at its shortest it ends at 10:55 AM, 35 minutes too late.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('To end by 10:20 AM, leave out: Case 3: Cleo.')).toBeInTheDocument();
  });

  it('says when leaving out cases would not be enough', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    setTime('End by', '09:20');
    expect(screen.getByText(/it ends at 9:35 AM, 15 minutes too late/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Leaving out cases would not be enough: choose a later end time or a shorter template.',
      ),
    ).toBeInTheDocument();
  });

  it('says when the plan is in time', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    setTime('End by', '12:00');
    expect(screen.getByText('The plan ends at 9:55 AM, in time for 12:00 PM.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('End by, for one clinic', { timeout: 20_000 }, () => {
  it('fits the phases to the end time and undoes it', () => {
    const { stores } = renderWithStores(<SetupScreen />, { clock: { now: () => NINE } });
    const total = () => totalPlannedMs(stores.clinic.getState().clinic.plan.durationsMs);
    setTime('End by', '09:40');
    expect(
      screen.getByText('The plan ends at 9:55 AM: 15 minutes after the end time 9:40 AM.'),
    ).toBeInTheDocument();
    expect(previewRows().map(([part]) => part)).toContain('Stillness');
    fireEvent.click(fitButton());
    expect(total()).toBe(40 * MINUTE_MS);
    expect(screen.getByText('Total: 40 min')).toBeInTheDocument();
    expect(screen.getByText('The plan now ends by 9:40 AM.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Undo the fit' }));
    expect(total()).toBe(55 * MINUTE_MS);
  });

  it('refuses an end time even the quick lengths cannot meet', () => {
    renderWithStores(<SetupScreen />, { clock: { now: () => NINE } });
    setTime('End by', '09:30');
    expect(
      screen.getByText(
        'This plan cannot end by 9:30 AM: even with every phase and break at its shortest it ends at 9:35 AM, 5 minutes too late.',
      ),
    ).toBeInTheDocument();
  });
});
