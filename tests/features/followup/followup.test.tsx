import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { FollowUpLauncher } from '@/features/followup/FollowUpLauncher';
import { ReviewPanel } from '@/features/followup/ReviewPanel';
import { downloadText } from '@/ui/export-actions';
import type * as ExportActions from '@/ui/export-actions';
import { createClinicStore } from '@/store/clinic-store';
import { createNotesStore } from '@/store/notes-store';
import { toJson } from '@/takeaway/clinic-file';
import { freshHistory, renderWithTakeaway } from '../../helpers/render-takeaway';
import { keptClinic, type ClinicSpec } from '../../takeaway/follow-up-fixtures';
import { validPlan } from '../../helpers/clinic-fixtures';

vi.mock('@/ui/export-actions', async (original) => ({
  ...(await original<typeof ExportActions>()),
  downloadText: vi.fn(),
}));

/** Wednesday 2 December 2026, noon on this device. */
const NOW = new Date(2026, 11, 2, 12, 0).getTime();
const at = (day: number, hour: number) => new Date(2026, 11, day, hour).getTime();

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function historyOf(...specs: ClinicSpec[]) {
  const history = freshHistory();
  for (const spec of specs) {
    const result = await history.getState().importText(toJson(keptClinic(spec).data));
    if (!result.ok) throw new Error(result.error.code);
  }
  return history;
}

const CLINICS: ClinicSpec[] = [
  {
    day: 0,
    title: 'Merger',
    caseOwner: 'Ada',
    steps: [
      { text: 'Talk to HR', owner: 'Ada', dueDate: '2026-11-30' },
      { text: 'Draft the plan', owner: 'Ben', dueDate: '2026-12-10' },
    ],
    checkIn: { startsAt: at(4, 15) },
  },
  {
    day: 2,
    title: 'New role',
    caseOwner: 'Chloé',
    steps: [{ text: 'Ask for feedback', owner: 'Ada' }],
    checkIn: { startsAt: at(1, 9) },
  },
];

