import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryLauncher } from '@/features/history/HistoryLauncher';
import { ArchivedSession } from '@/features/takeaway/session-summary/ArchivedSession';
import { TakeawaySheet } from '@/features/takeaway/TakeawaySheet';
import type { ClinicExport } from '@/takeaway/clinic-file';
import { addItem, setCase } from '@/takeaway/notes';
import { sessionToJson, type SessionExport } from '@/takeaway/session/session-file';
import { renderWithTakeaway } from '../../helpers/render-takeaway';
import { HOSTILE_STRINGS } from '../../helpers/takeaway-fixtures';
import { sessionExport } from '../../takeaway/session/fixtures';

// The history's import takes a session file exported from a summary: the session then stands in
// the list with each clinic's sheet and its summary; a bad session file is refused with a message.

async function openHistory() {
  const user = userEvent.setup();
  renderWithTakeaway(
    <HistoryLauncher
      renderSheet={(data: ClinicExport) => <TakeawaySheet data={data} now={data.exportedAt} />}
      renderSession={(data: SessionExport) => <ArchivedSession data={data} />}
    />,
  );
  await user.click(screen.getByRole('button', { name: 'History' }));
  const dialog = screen.getByRole('dialog', { name: 'Finished clinics' });
  await waitFor(() => expect(within(dialog).queryByText('Loading…')).not.toBeInTheDocument());
  const upload = (text: string) =>
    user.upload(
      within(dialog).getByLabelText('Choose a JSON export'),
      new File([text], 'case-clinic-session.json', { type: 'application/json' }),
    );
  return { dialog, user, upload };
}

const sessionGroup = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('listitem')
    .find((item) => within(item).queryByRole('heading', { name: /^Session of / }))!;

describe('importing a session into the history', { timeout: 20_000 }, () => {
  it('lists the session with both clinics’ sheets and its summary', async () => {
    const { dialog, user, upload } = await openHistory();
    expect(
      within(dialog).getByRole('heading', { name: 'Import a clinic or a session' }),
    ).toBeVisible();
    await upload(sessionToJson(sessionExport()));
    expect(
      await within(dialog).findByText(
        /^Imported the session of .+ with its 2 clinics\. It is in the list\.$/,
      ),
    ).toBeInTheDocument();
    const group = sessionGroup(dialog);
    expect(within(group).getAllByRole('button', { name: /^Open / })).toHaveLength(3);

    await user.click(within(group).getByRole('button', { name: /^Open A merger,/ }));
    expect(await within(dialog).findByText('Ada will listen before deciding')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back to the list' }));

    await user.click(
      within(sessionGroup(dialog)).getByRole('button', { name: /^Open Untitled case,/ }),
    );
    expect(
      await within(dialog).findByText('Chloé will listen before deciding'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back to the list' }));

    await user.click(
      within(sessionGroup(dialog)).getByRole('button', {
        name: /^Open the summary of the session/,
      }),
    );
    const summary = await within(dialog).findByRole('region', { name: 'Session summary' });
    expect(within(summary).getByText('Ada will listen before deciding')).toBeInTheDocument();
    expect(within(summary).getByText('Chloé will listen before deciding')).toBeInTheDocument();
  });

  it('says when the session is already there, and keeps it once', async () => {
    const { dialog, upload } = await openHistory();
    await upload(sessionToJson(sessionExport()));
    await within(dialog).findByText(/^Imported the session/);
    await upload(sessionToJson(sessionExport()));
    expect(
      await within(dialog).findByText(/^The session of .+ is already in the history, unchanged\.$/),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByRole('heading', { name: /^Session of / })).toHaveLength(1);
  });

  it.each([
    [
      'notes that do not match its clinics',
      (data: SessionExport) => sessionToJson({ ...data, notes: data.notes.slice(1) }),
      'its notes do not match its clinics: each clinic that ran needs its own notes and details (notes).',
    ],
    [
      'a newer version',
      (data: SessionExport) => sessionToJson(data).replace('"version": 1', '"version": 3'),
      'it comes from a newer version of this app (format 3). Update the app to import it.',
    ],
    [
      'a damaged session',
      (data: SessionExport) =>
        sessionToJson(data).replace('"status": "finished"', '"status": "lunch"'),
      'the session in it is damaged (status is unknown).',
    ],
  ])('refuses a session file with %s, saying what is wrong', async (_, make, reason) => {
    const { dialog, upload } = await openHistory();
    await upload(make(sessionExport()));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `This file cannot be imported: ${reason}`,
    );
    expect(within(dialog).getByText('No finished clinics yet.')).toBeInTheDocument();
  });

  it('shows hostile text from a session file as text', async () => {
    const { dialog, user, upload } = await openHistory();
    const data = sessionExport();
    const notes = data.notes.map((n) =>
      addItem(
        setCase(n, { caseTitle: HOSTILE_STRINGS.script }),
        'takeaways',
        HOSTILE_STRINGS.script,
      ),
    );
    await upload(sessionToJson({ ...data, notes }));
    await within(dialog).findByText(/^Imported the session/);
    expect(within(dialog).getAllByText(HOSTILE_STRINGS.script)).toHaveLength(2);
    await user.click(
      within(sessionGroup(dialog)).getByRole('button', {
        name: /^Open the summary of the session/,
      }),
    );
    const summary = await within(dialog).findByRole('region', { name: 'Session summary' });
    expect(within(summary).getAllByText(HOSTILE_STRINGS.script).length).toBeGreaterThan(0);
    expect(document.querySelector('script, img')).toBeNull();
  });
});
