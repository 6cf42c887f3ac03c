import { expect, test } from '@playwright/test';
import { fillPlan, installStillClock, offTheBoundary, TWO_COACHES } from '../helpers/e2e-session';

// Issue 2's end-to-end proof: set up, start, pause, move on, finish, in a real browser, with the
// clock under the test's control.
test('a clinic runs from setup to finish', async ({ page }) => {
  // Held still: time moves only by runFor, so no reading depends on how fast the machine is
  // (a reload takes real time, which a running clock would count).
  await installStillClock(page);
  await page.goto('/');
  await fillPlan(page, TWO_COACHES);
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await offTheBoundary(page);

  const timer = page.getByRole('timer').first();
  await expect(timer).toContainText('5:00');
  await offTheBoundary(page);
  await page.clock.runFor(90_000);
  await expect(timer).toContainText('3:30');

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(60_000);
  await expect(timer).toContainText('3:30');
  await page.getByRole('button', { name: 'Resume' }).click();

  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Case presentation');
  await expect(timer).toContainText('10:00');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Case presentation');
  await expect(timer).toContainText('10:00');

  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expect(page.getByText(/Roles and case/).first()).toBeVisible();
});
