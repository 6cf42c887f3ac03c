import { expect, test, type Page } from '@playwright/test';
import { E2E_START } from '../helpers/e2e-session';
import { phaseOf, startQuickClinic, watchForFaults } from './offline-helpers';
import { soundStarts, spyOnPlayback } from './sound-spy';

// Issue 12, class 6: with the system clock set back an hour mid-phase (a time-sync correction),
// the countdown jumped back up and stood still for the whole hour, and the sheet showed the
// phase's actual time as 0:00. Playwright's `setSystemTime` moves `Date` and leaves
// `performance.now()` alone: exactly what a correction of the wall clock does to a page.

const HOUR = 60 * 60_000;

async function wallClock(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

async function countdown(page: Page): Promise<string> {
  return (await page.getByRole('timer').first().innerText()).trim();
}

/** The actual time the sheet's table gives a phase. */
function actualOf(page: Page, phase: string) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: phase, exact: true }) })
    .getByRole('cell')
    .nth(1);
}

test('the clock set back an hour and forward three hours mid-phase', async ({ page }) => {
  const faults = await watchForFaults(page);
  await spyOnPlayback(page);
  await page.clock.install({ time: E2E_START.getTime() - 5_000 });
  await page.clock.pauseAt(E2E_START);
  await page.goto('/');
  await startQuickClinic(page); // roles: 2:00
  await expect.poll(async () => (await soundStarts(page)).length).toBe(1);
  await page.clock.runFor(30_500);
  expect(await countdown(page)).toBe('1:30');

  // Back an hour: the countdown goes on by real seconds, and the jump rings nothing...
  await page.clock.setSystemTime((await wallClock(page)) - HOUR);
  await page.clock.runFor(10_000);
  expect(await countdown(page)).toBe('1:20');
  expect(await soundStarts(page)).toHaveLength(1);
  // ...while the wrap-up, a minute before the end, rings on time (the double chime, 3.2 s).
  await page.clock.runFor(20_000);
  expect(await countdown(page)).toBe('1:00');
  await expect.poll(() => soundStarts(page)).toEqual([expect.any(Number), expect.closeTo(3.2, 1)]);

  // Forward three hours (a laptop waking up): the time counts, and one cue rings, not a burst.
  await page.clock.setSystemTime((await wallClock(page)) + 3 * HOUR);
  await page.clock.runFor(1_000);
  const timer = page.getByRole('timer').first();
  await expect(timer).toContainText(/over/i);
  await expect(timer).toContainText('2:59:01');
  await expect.poll(async () => (await soundStarts(page)).length).toBe(3);
  await page.clock.runFor(5_000);
  expect(await soundStarts(page)).toHaveLength(3);

  // The sheet: each phase with the time it really ran.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseOf(page, 2)).toBeVisible();
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expect(actualOf(page, 'Roles and case')).toHaveText('3:01:06');
  await expect(actualOf(page, 'Case presentation')).toHaveText('1:00');
  expect(await faults()).toEqual([]);
});
