import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addItem, addNextStep, createNotes, setMirror } from '@/takeaway/notes';
import { finishedClinicWith, HOSTILE_STRINGS } from '../helpers/takeaway-fixtures';
import { fillPlan, TWO_COACHES } from '../helpers/e2e-session';
import { openWithSavedClinic } from './saved-clinic';

// Issue 5 in a real browser: notes typed in the console, the sheet opened from the console and
// printed, the finished sheet's exports, the history on IndexedDB across a reload, import by
// picker and by drop, and hostile text printed as text.

const ARTIFACTS = join(process.cwd(), 'artifacts', 'takeaway-flow');
mkdirSync(ARTIFACTS, { recursive: true });

async function startQuickClinic(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Quick (35 min)' });
  await fillPlan(page, TWO_COACHES);
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

async function next(page: Page, times = 1) {
  for (let i = 0; i < times; i += 1) await page.getByRole('button', { name: 'Next phase' }).click();
}

async function printedText(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(ARTIFACTS, name)]);
  const pages = Number(
    /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1],
  );
  return { pages, text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }) };
}

test('notes in the console become the sheet, its exports and the history', async ({ page }) => {
  await startQuickClinic(page);
  await next(page, 2);
  const facts = page.getByRole('textbox', { name: 'Add to Key facts' });
  // Space, arrows and letters are text here, never shortcuts.
  await facts.pressSequentially('Two teams f+ - merging');
  await facts.press('ArrowRight');
  await facts.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Key facts, item 1' })).toHaveValue(
    'Two teams f+ - merging',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clarifying questions');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await next(page, 2);
  await page
    .getByRole('textbox', { name: 'Image, metaphor or feeling from Ben' })
    .fill('A bridge from both banks');
  await next(page, 2);
  await page.getByRole('textbox', { name: 'Add to Take-aways' }).fill('Listen before deciding');
  await page.getByRole('textbox', { name: 'Add to Take-aways' }).press('Enter');
  await page.getByRole('textbox', { name: 'New next step' }).fill('Book the kick-off');
  await page.getByRole('combobox', { name: 'Owner' }).fill('Chloé');
  await page.getByRole('combobox', { name: 'Owner' }).press('Enter');

  // The sheet from the console, at any time; printing it prints the sheet, not the console.
  await page.getByRole('button', { name: 'Takeaway sheet' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Listen before deciding')).toBeVisible();
  const fromConsole = await printedText(page, 'from-console');
  expect(fromConsole.pages).toBe(1);
  expect(fromConsole.text).toContain('Listen before deciding');
  expect(fromConsole.text).toContain('A bridge from both banks');
  expect(fromConsole.text).not.toContain('Next phase');
  await dialog.getByRole('button', { name: 'Back to the clinic' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await page.getByLabel('Next check-in: date').fill('2026-12-06');
  await page.getByLabel('Next check-in: time').fill('14:30');
  await page.getByRole('textbox', { name: 'Place (optional)' }).fill('Room 4; Berlin, 2nd floor');

  const calendarDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar file' }).click();
  const calendar = await calendarDownload;
  expect(calendar.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-untitled-case\.ics$/);
  const ics = readFileSync((await calendar.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VEVENT\r\n');
  expect(ics).toContain('LOCATION:Room 4\\; Berlin\\, 2nd floor\r\n');
  expect(ics).toMatch(/DTSTART:20261206T\d{4}00Z\r\n/);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const jsonPath = join(ARTIFACTS, 'clinic.json');
  await (await jsonDownload).saveAs(jsonPath);

  // The history survives a reload: it is on the device (IndexedDB).
  await page.reload();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Finished clinics' });
  await expect(
    history.getByText('Everything here stays on this device.', { exact: false }),
  ).toBeVisible();
  await history.getByRole('button', { name: /^Open / }).click();
  await expect(history.getByText('Listen before deciding')).toBeVisible();
  await expect(history.getByText('Room 4; Berlin, 2nd floor').first()).toBeVisible();
  await history.getByRole('button', { name: 'Back to the list' }).click();

  await history.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect(history.getByText('No finished clinics yet.')).toBeVisible();

  // A bad file: a clear message, nothing changes.
  await history.getByLabel('Choose a JSON export').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: readFileSync(jsonPath).subarray(0, 400),
  });
  await expect(history.getByRole('alert')).toContainText('the file ends too early');
  await expect(history.getByText('No finished clinics yet.')).toBeVisible();

  // The export, dropped on the import area, comes back.
  const text = readFileSync(jsonPath, 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'clinic.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await history.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(history.getByText(/^Imported/)).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: join(ARTIFACTS, 'history-after-import.png') });
});

test('hostile text prints as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const { script, markdown, icalInjection, emoji, rtl, long } = HOSTILE_STRINGS;
  const clinic = finishedClinicWith({
    caseTitle: script,
    helpWanted: markdown,
    caseOwner: emoji,
    coaches: [rtl, icalInjection],
    facilitator: long,
  });
  let notes = createNotes(clinic.plan);
  notes = addItem(notes, 'takeaways', script);
  notes = addItem(notes, 'ideas', markdown);
  notes = setMirror(setMirror(notes, 0, rtl), 1, icalInjection);
  notes = addNextStep(notes, emoji, rtl);
  await openWithSavedClinic(page, {
    clinic,
    notes,
    details: { place: '<b>bold</b>', nextCheckIn: null },
  });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(
    page.locator('.takeaway-preview img, .takeaway-preview script, .takeaway-preview b'),
  ).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'hostile-screen.png') });
  const { text } = await printedText(page, 'hostile');
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain('<script>alert("x")</script>'.replace(/\s+/g, ''));
  expect(flat).toContain('<b>bold</b>');
  expect(flat).toContain('ATTENDEE:mailto:all@example.com');
  expect(flat).toContain('L'.repeat(200));
  expect(dialogs).toBe(0);
});
