import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ArchivedSheet } from '@/features/takeaway/ArchivedSheet';
import { FinishedScreen } from '@/features/takeaway/FinishedScreen';
import { HistoryLauncher } from '@/features/history/HistoryLauncher';
import { NotesPanel } from '@/features/takeaway/NotesPanel';
import { createClinicStore } from '@/store/clinic-store';
import { historyId } from '@/store/history-store';
import { createNotesStore } from '@/store/notes-store';
import { toJson, type ClinicExport } from '@/takeaway/clinic-file';
import { freshHistory, renderWithTakeaway } from '../../helpers/render-takeaway';
import { goToPhase, runningClinicStore } from '../../helpers/session';
import { typicalExport } from '../../helpers/takeaway-fixtures';

describe('next steps that can be followed up, on the notes panel', () => {
  it('take an owner, a due date and a status; the sheet says them', async () => {
    const user = userEvent.setup();
    const clinic = runningClinicStore();
    const { takeaway } = renderWithTakeaway(<NotesPanel />, { clinic });
    goToPhase(clinic, 6);
    await user.type(screen.getByRole('textbox', { name: 'New next step' }), 'Book the room');
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'Ben');
    await user.type(screen.getByLabelText('Due date (optional)'), '2026-12-06');
    await user.type(screen.getByRole('textbox', { name: 'New next step' }), '{Enter}');
    expect(takeaway.notes.getState().notes.nextSteps).toEqual([
      expect.objectContaining({
        text: 'Book the room',
        owner: 'Ben',
        dueDate: '2026-12-06',
        status: 'open',
      }),
    ]);
    expect(screen.getByLabelText('Due date of next step 1')).toHaveValue('2026-12-06');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status of next step 1' }),
      'Done',
    );
    expect(takeaway.notes.getState().notes.nextSteps[0]?.status).toBe('done');
  });
});

function finishedStores(data: ClinicExport = typicalExport()) {
  const clinic = createClinicStore({ storage: null });
  clinic.setState({ clinic: data.clinic });
  const notes = createNotesStore({ clinic, storage: null });
  notes.setState({ notes: data.notes, details: data.details });
  return { clinic, notes };
}

describe('on the finished sheet', () => {
  it('the next steps are edited beside the sheet, and the sheet shows due date and status', async () => {
    const user = userEvent.setup();
    renderWithTakeaway(<FinishedScreen />, finishedStores());
    const editor = screen.getByRole('region', { name: /^Next steps: who, by when/ });
    await user.type(within(editor).getByLabelText('Due date of next step 1'), '2026-12-06');
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Status of next step 2' }),
      'Dropped',
    );
    const sheet = screen.getByRole('region', { name: 'Leading a team through a merger' });
    expect(
      within(sheet)
        .getByText(/Hold a joint kick-off/)
        .closest('li'),
    ).toHaveTextContent('Hold a joint kick-off (owner: Ada, due: December 6, 2026)');
    expect(
      within(sheet)
        .getByText(/Share the list of pairs/)
        .closest('li'),
    ).toHaveTextContent('(owner: Ben, dropped)');
  });

  it('offers codes to take home, drawn only after the click, each with its text beside it', async () => {
    const user = userEvent.setup();
    renderWithTakeaway(<FinishedScreen />, finishedStores());
    expect(screen.queryByRole('img', { name: /^Code/ })).not.toBeInTheDocument();
    const show = screen.getByRole('button', { name: 'Show codes to take home' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    const codes = await screen.findAllByRole('img', { name: /^Code/ });
    expect(codes.map((code) => code.getAttribute('aria-label'))).toEqual([
      'Code 1 of 1: take-aways and next steps',
      'Code for the next check-in: a calendar event your phone offers to add',
    ]);
    const items = screen.getAllByTestId('take-home-code');
    expect(items[0]).toHaveTextContent('Listen before deciding the new structure');
    expect(items[1]).toHaveTextContent('Case clinic check-in: Leading a team through a merger');
    await user.click(screen.getByRole('button', { name: 'Hide the codes' }));
    expect(screen.queryByRole('img', { name: /^Code/ })).not.toBeInTheDocument();
  });
});

describe('from the history', () => {
  it('a kept clinic’s step status changes, and the history keeps it', async () => {
    const data = typicalExport();
    const history = freshHistory();
    await history.getState().importText(toJson(data));
    const user = userEvent.setup();
    renderWithTakeaway(
      <HistoryLauncher renderSheet={(opened) => <ArchivedSheet data={opened} />} />,
      {
        history,
      },
    );
    await user.click(screen.getByRole('button', { name: 'History' }));
    await user.click(await screen.findByRole('button', { name: /^Open Leading a team/ }));
    const status = await screen.findByRole('combobox', { name: 'Status of next step 1' });
    await user.selectOptions(status, 'Done');
    expect(await screen.findByText('“Hold a joint kick-off” is now done.')).toBeInTheDocument();
    await waitFor(async () => {
      const opened = await history.getState().open(historyId(data));
      expect(opened.ok && opened.value.notes.nextSteps[0]?.status).toBe('done');
    });
    const sheet = screen.getByRole('region', { name: 'Leading a team through a merger' });
    expect(
      within(sheet)
        .getByText(/Hold a joint kick-off/)
        .closest('li'),
    ).toHaveTextContent('done');
  });
});
