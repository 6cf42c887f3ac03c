import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryLauncher } from '@/features/history/HistoryLauncher';
import { TakeawaySheet } from '@/features/takeaway/TakeawaySheet';
import type { ClinicExport } from '@/takeaway/clinic-file';
import { toJson } from '@/takeaway/clinic-file';
import { createClinicStore } from '@/store/clinic-store';
import { freshHistory, renderWithTakeaway } from '../../helpers/render-takeaway';
import { IDBFactory } from 'fake-indexeddb';
import { createIndexedDbBackend } from '@/store/history-backend';
import { createHistoryStore } from '@/store/history-store';
import { HOSTILE_STRINGS, typicalExport } from '../../helpers/takeaway-fixtures';

const renderSheet = (data: ClinicExport) => <TakeawaySheet data={data} now={data.exportedAt} />;
const BAD = join(__dirname, '../../takeaway/bad-imports');

function jsonFile(text: string, name = 'clinic.json') {
  return new File([text], name, { type: 'application/json' });
}

async function openHistory(options: Parameters<typeof renderWithTakeaway>[1] = {}) {
  const user = userEvent.setup();
  const result = renderWithTakeaway(<HistoryLauncher renderSheet={renderSheet} />, options);
  await user.click(screen.getByRole('button', { name: 'History' }));
  const dialog = screen.getByRole('dialog', { name: 'Finished clinics' });
  await waitFor(() => expect(within(dialog).queryByText('Loading…')).not.toBeInTheDocument());
  return { ...result, user, dialog };
}

async function historyWith(...clinics: ClinicExport[]) {
  const history = freshHistory();
  for (const clinic of clinics) await history.getState().importText(toJson(clinic));
  return history;
}

function laterClinic(days: number, title: string): ClinicExport {
  const base = typicalExport();
  const shift = days * 86_400_000;
  return {
    ...base,
    clinic: {
      ...base.clinic,
      clinicStartedAt: base.clinic.clinicStartedAt! + shift,
      plan: { ...base.clinic.plan, caseTitle: title },
    },
    notes: { ...base.notes, caseTitle: title },
  };
}

