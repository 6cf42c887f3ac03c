import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';
import { E2E_START } from '../helpers/e2e-session';
import { finishedSession, openWithHistory } from './saved-session';

// Issue 15: the planner of a session (with its end time's fit) and the session in the history:
// grouped with both clinics' sheets, its summary on screen and on at most two printed pages.

const ARTIFACTS = join(process.cwd(), 'artifacts', 'session-summary');
mkdirSync(ARTIFACTS, { recursive: true });

async function planTwoCases(page: Page) {
  await page.getByRole('radio', { name: 'A session of several cases' }).check();
  for (const [index, name] of ['Ada', 'Ben', 'Chloé'].entries()) {
    await page.getByRole('textbox', { name: `Person ${index + 1}`, exact: true }).fill(name);
  }
  await page.getByRole('button', { name: 'Add a case' }).click();
  await page.getByRole('textbox', { name: "Facilitator's name" }).fill('Dev');
}

test('the planner: a session of two cases, its times, its end time fitted; no axe finding', async ({
  page,
}) => {
  // A still clock would hold axe's wait for animations forever: the planner runs on real time
  // here; its exact times are checked by the component tests on a fixed clock.
  await page.goto('/');
  await planTwoCases(page);
  await expect(page.getByRole('group', { name: 'Case 2: Ben' })).toBeVisible();
  await expect(page.getByText(/^The session ends at /)).toBeVisible();
  // Two 55-minute cases and a 10-minute break take two hours: an end 90 minutes away is late.
  const endBy = await page.evaluate(() => {
    const d = new Date(Date.now() + 90 * 60_000);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  });
  await page.getByLabel('End by').fill(endBy);
  await expect(page.getByText(/minutes after the end time/)).toBeVisible();
  await expect(page.getByRole('table', { name: /Fitted to end by/ })).toBeVisible();
  await expectNoAxeViolations(page, 'planner with the fit preview');

  await page.getByRole('button', { name: 'Fit the plan to the end time' }).click();
  await expect(page.getByText(/^The plan now ends by /)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Chloé' }).first().uncheck();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('alert')).toContainText('Case 1: A clinic needs at least 2 coaches.');
  await expectNoAxeViolations(page, 'planner with a problem');

  await page.getByRole('checkbox', { name: 'Chloé' }).first().check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByText('Ada', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Plan the session' })).toHaveCount(0);
});

async function openHistory(page: Page) {
  await page.getByRole('button', { name: 'History' }).click();
  return page.getByRole('dialog', { name: 'Finished clinics' });
}

test('the history shows a session with both sheets and its summary', async ({ page }) => {
  const seeded = finishedSession(['Ada', 'Ben'], E2E_START.getTime());
  await openWithHistory(page, seeded.records);
  const history = await openHistory(page);
  const group = history.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /^Session of / }),
  });
  await expect(group.getByRole('button', { name: /^Open The case of / })).toHaveCount(2);

  for (const owner of ['Ada', 'Ben']) {
    await group.getByRole('button', { name: new RegExp(`^Open The case of ${owner},`) }).click();
    await expect(history.getByRole('heading', { name: `The case of ${owner}` })).toBeVisible();
    await expect(
      history.getByText(`${owner} listens to both teams before deciding anything`).first(),
    ).toBeVisible();
    await history.getByRole('button', { name: 'Back to the list' }).click();
  }

  await group.getByRole('button', { name: /^Open the summary of the session of / }).click();
  const summary = history.getByRole('region', { name: 'Session summary' });
  await expect(summary.getByRole('heading', { name: '1. The case of Ada — Ada' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: '2. The case of Ben — Ben' })).toBeVisible();
  await expect(summary.getByRole('row', { name: /^Break/ })).toContainText('12:00');
  await expectNoAxeViolations(page, 'session summary');
});

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

for (const format of ['A4', 'Letter'] as const) {
  test(`six cases' summary prints on at most two ${format} pages with every name and take-away`, async ({
    page,
  }) => {
    const owners = ['Ada', 'Ben', 'Chloé', 'Dev', 'Farida', 'Gustavo'];
    const seeded = finishedSession(owners, E2E_START.getTime());
    await openWithHistory(page, seeded.records);
    const history = await openHistory(page);
    await history.getByRole('button', { name: /^Open the summary of the session of / }).click();
    await expect(history.getByRole('region', { name: 'Session summary' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    const path = join(ARTIFACTS, `six-cases-${format}.pdf`);
    writeFileSync(path, await page.pdf({ format, printBackground: false }));
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(ARTIFACTS, `six-cases-${format}`)]);
    // Headings print in capitals (the sheet's style): the text is compared regardless of case.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .toLowerCase();
    const has = (wanted: string) => expect(text).toContain(wanted.toLowerCase());

    expect(pdfPages(path)).toBeLessThanOrEqual(2);
    has('Session summary');
    for (const [index, owner] of owners.entries()) {
      has(`${index + 1}. The case of ${owner} — ${owner}`);
      for (const takeaway of seeded.notes[index]!.takeaways) has(takeaway.text);
    }
    // Only the summary goes to paper: not the history's list around it.
    expect(text).not.toContain('finished clinics');
  });
}
