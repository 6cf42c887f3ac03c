import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleApp } from '@/app/App';
import { NotesPanel } from '@/features/takeaway/NotesPanel';
import { createNotesStore, NOTES_KEY } from '@/store/notes-store';
import { deviceOf } from '../../helpers/device';
import { renderWithTakeaway } from '../../helpers/render-takeaway';
import { renderWithStores } from '../../helpers/render';
import { goToPhase, runningClinicStore } from '../../helpers/session';
import { HOSTILE_STRINGS } from '../../helpers/takeaway-fixtures';
import { MAX_TEXT_LENGTH } from '@/clinic/templates';
import { NEW_STEP_FIELDS } from '@/takeaway/notes';

// Real time: nothing here depends on the clock, and user-event types at its own pace.
const user = () => userEvent.setup();

describe('the notes panel', () => {
  it('follows the phase: the case, key facts, one field per coach, ideas, closing notes', () => {
    const clinic = runningClinicStore();
    renderWithTakeaway(<NotesPanel />, { clinic });
    expect(screen.getByRole('textbox', { name: 'The case' })).toHaveValue(
      'Leading a team through a merger',
    );
    expect(screen.getByRole('textbox', { name: 'The help asked for' })).toBeInTheDocument();
    goToPhase(clinic, 2);
    expect(screen.getByRole('textbox', { name: 'Add to Key facts' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'The case' })).not.toBeInTheDocument();
    goToPhase(clinic, 3);
    expect(screen.getByText('Stillness: nothing to write now. Let it land.')).toBeInTheDocument();
    goToPhase(clinic, 4);
    for (const coach of ['Ben', 'Chloé', 'Dev']) {
      expect(
        screen.getByRole('textbox', { name: `Image, metaphor or feeling from ${coach}` }),
      ).toBeInTheDocument();
    }
    goToPhase(clinic, 5);
    expect(
      screen.getByRole('textbox', { name: 'Add to Ideas from the dialogue' }),
    ).toBeInTheDocument();
    goToPhase(clinic, 6);
    expect(screen.getByRole('textbox', { name: 'Add to Take-aways' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'New next step' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add to Appreciations' })).toBeInTheDocument();
  });

  it('shows every section on request', async () => {
    renderWithTakeaway(<NotesPanel />, { clinic: runningClinicStore() });
    await user().click(screen.getByRole('button', { name: 'Show all notes' }));
    expect(screen.getByRole('button', { name: 'Show all notes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('textbox', { name: 'Add to Take-aways' })).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Image, metaphor or feeling from Dev' }),
    ).toBeInTheDocument();
  });

  it('adds an item on Enter, and the item can be edited and removed', async () => {
    const clinic = runningClinicStore();
    const { takeaway } = renderWithTakeaway(<NotesPanel />, { clinic });
    goToPhase(clinic, 2);
    const add = screen.getByRole('textbox', { name: 'Add to Key facts' });
    await user().type(add, 'Two teams of 8{Enter}');
    expect(add).toHaveValue('');
    const item = screen.getByRole('textbox', { name: 'Key facts, item 1' });
    expect(item).toHaveValue('Two teams of 8');
    await user().type(item, ', merging in March');
    expect(takeaway.notes.getState().notes.keyFacts[0]?.text).toBe(
      'Two teams of 8, merging in March',
    );
    await user().click(screen.getByRole('button', { name: 'Remove Key facts item 1' }));
    expect(screen.queryByRole('textbox', { name: 'Key facts, item 1' })).not.toBeInTheDocument();
    expect(takeaway.notes.getState().notes.keyFacts).toEqual([]);
  });

  it('keeps next steps with their owner', async () => {
    const clinic = runningClinicStore();
    const { takeaway } = renderWithTakeaway(<NotesPanel />, { clinic });
    goToPhase(clinic, 6);
    await user().type(screen.getByRole('textbox', { name: 'New next step' }), 'Book the room');
    await user().type(screen.getByRole('combobox', { name: 'Owner' }), 'Ben{Enter}');
    expect(screen.getByRole('textbox', { name: 'Next steps, item 1' })).toHaveValue(
      'Book the room',
    );
    expect(screen.getByRole('combobox', { name: 'Owner of next step 1' })).toHaveValue('Ben');
    expect(takeaway.notes.getState().notes.nextSteps).toEqual([
      { id: 1, text: 'Book the room', owner: 'Ben', ...NEW_STEP_FIELDS },
    ]);
  });

  it('saves as you type', async () => {
    const clinic = runningClinicStore();
    const notes = createNotesStore({ clinic, storage: deviceOf(localStorage) });
    renderWithTakeaway(<NotesPanel />, { clinic, notes });
    goToPhase(clinic, 4);
    await user().type(
      screen.getByRole('textbox', { name: 'Image, metaphor or feeling from Ben' }),
      'A bridge',
    );
    expect(JSON.parse(localStorage.getItem(NOTES_KEY) ?? '{}').notes.mirrors[0]).toBe('A bridge');
  });
});

describe('hostile text typed into the notes', () => {
  it.each(Object.entries(HOSTILE_STRINGS))('%s stays text in its field', async (_, text) => {
    const clinic = runningClinicStore();
    const { takeaway } = renderWithTakeaway(<NotesPanel />, { clinic });
    goToPhase(clinic, 5);
    const add = screen.getByRole('textbox', { name: 'Add to Ideas from the dialogue' });
    // Pasted, as such text would arrive; a field is one line, so line breaks become spaces.
    add.focus();
    await user().paste(text);
    await user().keyboard('{Enter}');
    const item = screen.getByRole('textbox', { name: 'Ideas from the dialogue, item 1' });
    // A note holds at most 5,000 characters: the 10,000-character text stops there.
    const expected = text.replace(/\s/g, '').slice(0, MAX_TEXT_LENGTH);
    const shown = (item as HTMLInputElement).value.replace(/\s/g, '');
    expect(shown === expected).toBe(true);
    expect(takeaway.notes.getState().notes.ideas).toHaveLength(1);
    expect(document.querySelector('script, img')).toBeNull();
  });
});

describe('when the notes cannot be saved or read', () => {
  it('says so when the device refuses to save, and keeps the typed notes', async () => {
    const clinic = runningClinicStore();
    const full = {
      ...localStorage,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const notes = createNotesStore({ clinic, storage: deviceOf(full) });
    renderWithTakeaway(<NotesPanel />, { clinic, notes });
    await user().type(screen.getByRole('textbox', { name: 'The help asked for' }), 'How?');
    expect(screen.getByRole('alert')).toHaveTextContent("This device's storage refused the notes");
    expect(screen.getByRole('textbox', { name: 'The help asked for' })).toHaveValue('How?');
  });

  it('says where unreadable saved notes were kept', () => {
    localStorage.setItem(NOTES_KEY, 'not json');
    const clinic = runningClinicStore();
    const notes = createNotesStore({
      clinic,
      storage: deviceOf(localStorage),
      clock: { now: () => 7 },
    });
    renderWithTakeaway(<NotesPanel />, { clinic, notes });
    expect(screen.getByRole('alert')).toHaveTextContent('case-clinic-timer:notes-backup:7');
    expect(localStorage.getItem('case-clinic-timer:notes-backup:7')).toBe('not json');
  });
});

describe('typing in the notes never triggers a console shortcut', () => {
  it('Space, arrows, + and - stay in the text', async () => {
    const clinic = runningClinicStore();
    renderWithStores(<ConsoleApp notes={<NotesPanel />} soundControls={null} />, { clinic });
    goToPhase(clinic, 2);
    const add = screen.getByRole('textbox', { name: 'Add to Key facts' });
    await user().type(add, 'a b+c-d ');
    fireEvent.keyDown(add, { key: 'ArrowRight' });
    fireEvent.keyDown(add, { key: 'f' });
    expect(add).toHaveValue('a b+c-d ');
    expect(clinic.getState().clinic.status).toBe('running');
    expect(clinic.getState().clinic.phaseIndex).toBe(2);
    expect(clinic.getState().clinic.records[2]?.extensionMs).toBe(0);
  });

  it('the sheet opens from the console and keys in it stay there', async () => {
    const clinic = runningClinicStore();
    renderWithStores(<ConsoleApp notes={<NotesPanel />} soundControls={null} />, { clinic });
    await user().click(screen.getByRole('button', { name: 'Takeaway sheet' }));
    const dialog = screen.getByRole('dialog', { name: 'Leading a team through a merger' });
    expect(within(dialog).getByText('Clinic in progress')).toBeInTheDocument();
    // Keys pressed anywhere in the open sheet (not only in its fields) stay in the sheet.
    fireEvent.keyDown(dialog, { key: ' ' });
    fireEvent.keyDown(within(dialog).getByRole('heading', { name: 'Take it home' }), {
      key: 'ArrowRight',
    });
    expect(clinic.getState().clinic.status).toBe('running');
    expect(clinic.getState().clinic.phaseIndex).toBe(0);
    await user().click(within(dialog).getByRole('button', { name: 'Back to the clinic' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => undefined);
  });
});