describe('the follow-up on the setup screen', () => {
  it('says quietly how many check-ins fall this week and how many steps are overdue', async () => {
    renderWithTakeaway(<FollowUpLauncher />, { history: await historyOf(...CLINICS) });
    expect(
      await screen.findByText('1 check-in this week · 1 next step overdue'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow-up' })).toHaveAccessibleDescription(
      '1 check-in this week · 1 next step overdue',
    );
  });

  it('says nothing before any clinic is kept', async () => {
    renderWithTakeaway(<FollowUpLauncher />);
    await act(async () => undefined);
    expect(screen.queryByText(/this week/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow-up' })).toBeInTheDocument();
  });
});

async function openView(history: Awaited<ReturnType<typeof historyOf>>) {
  const user = userEvent.setup();
  const result = renderWithTakeaway(<FollowUpLauncher />, { history });
  await user.click(screen.getByRole('button', { name: 'Follow-up' }));
  const dialog = screen.getByRole('dialog', { name: 'Follow-up across clinics' });
  await within(dialog).findByRole('heading', { name: 'Open next steps' });
  return { ...result, user, dialog };
}

describe('the follow-up view', () => {
  it('lists open steps by person, overdue ones marked by word as well as colour', async () => {
    const { dialog } = await openView(await historyOf(...CLINICS));
    const groups = within(dialog).getAllByRole('region', { name: /^(Ada|Ben)$/ });
    expect(groups.map((group) => within(group).getAllByRole('listitem').length)).toEqual([2, 1]);
    const late = within(groups[0]!).getAllByRole('listitem')[0]!;
    expect(late).toHaveTextContent('Talk to HR');
    expect(late).toHaveTextContent('Overdue');
    expect(late).toHaveClass('followup-step-overdue');
    expect(late.querySelector('svg')).not.toBeNull();
  });

  it('arranges by due date, and filters by person', async () => {
    const { dialog, user } = await openView(await historyOf(...CLINICS));
    await user.click(within(dialog).getByRole('radio', { name: 'By due date' }));
    const headings = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['Overdue', 'Later', 'No due date']);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Person' }), 'Ben');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Draft the plan'),
      // Ben coaches in both clinics: both check-ins are his too.
      expect.stringContaining('Merger'),
      expect.stringContaining('New role'),
    ]);
  });

  it('shows upcoming and past check-ins', async () => {
    const { dialog } = await openView(await historyOf(...CLINICS));
    const upcoming = within(dialog).getByRole('region', { name: 'Upcoming check-ins' });
    const past = within(dialog).getByRole('region', { name: 'Past check-ins' });
    expect(upcoming).toHaveTextContent('Merger');
    expect(upcoming).toHaveTextContent('with Ada');
    expect(past).toHaveTextContent('New role');
  });

  it('marks a step done: it leaves the list, and the clinic in the history keeps it', async () => {
    const history = await historyOf(...CLINICS);
    const { dialog, user } = await openView(history);
    await user.click(within(dialog).getByRole('button', { name: 'Mark “Talk to HR” done' }));
    expect(await within(dialog).findByText('“Talk to HR” is marked done.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).queryByText('Talk to HR')).not.toBeInTheDocument());
    const kept = (await history.getState().readAll()).clinics.find(
      (clinic) => clinic.data.notes.caseTitle === 'Merger',
    );
    expect(kept?.data.notes.nextSteps[0]?.status).toBe('done');
  });

  it('exports every upcoming check-in as one calendar file and the open steps as Markdown', async () => {
    const spec = (day: number): ClinicSpec => ({
      day,
      title: `Clinic ${day}`,
      checkIn: { startsAt: at(10 + day, 10) },
    });
    const { dialog, user } = await openView(await historyOf(...CLINICS, spec(3), spec(4)));
    await user.click(
      within(dialog).getByRole('button', {
        name: 'Download the upcoming check-ins (calendar file)',
      }),
    );
    const [text, name, type] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect([name, type]).toEqual(['check-ins.ics', 'text/calendar']);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.map((event) => new ICAL.Event(event).summary)).toEqual([
      'Case clinic check-in: Merger',
      'Case clinic check-in: Clinic 3',
      'Case clinic check-in: Clinic 4',
    ]);
    await user.click(
      within(dialog).getByRole('button', { name: 'Download the open next steps (Markdown)' }),
    );
    const [markdown, mdName] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(mdName).toBe('2026-12-02-open-next-steps.md');
    expect(markdown).toContain('## Ada\n\n- Talk to HR (due: November 30, 2026, Overdue');
  });
});

describe('how did it go? (review of last time)', () => {
  async function consoleOf(caseOwner: string) {
    const history = await historyOf(...CLINICS);
    const clinic = createClinicStore({ storage: null, clock: { now: () => Date.now() } });
    clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick', { caseOwner }) });
    clinic.getState().dispatch({ type: 'start' });
    const notes = createNotesStore({ clinic, storage: null });
    const user = userEvent.setup();
    renderWithTakeaway(<ReviewPanel />, { clinic, history, notes });
    return { clinic, notes, history, user };
  }

  it('shows the case owner’s open steps in the roles phase and carries one over', async () => {
    const { notes, user, clinic } = await consoleOf('Ada');
    const panel = await screen.findByRole('region', { name: 'How did it go?' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('p')?.textContent),
    ).toEqual(['Talk to HR', 'Draft the plan']);
    const choices = within(panel).getByRole('group', { name: 'What became of “Talk to HR”?' });
    await user.click(within(choices).getByRole('button', { name: 'Carry over' }));
    await waitFor(() =>
      expect(within(choices).getByRole('button', { name: 'Carry over' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(notes.getState().notes.nextSteps.map((step) => step.text)).toEqual(['Talk to HR']);
    act(() => clinic.getState().dispatch({ type: 'next' }));
    expect(screen.queryByRole('region', { name: 'How did it go?' })).not.toBeInTheDocument();
  });

  it('shows nothing for a case owner with no earlier clinic', async () => {
    await consoleOf('Zoë');
    await act(async () => undefined);
    expect(screen.queryByRole('region', { name: 'How did it go?' })).not.toBeInTheDocument();
  });
});
