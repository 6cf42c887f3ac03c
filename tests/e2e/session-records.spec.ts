import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sessionFromJson } from '@/takeaway/session/session-file';
import { expectNoAxeViolations } from '../helpers/axe';
import { focusPage, installStillClock, offTheBoundary } from '../helpers/e2e-session';

// Issue 15, item 5: a session of two quick clinics planned and run to the end; the end screen
// shows the session's summary with both case owners' take-aways; its JSON, imported into a
// history that forgot everything, brings the session back with both sheets and its summary.

const ARTIFACTS = join(process.cwd(), 'artifacts', 'session-records');
mkdirSync(ARTIFACTS, { recursive: true });

const TAKEAWAYS = {
  Ada: 'Ada asks both team leads before she decides',
  Ben: 'Ben tries the new role for a month, then reviews it',
};

async function planTwoQuickCases(page: Page) {
  await page.getByRole('radio', { name: 'A session of several cases' }).check();
  for (const [index, name] of ['Ada', 'Ben', 'Chloé'].entries()) {
    await page.getByRole('textbox', { name: `Person ${index + 1}`, exact: true }).fill(name);
  }
  await page.getByRole('button', { name: 'Add a case' }).click();
  await page.getByRole('textbox', { name: "Facilitator's name" }).fill('Dev');
  for (const name of ['Case 1: Ada', 'Case 2: Ben']) {
    const card = page.getByRole('group', { name });
    await card.getByRole('combobox', { name: 'Template' }).selectOption('quick');
  }
  await page
    .getByRole('group', { name: 'Case 1: Ada' })
    .getByRole('textbox', { name: 'Case title' })
    .fill('A merger');
  await page.getByRole('button', { name: 'Start the session' }).click();
}

/** One clinic: to its closing phase by keyboard, a take-away written there, then finished. */
async function runClinic(page: Page, owner: keyof typeof TAKEAWAYS) {
  await expect(page.getByText(new RegExp(`^Clinic \\d of 2: ${owner}’s case`))).toBeVisible();
  for (let phase = 0; phase < 6; phase += 1) {
    await page.clock.runFor(60_000);
    await focusPage(page);
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closing and appreciation');
  const field = page.getByRole('textbox', { name: 'Add to Take-aways' });
  await field.fill(TAKEAWAYS[owner]);
  await field.press('Enter');
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Finish clinic' }).click();
}

test('the end screen shows the summary; its JSON comes back into a history that forgot everything', async ({
  page,
}) => {
  await installStillClock(page);
  await page.goto('/');
  await planTwoQuickCases(page);
  await offTheBoundary(page);
  await runClinic(page, 'Ada');
  await expect(page.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the next clinic now' }).click();
  await runClinic(page, 'Ben');

  // The end screen: the session's summary with both cases' take-aways.
  await expect(page.getByRole('heading', { level: 1, name: 'The session is over' })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Session summary' });
  await expect(summary.getByRole('heading', { name: '1. A merger — Ada' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: /^2\. .* — Ben$/ })).toBeVisible();
  for (const text of Object.values(TAKEAWAYS)) await expect(summary.getByText(text)).toBeVisible();

  // A reload on the end screen: still every clinic's notes.
  await page.reload();
  for (const text of Object.values(TAKEAWAYS)) await expect(summary.getByText(text)).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'end-screen.png'), fullPage: true });

  // Printed from the end screen: the summary alone, on one page here.
  await page.emulateMedia({ media: 'print' });
  const pdfPath = join(ARTIFACTS, 'end-screen-summary.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: false }));
  await page.emulateMedia({ media: 'screen' });
  const printed = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(
    Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]),
  ).toBe(1);
  for (const text of Object.values(TAKEAWAYS)) expect(printed).toContain(text);
  expect(printed).not.toContain('Back to the setup');

  const download = page.waitForEvent('download');
  await summary.getByRole('button', { name: 'Download JSON' }).click();
  const jsonPath = join(ARTIFACTS, 'session.json');
  await (await download).saveAs(jsonPath);
  const exported = sessionFromJson(readFileSync(jsonPath, 'utf8'));
  expect(exported.ok && exported.value.notes.map((n) => n.takeaways.map((t) => t.text))).toEqual([
    [TAKEAWAYS.Ada],
    [TAKEAWAYS.Ben],
  ]);

  // Axe waits on timers of its own: the clock flows again for it.
  await page.clock.resume();
  await expectNoAxeViolations(page, 'session end screen with its summary');

  // Forget everything, then import the file: the session is back with both sheets.
  await page.getByRole('button', { name: 'Back to the setup' }).click();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Finished clinics' });
  await expect(history.getByRole('heading', { name: /^Session of / })).toBeVisible();
  await history.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect(history.getByText('No finished clinics yet.')).toBeVisible();

  await history.getByLabel('Choose a JSON export').setInputFiles(jsonPath);
  await expect(
    history.getByText(/^Imported the session of .+ with its 2 clinics\. It is in the list\.$/),
  ).toBeVisible();
  const group = history.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /^Session of / }),
  });
  await group.getByRole('button', { name: /^Open A merger,/ }).click();
  await expect(history.getByText(TAKEAWAYS.Ada).first()).toBeVisible();
  await history.getByRole('button', { name: 'Back to the list' }).click();
  await group.getByRole('button', { name: /^Open (?!A merger|the summary)/ }).click();
  await expect(history.getByText(TAKEAWAYS.Ben).first()).toBeVisible();
  await history.getByRole('button', { name: 'Back to the list' }).click();
  await group.getByRole('button', { name: /^Open the summary of the session of / }).click();
  const imported = history.getByRole('region', { name: 'Session summary' });
  for (const text of Object.values(TAKEAWAYS)) await expect(imported.getByText(text)).toBeVisible();

  // The same file again: kept once.
  await history.getByRole('button', { name: 'Back to the list' }).click();
  await history.getByLabel('Choose a JSON export').setInputFiles(jsonPath);
  await expect(history.getByText(/is already in the history, unchanged\.$/)).toBeVisible();
  await expect(history.getByRole('heading', { name: /^Session of / })).toHaveCount(1);
});
