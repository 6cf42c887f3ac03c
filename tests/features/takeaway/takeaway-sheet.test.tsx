import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FinishedScreen } from '@/features/takeaway/FinishedScreen';
import { TakeawaySheet } from '@/features/takeaway/TakeawaySheet';
import { createClinicStore } from '@/store/clinic-store';
import { createNotesStore } from '@/store/notes-store';
import { addItem, addNextStep, createNotes, setMirror, type ClinicNotes } from '@/takeaway/notes';
import { fromJson } from '@/takeaway/clinic-file';
import { renderWithTakeaway } from '../../helpers/render-takeaway';
import { renderWithStores } from '../../helpers/render';
import {
  finishedClinicWith,
  HOSTILE_STRINGS,
  typicalExport,
} from '../../helpers/takeaway-fixtures';

afterEach(() => vi.restoreAllMocks());

/** A finished clinic store whose notes store already holds the typical notes. */
function finishedStores() {
  const data = typicalExport();
  const clinic = createClinicStore({ storage: null });
  clinic.setState({ clinic: data.clinic });
  const notes = createNotesStore({ clinic, storage: null });
  notes.setState({ notes: data.notes, details: { place: '', nextCheckIn: null } });
  return { clinic, notes };
}

/** Captures what a download would save: the file name and the text. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push({ name: '', text: (blob as Blob).text() });
    return `blob:${files.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files[files.length - 1]!.name = this.download;
  });
  return files;
}

describe('the takeaway sheet after the clinic', () => {
  it('shows the case, the people, mirror images by coach, ideas, take-aways, next steps and the time table', () => {
    renderWithTakeaway(<FinishedScreen />, finishedStores());
    const sheet = screen.getByRole('region', { name: 'Leading a team through a merger' });
    const sheetText = within(sheet);
    expect(screen.queryByText('Clinic in progress')).not.toBeInTheDocument();
    expect(sheetText.getAllByRole('definition').map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['Ada', 'Ben, Chloé, Dev', 'Eli']),
    );
    // Each coach's name is isolated, so a right-to-left name cannot turn the next one around.
    expect([...sheet.querySelectorAll('bdi')].map((name) => name.textContent)).toEqual([
      'Ben',
      'Chloé',
      'Dev',
    ]);
    expect(sheetText.getByText('How do I keep both teams on board?')).toBeInTheDocument();
    expect(sheetText.getByText('A gardener grafting two trees.')).toBeInTheDocument();
    expect(sheetText.getByText('Pair people across teams for the first month')).toBeInTheDocument();
    expect(sheetText.getByText('Listen before deciding the new structure')).toBeInTheDocument();
    expect(sheetText.getByText('Hold a joint kick-off')).toBeInTheDocument();
    const mirroring = sheetText.getByRole('row', { name: /Mirroring/ });
    expect(
      within(mirroring)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['12:00', '14:00']);
    expect(sheetText.getByRole('row', { name: /Total/ })).toHaveTextContent('1:10:001:15:00');
  });

  it('picks the next check-in on the sheet, which makes the calendar file', async () => {
    const user = userEvent.setup();
    const stores = finishedStores();
    const files = captureDownloads();
    renderWithTakeaway(<FinishedScreen />, stores);
    const calendar = screen.getByRole('button', { name: 'Download calendar file' });
    expect(calendar).toBeDisabled();
    expect(calendar).toHaveAccessibleDescription(/Pick the next check-in's date and time/);
    await user.type(screen.getByLabelText('Next check-in: date'), '2026-12-06');
    await user.type(screen.getByLabelText('Next check-in: time'), '14:30');
    await user.type(screen.getByRole('textbox', { name: 'Place (optional)' }), 'Room 4');
    expect(stores.notes.getState().details.nextCheckIn?.startsAt).toBe(
      new Date(2026, 11, 6, 14, 30).getTime(),
    );
    expect(calendar).toBeEnabled();
    await user.click(calendar);
    expect(files[0]?.name).toBe('2026-11-22-leading-a-team-through-a-merger.ics');
    const ics = await files[0]!.text;
    expect(ics).toContain('LOCATION:Room 4\r\n');
    expect(ics).toContain('SUMMARY:Case clinic check-in: Leading a team through a merger\r\n');
    expect(
      screen.getByRole('region', { name: 'Leading a team through a merger' }),
    ).toHaveTextContent('Room 4');
  });

  it('downloads Markdown and a JSON file that imports back to the same clinic', async () => {
    const user = userEvent.setup();
    const stores = finishedStores();
    const files = captureDownloads();
    renderWithTakeaway(<FinishedScreen />, stores);
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(files.map((file) => file.name)).toEqual([
      '2026-11-22-leading-a-team-through-a-merger.md',
      '2026-11-22-leading-a-team-through-a-merger.json',
    ]);
    expect(await files[0]!.text).toContain('# Takeaway sheet: Leading a team through a merger');
    const imported = fromJson(await files[1]!.text);
    expect(imported.ok && imported.value.notes).toEqual(stores.notes.getState().notes);
    expect(imported.ok && imported.value.clinic).toEqual(stores.clinic.getState().clinic);
  });

  it('copies the Markdown and says so; says so too when the browser refuses', async () => {
    const user = userEvent.setup();
    renderWithTakeaway(<FinishedScreen />, finishedStores());
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(writeText.mock.calls[0]?.[0]).toContain('## Take-aways');
    expect(screen.getByRole('status')).toHaveTextContent('The Markdown is on the clipboard.');
    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(screen.getByRole('status')).toHaveTextContent('The browser did not allow copying.');
  });

  it('prints with the browser and has a print copy outside the app', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithTakeaway(<FinishedScreen />, finishedStores());
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.body).toHaveClass('has-print-sheet');
    const copy = document.body.querySelector(':scope > .print-sheet');
    expect(copy).toHaveTextContent('Listen before deciding the new structure');
    expect(copy?.querySelector('button')).toBeNull();
  });

  it('starts a new clinic from the sheet', async () => {
    const stores = finishedStores();
    renderWithTakeaway(<FinishedScreen />, stores);
    await userEvent.setup().click(screen.getByRole('button', { name: 'New clinic' }));
    expect(stores.clinic.getState().clinic.status).toBe('setup');
  });
});

describe('a sheet kept in another language', () => {
  it('is drawn in its own language once its words are loaded', async () => {
    const data = typicalExport();
    renderWithStores(<TakeawaySheet data={{ ...data, language: 'fr' }} now={data.exportedAt} />);
    const sheet = screen.getByRole('region', { name: data.clinic.plan.caseTitle });
    expect(await within(sheet).findByText('Temps prévu et temps réel')).toBeInTheDocument();
    expect(sheet.querySelector('article')).toHaveAttribute('lang', 'fr');
    expect(sheet).toHaveTextContent(/22 novembre 2026/);
  });

  it('keeps to the app language for a language the app does not have', () => {
    const data = typicalExport();
    renderWithStores(<TakeawaySheet data={{ ...data, language: 'xx' }} now={data.exportedAt} />);
    const sheet = screen.getByRole('region', { name: data.clinic.plan.caseTitle });
    expect(within(sheet).getByText('Planned and actual time')).toBeInTheDocument();
    expect(sheet.querySelector('article')).toHaveAttribute('lang', 'en');
  });
});

describe.each(Object.entries(HOSTILE_STRINGS))('hostile text (%s) in every field', (_, text) => {
  it('shows as text, never as markup', () => {
    const clinic = finishedClinicWith({
      caseTitle: text,
      helpWanted: text,
      caseOwner: text,
      coaches: [text, 'Ben'],
      facilitator: text,
    });
    let notes: ClinicNotes = createNotes(clinic.plan);
    for (const list of ['keyFacts', 'ideas', 'takeaways', 'appreciations'] as const) {
      notes = addItem(notes, list, text);
    }
    notes = addNextStep(setMirror(notes, 0, text), text, text);
    const { container } = renderWithStores(
      <TakeawaySheet
        data={{ clinic, notes, details: { place: text, nextCheckIn: null }, language: 'en' }}
        now={clinic.clinicEndedAt!}
      />,
    );
    expect(document.querySelector('script, img, a[href]')).toBeNull();
    const preview = container.querySelector('.takeaway-preview')!;
    // What was typed appears verbatim (line breaks collapse to spaces in HTML rendering).
    const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim();
    expect(squeeze(preview.textContent ?? '')).toContain(squeeze(text));
    expect(preview.querySelectorAll('li').length).toBeGreaterThanOrEqual(6);
  });
});
