import { describe, expect, it } from 'vitest';
import {
  addItem,
  addNextStep,
  createNotes,
  editItem,
  editNextStep,
  MAX_ITEMS_PER_LIST,
  NEW_STEP_FIELDS,
  removeItem,
  removeNextStep,
  setCase,
  setMirror,
} from '@/takeaway/notes';
import { parseNotes } from '@/takeaway/notes-validate';
import { exportFileName, safeTitle } from '@/takeaway/file-names';
import { validPlan } from '../helpers/clinic-fixtures';

describe('notes', () => {
  it('start from the planned case, question and one empty mirror entry per coach', () => {
    const notes = createNotes({ ...validPlan(), helpWanted: 'Where to start?' });
    expect(notes.caseTitle).toBe('Leading a team through a merger');
    expect(notes.helpAsked).toBe('Where to start?');
    expect(notes.mirrors).toEqual(['', '', '']);
  });

  it('add, edit and remove items without touching the original', () => {
    const empty = createNotes();
    const one = addItem(empty, 'ideas', '  Pair people up  ');
    expect(empty.ideas).toEqual([]);
    expect(one.ideas).toEqual([{ id: 1, text: 'Pair people up' }]);
    const two = addItem(one, 'ideas', 'Ask the teams');
    const edited = editItem(two, 'ideas', 1, 'Pair people across teams');
    expect(edited.ideas.map((item) => item.text)).toEqual([
      'Pair people across teams',
      'Ask the teams',
    ]);
    expect(removeItem(edited, 'ideas', 1).ideas).toEqual([{ id: 2, text: 'Ask the teams' }]);
  });

  it('ignore blank items and unknown ids (same object back)', () => {
    const notes = createNotes();
    expect(addItem(notes, 'takeaways', '   ')).toBe(notes);
    expect(editItem(notes, 'takeaways', 99, 'x')).toBe(notes);
    expect(removeNextStep(notes, 99)).toBe(notes);
  });

  it('never reuse an id after a removal', () => {
    let notes = addItem(createNotes(), 'keyFacts', 'a');
    notes = removeItem(notes, 'keyFacts', 1);
    notes = addItem(notes, 'keyFacts', 'b');
    expect(notes.keyFacts).toEqual([{ id: 2, text: 'b' }]);
  });

  it('stop a list at its limit', () => {
    let notes = createNotes();
    for (let i = 0; i < MAX_ITEMS_PER_LIST + 5; i += 1)
      notes = addItem(notes, 'ideas', `idea ${i}`);
    expect(notes.ideas).toHaveLength(MAX_ITEMS_PER_LIST);
  });

  it('keep next steps with their owners', () => {
    let notes = addNextStep(createNotes(), 'Book the room', 'Ben');
    notes = editNextStep(notes, 1, { owner: 'Dev' });
    expect(notes.nextSteps).toEqual([
      { id: 1, text: 'Book the room', owner: 'Dev', ...NEW_STEP_FIELDS },
    ]);
  });

  it('set a mirror entry by coach and the case texts', () => {
    const notes = setCase(setMirror(createNotes(), 2, 'A bridge'), { helpAsked: 'How?' });
    expect(notes.mirrors).toEqual(['', '', 'A bridge']);
    expect(notes.helpAsked).toBe('How?');
  });

  it('read back what they wrote, and refuse what is broken', () => {
    const notes = addNextStep(addItem(createNotes(validPlan()), 'ideas', 'x'), 'y', 'Ada');
    expect(parseNotes(JSON.parse(JSON.stringify(notes)))).toEqual({ ok: true, value: notes });
    expect(parseNotes({ ...notes, ideas: 'x' })).toEqual({
      ok: false,
      problem: 'notesListInvalid',
      field: 'notes.ideas',
    });
  });
});

describe('export file names', () => {
  const day = new Date(2026, 10, 22, 10, 0).getTime();

  it('carry the date and the case title', () => {
    expect(exportFileName(day, 'Leading a team: Q3/Q4?', 'md')).toBe(
      '2026-11-22-leading-a-team-q3-q4.md',
    );
  });

  it('keep letters of every script but drop what file systems reject', () => {
    expect(safeTitle('Zoë’s 日本 plan <v2>*')).toBe('zoë’s-日本-plan-v2');
    expect(safeTitle('..\\..\\etc/passwd')).toBe('etc-passwd');
    expect(safeTitle('evil\u202Egnp.exe')).toBe('evilgnp-exe');
    expect(safeTitle('line\r\nbreak\u0000')).toBe('line-break');
  });

  it('fall back to a name when nothing is left, and stay short', () => {
    expect(safeTitle('???')).toBe('case-clinic');
    expect(safeTitle('')).toBe('case-clinic');
    expect([...safeTitle('word '.repeat(500))].length).toBeLessThanOrEqual(60);
    expect([...safeTitle('L'.repeat(10_000))].length).toBe(60);
  });

  it('never produce a name Windows reserves', () => {
    expect(safeTitle('CON')).not.toMatch(/^con$/i);
  });
});