describe('the history', () => {
  it('says plainly that nothing leaves the device', async () => {
    const { dialog } = await openHistory();
    expect(
      within(dialog).getByText(/Everything here stays on this device. Nothing is sent anywhere/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('No finished clinics yet.')).toBeInTheDocument();
  });

  it('lists finished clinics newest first, by title and date', async () => {
    const history = await historyWith(typicalExport(), laterClinic(7, 'Second case'));
    const { dialog } = await openHistory({ history });
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.history-title')?.textContent)).toEqual([
      'Second case',
      'Leading a team through a merger',
    ]);
    expect(items[0]).toHaveTextContent('November 29, 2026');
  });

  it('opens a sheet again, with its exports, and goes back to the list', async () => {
    const history = await historyWith(typicalExport());
    const { dialog, user } = await openHistory({ history });
    await user.click(within(dialog).getByRole('button', { name: /^Open Leading a team/ }));
    const sheet = await within(dialog).findByRole('region', {
      name: 'Leading a team through a merger',
    });
    expect(sheet).toHaveTextContent('Listen before deciding the new structure');
    expect(within(dialog).getByRole('button', { name: 'Download calendar file' })).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Back to the list' }));
    expect(within(dialog).getByRole('heading', { name: 'Finished clinics' })).toBeInTheDocument();
  });

  it('deletes one clinic after a confirmation, and cancelling keeps it', async () => {
    const history = await historyWith(typicalExport(), laterClinic(7, 'Second case'));
    const { dialog, user } = await openHistory({ history });
    await user.click(within(dialog).getByRole('button', { name: /^Delete Second case/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: /^Delete Second case/ }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'Delete “Second case” from this device for good?',
    );
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    expect(within(dialog).getByText('“Second case” is deleted.')).toBeInTheDocument();
  });

  it('forgets everything after a confirmation', async () => {
    const history = await historyWith(typicalExport(), laterClinic(7, 'Second case'));
    const { dialog, user } = await openHistory({ history });
    await user.click(within(dialog).getByRole('button', { name: 'Forget everything' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Delete all finished clinics (2)');
    await user.click(screen.getByRole('button', { name: 'Yes, forget everything' }));
    await waitFor(() =>
      expect(within(dialog).getByText('No finished clinics yet.')).toBeInTheDocument(),
    );
    expect(history.getState().entries).toEqual([]);
  });

  it('imports a JSON export chosen with the file picker', async () => {
    const { dialog, user } = await openHistory();
    await user.upload(
      within(dialog).getByLabelText('Choose a JSON export'),
      jsonFile(toJson(typicalExport())),
    );
    expect(
      await within(dialog).findByText(
        'Imported “Leading a team through a merger”. It is in the list.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
  });

  it('imports a file dropped on the import area', async () => {
    const { dialog } = await openHistory();
    fireEvent.drop(within(dialog).getByTestId('drop-zone'), {
      dataTransfer: { files: [jsonFile(toJson(typicalExport()))] },
    });
    expect(await within(dialog).findByText(/^Imported/)).toBeInTheDocument();
  });

  it.each([
    ['truncated.json', 'the file ends too early'],
    ['future-version.json', 'it comes from a newer version of this app (format 99)'],
    ['other-app.json', 'it is JSON from another program'],
    ['huge-name.json', "the plan in it breaks the app's rules (caseOwner: nameTooLong)"],
    ['notes-text-is-number.json', 'a note is not text (notes.takeaways[0].text)'],
    ['version-as-object.json', 'its version ({"major":2}) is not one this app knows'],
  ])(
    'rejects %s with a message that says what is wrong, the clinic untouched',
    async (name, message) => {
      const clinic = createClinicStore({ storage: null });
      const before = clinic.getState().clinic;
      const { dialog, user } = await openHistory({ clinic });
      await user.upload(
        within(dialog).getByLabelText('Choose a JSON export'),
        jsonFile(readFileSync(join(BAD, name), 'utf8'), name),
      );
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(`This file cannot be imported: ${message}`);
      expect(clinic.getState().clinic).toBe(before);
      expect(within(dialog).getByText('No finished clinics yet.')).toBeInTheDocument();
    },
  );

  it('shows a hostile title as text', async () => {
    const history = await historyWith(laterClinic(1, HOSTILE_STRINGS.script));
    const { dialog } = await openHistory({ history });
    expect(within(dialog).getByText(HOSTILE_STRINGS.script)).toBeInTheDocument();
    expect(document.querySelector('script, img')).toBeNull();
  });

  it('says so when a kept clinic was damaged on the device, and opens nothing', async () => {
    const backend = createIndexedDbBackend(new IDBFactory());
    await backend.put({ id: '1', title: 'Damaged', startedAt: 1, savedAt: 1, json: '{"format"' });
    const { dialog, user } = await openHistory({ history: createHistoryStore(backend) });
    await user.click(within(dialog).getByRole('button', { name: /^Open Damaged/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This clinic cannot be opened: the file ends too early',
    );
    expect(within(dialog).getByRole('heading', { name: 'Finished clinics' })).toBeInTheDocument();
  });

  it('a clinic kept before the dates were checked, with a date no screen can show, still lists', async () => {
    // Imported by an earlier version: the record stays in IndexedDB across reloads.
    const backend = createIndexedDbBackend(new IDBFactory());
    const json = toJson(typicalExport());
    await backend.put({ id: 'far', title: 'Far future', startedAt: 1e20, savedAt: 1, json });
    const { dialog } = await openHistory({ history: createHistoryStore(backend) });
    expect(within(dialog).getByText('date unknown')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Open Far future, date unknown' }),
    ).toBeVisible();
  });

  it('an import of a different clinic with the same identity keeps both, and says so', async () => {
    const history = await historyWith(typicalExport());
    const { dialog, user } = await openHistory({ history });
    await user.upload(
      within(dialog).getByLabelText('Choose a JSON export'),
      jsonFile(toJson(laterClinic(0, 'Hiring for a new team'))),
    );
    expect(
      await within(dialog).findByText(
        'Imported “Hiring for a new team”. A different clinic with the same identity was already in the history: both are kept.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
  });
});
