import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';
import { installStillClock, startQuickClinic } from '../helpers/e2e-session';

// Issue 16 in a real browser: two clinics with the same case owner. The first leaves open next
// steps and a check-in; between clinics the setup screen says what is due; the second shows the
// first's open steps in its roles phase ("how did it go?"); the carried one is on its sheet,
// the done one is gone from the follow-up view.

const ARTIFACTS = join(process.cwd(), 'artifacts', 'review-last-time');
mkdirSync(ARTIFACTS, { recursive: true });

async function addStep(page: Page, text: string, owner: string, due?: string) {
  await page.getByRole('textbox', { name: 'New next step' }).fill(text);
  await page.getByRole('combobox', { name: 'Owner', exact: true }).fill(owner);
  if (due) await page.getByLabel('Due date (optional)').fill(due);
  await page.getByRole('textbox', { name: 'New next step' }).press('Enter');
}

test('the second clinic of the same case owner reviews the first one’s open steps', async ({
  page,
}) => {
  await installStillClock(page);
  await page.goto('/');

  // The first clinic: two next steps and a check-in tonight.
  await startQuickClinic(page);
  await page.getByRole('button', { name: 'Show all notes' }).click();
  await addStep(page, 'Talk to HR about the new roles', 'Ada');
  await addStep(page, 'Draft the merger plan', 'Ben', '2026-11-20');
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await page.getByLabel('Next check-in: date').fill('2026-11-22');
  await page.getByLabel('Next check-in: time').fill('18:00');
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'New clinic' }).click();

  // Between clinics, quietly: what falls this week and what is overdue.
  await expect(page.getByText('1 check-in this week · 1 next step overdue')).toBeVisible();

  // The second clinic, same plan and case owner: in the roles phase, "how did it go?".
  await expect(page.getByRole('textbox', { name: 'Case owner', exact: true })).toHaveValue('Ada');
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(page.getByRole('timer')).toHaveText('2:00');
  const review = page.getByRole('region', { name: 'How did it go?' });
  await expect(review.getByRole('listitem')).toHaveCount(2);
  await expect(review).toContainText('Talk to HR about the new roles');
  await expect(review).toContainText('Draft the merger plan');
  await page.screenshot({ path: join(ARTIFACTS, 'how-did-it-go.png') });
  // axe waits on timers of its own: from here the fake clock flows (nothing below counts time).
  await page.clock.resume();
  await expectNoAxeViolations(page, 'review of last time');
  await review
    .getByRole('group', { name: 'What became of “Talk to HR about the new roles”?' })
    .getByRole('button', { name: 'Carry over' })
    .click();
  await review
    .getByRole('group', { name: 'What became of “Draft the merger plan”?' })
    .getByRole('button', { name: 'Done' })
    .click();
  await expect(review.getByRole('button', { name: 'Carry over', pressed: true })).toHaveCount(1);
  await expect(review.getByRole('button', { name: 'Done', pressed: true })).toHaveCount(1);

  // Only the roles phase asks; after it, the panel is gone.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(review).toHaveCount(0);

  // The carried step is a next step of the new clinic, on its sheet.
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  const sheet = page.locator('.takeaway-preview');
  await expect(
    sheet.getByRole('listitem').filter({ hasText: 'Talk to HR about the new roles' }),
  ).toHaveText('Talk to HR about the new roles (owner: Ada, carried over)');
  await expect(sheet).not.toContainText('Draft the merger plan');

  // Across clinics: the carried step once (in the second clinic), the done one gone.
  await page.getByRole('button', { name: 'New clinic' }).click();
  await page.getByRole('button', { name: 'Follow-up' }).click();
  const view = page.getByRole('dialog', { name: 'Follow-up across clinics' });
  const steps = view.getByRole('region', { name: 'Open next steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(1);
  await expect(steps.getByRole('listitem')).toContainText('Talk to HR about the new roles');
  await expect(view.getByRole('region', { name: 'Upcoming check-ins' })).toContainText(
    'Leading a team through a merger',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'follow-up-view.png') });
  await expectNoAxeViolations(page, 'follow-up view');
  await view.getByRole('radio', { name: 'By due date' }).check();
  await expectNoAxeViolations(page, 'follow-up view by due date');
});
