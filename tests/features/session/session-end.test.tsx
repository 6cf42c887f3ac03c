import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { SessionEndScreen } from '@/features/session/run/SessionEndScreen';
import { ArchivedSession } from '@/features/takeaway/session-summary/ArchivedSession';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { createIndexedDbBackend, type HistoryBackend } from '@/store/history-backend';
import { createHistoryStore } from '@/store/history-store';
import { createNotesStore, type NotesStore } from '@/store/notes-store';
import { addItem, addNextStep } from '@/takeaway/notes';
import { sessionFromJson } from '@/takeaway/session/session-file';
import * as exportActions from '@/ui/export-actions';
import { sessionPlan } from '../../clinic/session/fixtures';
import { MINUTE, T0 } from '../../helpers/clinic-fixtures';
import { deviceOf } from '../../helpers/device';
import { renderWithTakeaway } from '../../helpers/render-takeaway';
import { MemoryStorage } from '../../store/memory-storage';

// The session's end screen shows the session's summary (the history's own view of it) with
// every clinic's notes: the earlier clinics' from their kept records, the last one's as written;
// also after a reload on the end screen.

interface Device {
  storage: MemoryStorage;
  backend: HistoryBackend;
  now: { value: number };
}

function storesOn(device: Device) {
  const clock = { now: () => device.now.value };
  const clinic = createClinicStore({ storage: deviceOf(device.storage), clock });
  const notes = createNotesStore({ clinic });
  const history = createHistoryStore(device.backend, clock);
  return { clinic, notes, history };
}

function runClinic(clinic: ClinicStore, device: Device) {
  for (let phase = 1; phase <= 6; phase += 1) {
    device.now.value += MINUTE;
    clinic.getState().dispatch({ type: 'next' });
  }
  device.now.value += MINUTE;
  clinic.getState().dispatch({ type: 'finish' });
}

const takeAway = (notes: NotesStore, owner: string) => {
  notes.getState().change((n) => addItem(n, 'takeaways', `${owner} asks the quiet ones first`));
  notes.getState().change((n) => addNextStep(n, `${owner} books a talk with both leads`, owner));
};

function renderEnd(stores: ReturnType<typeof storesOn>) {
  return renderWithTakeaway(
    <SessionEndScreen
      renderSheet={() => null}
      renderSummary={(data) => <ArchivedSession data={data} />}
    />,
    stores,
  );
}

/** Ada's and Ben's clinics run with their notes; Chloé's case dropped: the session is over. */
async function finishedSession(device: Device) {
  const stores = storesOn(device);
  const { clinic, notes, history } = stores;
  await history.getState().refresh();
  clinic.getState().planSession(sessionPlan('quick'));
  clinic.getState().dispatchSession({ type: 'start' });
  takeAway(notes, 'Ada');
  const view = renderEnd(stores);
  runClinic(clinic, device);
  await vi.waitFor(() => expect(history.getState().entries).toHaveLength(1));
  device.now.value += 10 * MINUTE;
  clinic.getState().dispatchSession({ type: 'startNextClinic' });
  takeAway(notes, 'Ben');
  clinic.getState().dispatchSession({ type: 'skipCase', clinicId: 3, mode: 'drop' });
  runClinic(clinic, device);
  expect(clinic.getState().session?.status).toBe('finished');
  return { ...stores, view };
}

const newDevice = (): Device => ({
  storage: new MemoryStorage(),
  backend: createIndexedDbBackend(new IDBFactory()),
  now: { value: T0 },
});

async function expectBothCases() {
  const summary = await screen.findByRole('region', { name: 'Session summary' });
  await within(summary).findByText('Ben asks the quiet ones first');
  expect(
    within(summary)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual([
    '1. A merger — Ada',
    '2. A new role — Ben',
    '3. Untitled case — Chloé', // dropped: left out
    'Planned and actual time',
  ]);
  expect(within(summary).getByText('How to keep both teams?')).toBeInTheDocument();
  expect(within(summary).getByText('Ada asks the quiet ones first')).toBeInTheDocument();
  expect(within(summary).getByText('Ada books a talk with both leads')).toBeInTheDocument();
  expect(within(summary).getByText('Ben books a talk with both leads')).toBeInTheDocument();
  expect(within(summary).getByRole('row', { name: /^Whole session/ })).toBeInTheDocument();
  return summary;
}

describe('the session end screen', { timeout: 20_000 }, () => {
  it("shows the summary with every case's question, take-aways and next steps", async () => {
    await finishedSession(newDevice());
    expect(screen.getByRole('heading', { level: 1, name: 'The session is over' })).toBeVisible();
    await expectBothCases();
  });

  it('exports both cases to Markdown and to a JSON file the history can import', async () => {
    const download = vi.spyOn(exportActions, 'downloadText').mockImplementation(() => {});
    const { history } = await finishedSession(newDevice());
    const summary = await expectBothCases();
    fireEvent.click(within(summary).getByRole('button', { name: 'Download Markdown' }));
    const markdown = download.mock.calls[0]![0];
    for (const text of ['Ada asks the quiet ones first', 'Ben asks the quiet ones first']) {
      expect(markdown).toContain(`- ${text}`);
    }
    fireEvent.click(within(summary).getByRole('button', { name: 'Download JSON' }));
    const [json, name, type] = download.mock.calls[1]!;
    expect([name, type]).toEqual(['case-clinic-session-2026-11-22.json', 'application/json']);
    const read = sessionFromJson(json);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.notes.map((n) => n.takeaways.map((t) => t.text))).toEqual([
      ['Ada asks the quiet ones first'],
      ['Ben asks the quiet ones first'],
    ]);
    // The same session the history keeps, under the same id.
    await vi.waitFor(() => expect(history.getState().sessions).toHaveLength(1));
    expect(read.value.sessionId).toBe(history.getState().sessions[0]!.sessionId);
    // Imported back where it is kept, it is the same session: not a second one.
    expect(await history.getState().importText(json)).toMatchObject({ outcome: 'unchanged' });
    expect(history.getState().sessions).toHaveLength(1);
    expect(history.getState().entries).toHaveLength(2);
    download.mockRestore();
  });

  it('still has every clinic’s notes after a reload on the end screen', async () => {
    const device = newDevice();
    const { view, history } = await finishedSession(device);
    await vi.waitFor(() => expect(history.getState().sessions).toHaveLength(1));
    view.unmount();
    device.now.value += 5 * MINUTE;
    const again = storesOn(device);
    expect(again.clinic.getState().session?.status).toBe('finished');
    renderEnd(again);
    await expectBothCases();
  });
});
