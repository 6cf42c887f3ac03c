import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addItem, addNextStep, createNotes, setMirror } from '@/takeaway/notes';
import { finishedClinic, typicalDetails, typicalNotes } from '../helpers/takeaway-fixtures';
import { openWithSavedClinic, type SavedClinic } from './saved-clinic';

// Issue 5: the sheet goes to paper. The finished clinic is put on the device as the app saves
// it, the page is printed to PDF with the print stylesheet (A4 and US Letter), and the PDF is
// read back with poppler: its page count, its text, and its pages as images in artifacts/.

const ARTIFACTS = join(process.cwd(), 'artifacts', 'takeaway-print');
mkdirSync(ARTIFACTS, { recursive: true });

type Seed = Omit<SavedClinic, 'settings'>;

function typicalSeed(): Seed {
  const clinic = finishedClinic();
  return { clinic, notes: typicalNotes(clinic), details: typicalDetails() };
}

/** A long clinic: eight coaches, full mirror entries, many ideas, take-aways and steps. */
function longSeed(): Seed {
  const coaches = ['Ben', 'Chloé', 'Dev', 'Farida', 'Gustavo', 'Hana', 'Ilse', 'Jonas'];
  const clinic = finishedClinic({
    coaches,
    caseTitle:
      'Rebuilding trust in a team after a failed product launch and a painful reorganisation',
    helpWanted:
      'How can I, as the new lead, rebuild trust with people who feel they were not heard, without pretending the past did not happen, and while the next launch is already due in spring?',
  });
  let notes = createNotes(clinic.plan);
  const sentence = (topic: string, n: number) =>
    `${topic} ${n}: a thought that takes a full line or so to say, as real notes do`;
  for (let i = 1; i <= 6; i += 1) notes = addItem(notes, 'keyFacts', sentence('Fact', i));
  coaches.forEach((coach, index) => {
    notes = setMirror(
      notes,
      index,
      `I see ${coach === 'Ben' ? 'a' : 'another'} picture: a house with the lights on and the doors still closed; I feel patience.`,
    );
  });
  for (let i = 1; i <= 10; i += 1) notes = addItem(notes, 'ideas', sentence('Idea', i));
  for (let i = 1; i <= 8; i += 1) notes = addItem(notes, 'takeaways', sentence('Take-away', i));
  for (let i = 1; i <= 8; i += 1) {
    notes = addNextStep(notes, sentence('Step', i), coaches[i % coaches.length]!);
  }
  for (let i = 1; i <= 5; i += 1) notes = addItem(notes, 'appreciations', sentence('Thanks', i));
  return {
    clinic,
    notes,
    details: { ...typicalDetails(), place: 'Lisbon, the big room upstairs' },
  };
}

async function openFinishedSheet(page: Page, seed: Seed, language = 'en') {
  await openWithSavedClinic(page, { ...seed, settings: { language } });
  await expect(page.locator('.takeaway-exports button').first()).toBeVisible();
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

async function printToPdf(page: Page, name: string, format: 'A4' | 'Letter') {
  await page.emulateMedia({ media: 'print' });
  const path = join(ARTIFACTS, `${name}-${format}.pdf`);
  writeFileSync(path, await page.pdf({ format, printBackground: false }));
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(ARTIFACTS, `${name}-${format}`)]);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages: pdfPages(path), text };
}

for (const format of ['A4', 'Letter'] as const) {
  test(`a typical clinic prints on one ${format} page with names and take-aways`, async ({
    page,
  }) => {
    await openFinishedSheet(page, typicalSeed());
    const { pages, text } = await printToPdf(page, 'typical', format);
    expect(pages).toBe(1);
    for (const expected of [
      'Leading a team through a merger',
      'Ada',
      'Ben',
      'Chloé',
      'Dev',
      'Eli',
      'Listen before deciding the new structure',
      'Name what each team is proud of',
      'Hold a joint kick-off',
      'A gardener grafting two trees.',
      'Room 4, Berlin office',
    ]) {
      expect(text).toContain(expected);
    }
    // Nothing of the screen's controls goes to paper.
    for (const control of [
      'Download Markdown',
      'Copy Markdown',
      'New clinic',
      'History',
      'Before you print',
    ]) {
      expect(text).not.toContain(control);
    }
  });

  test(`a long clinic prints on at most two ${format} pages with everything in it`, async ({
    page,
  }) => {
    await openFinishedSheet(page, longSeed());
    const { pages, text } = await printToPdf(page, 'long', format);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const flat = text.replace(/\s+/g, ' ');
    for (const coach of ['Farida', 'Gustavo', 'Hana', 'Ilse', 'Jonas'])
      expect(flat).toContain(coach);
    expect(flat).toContain('Take-away 8');
    expect(flat).toContain('Step 8');
    expect(flat).toContain('Thanks 5');
    expect(flat).toContain('Closing and appreciation');
  });
}

test('a long clinic in German, whose words run longer, still prints on at most two A4 pages', async ({
  page,
}) => {
  await openFinishedSheet(page, longSeed(), 'de');
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  const { pages, text } = await printToPdf(page, 'long-de', 'A4');
  expect(pages).toBeLessThanOrEqual(2);
  // Headings print in capitals.
  const flat = text.replace(/\s+/g, ' ').toLowerCase();
  expect(flat).toContain('nächste schritte');
  expect(flat).toContain('geplante und tatsächliche zeit');
  expect(flat).toContain('6. dezember 2026 um 14:30 – 15:15');
  expect(flat).toContain('step 8');
});
