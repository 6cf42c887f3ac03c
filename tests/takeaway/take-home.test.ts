import { describe, expect, it } from 'vitest';
import { addItem, addNextStep, createNotes, editNextStep } from '@/takeaway/notes';
import { buildSheet } from '@/takeaway/sheet';
import { MAX_CODE_BYTES, takeHomeTexts } from '@/takeaway/take-home';
import { ENGLISH_TAKE_HOME_WORDS, finishedClinic } from '../helpers/takeaway-fixtures';

const bytes = (text: string) => new TextEncoder().encode(text).length;

function sheetWith(takeaways: string[], steps: [string, string, string | null][] = []) {
  const clinic = finishedClinic();
  let notes = createNotes(clinic.plan);
  for (const text of takeaways) notes = addItem(notes, 'takeaways', text);
  for (const [text, owner, dueDate] of steps) notes = addNextStep(notes, text, owner, { dueDate });
  return buildSheet(clinic, notes, { place: '', nextCheckIn: null }, clinic.clinicEndedAt!);
}

describe('the take-home text', () => {
  it('fits one code when short: the case, the take-aways, the next steps with owner and date', () => {
    const sheet = sheetWith(['Listen first'], [['Hold a kick-off', 'Ada', '2026-12-06']]);
    expect(takeHomeTexts(sheet, ENGLISH_TAKE_HOME_WORDS)).toEqual([
      '1/1 · Leading a team through a merger\n\nTake-aways\n- Listen first\n\nNext steps\n- Hold a kick-off (owner: Ada, due: 2026-12-06)',
    ]);
  });

  it('has nothing to say without take-aways or next steps', () => {
    expect(takeHomeTexts(sheetWith([]), ENGLISH_TAKE_HOME_WORDS)).toEqual([]);
  });

  it('splits a long list at item boundaries into numbered parts, each within a code', () => {
    const items = Array.from(
      { length: 14 },
      (_, i) => `Take-away number ${i + 1}: something to keep`,
    );
    const parts = takeHomeTexts(
      sheetWith(items, [['Call Ben', 'Ada', null]]),
      ENGLISH_TAKE_HOME_WORDS,
    );
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, index) => {
      expect(bytes(part)).toBeLessThanOrEqual(MAX_CODE_BYTES);
      expect(part.startsWith(`${index + 1}/${parts.length} · Leading a team`)).toBe(true);
    });
    // Every item whole, once, in order; each part after the first says which list it continues.
    const lines = parts.flatMap((part) => part.split('\n').filter((line) => line.startsWith('- ')));
    expect(lines).toEqual([...items.map((item) => `- ${item}`), '- Call Ben (owner: Ada)']);
    expect(parts[1]).toContain('\n\nTake-aways (continued)\n- ');
  });

  it('cuts an item too long for one code between characters, marks the cut, loses nothing', () => {
    const long = 'Ä'.repeat(800); // 1,600 bytes of UTF-8
    const parts = takeHomeTexts(sheetWith([long]), ENGLISH_TAKE_HOME_WORDS);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(MAX_CODE_BYTES);
    const text = parts
      .map((part) => part.split('\n').slice(3).join(''))
      .join('')
      .replace(/…|\s|-/g, '');
    expect(text).toBe(long);
  });

  it('says a step’s status when it is not open', () => {
    const clinic = finishedClinic();
    let notes = addNextStep(createNotes(clinic.plan), 'Book a room', 'Ben');
    notes = editNextStep(notes, 1, { status: 'done' });
    const sheet = buildSheet(clinic, notes, { place: '', nextCheckIn: null }, 0);
    expect(takeHomeTexts(sheet, ENGLISH_TAKE_HOME_WORDS)[0]).toContain(
      '- Book a room (owner: Ben, done)',
    );
  });

  it('ten parts or more: the numbers get a digit, and every part still fits', () => {
    const items = Array.from(
      { length: 90 },
      (_, i) => `Ñandú número ${i + 1} – “a longer take-away, with the reason to keep it”`,
    );
    const parts = takeHomeTexts(sheetWith(items), ENGLISH_TAKE_HOME_WORDS);
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(parts.at(-1)!.startsWith(`${parts.length}/${parts.length} · `)).toBe(true);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(MAX_CODE_BYTES);
  });
});
