import { expect, test } from '@playwright/test';
import {
  phaseOf,
  remainingMs,
  runToFinish,
  startQuickClinic,
  watchForFaults,
} from './offline-helpers';

// Issue 7, "nothing lost": two console tabs, full storage, and a system clock that jumps.

const CLINIC_KEY = 'case-clinic-timer:clinic';
const VIEWER_NOTICE = /controlled in another tab/;

test.describe('two console tabs at once', () => {
  test('one controls; the other says so, cannot act, and follows as a viewer', async ({
    context,
  }) => {
    const first = await context.newPage();
    await first.goto('/');
    await startQuickClinic(first);

    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByText(VIEWER_NOTICE)).toBeVisible();
    await expect(first.getByText(VIEWER_NOTICE)).toHaveCount(0);
    await expect(phaseOf(second, 1)).toBeVisible();

    // The viewer shows the room's read-only view: no controls, and keys change nothing.
    const savedBefore = await first.evaluate((key) => localStorage.getItem(key), CLINIC_KEY);
    await expect(second.getByRole('button', { name: 'Next phase' })).toHaveCount(0);
    await second.keyboard.press('ArrowRight');
    await second.keyboard.press('Space');
    await expect(phaseOf(second, 1)).toBeVisible();
    expect(await second.evaluate((key) => localStorage.getItem(key), CLINIC_KEY)).toBe(savedBefore);

    // It follows every move of the controlling tab.
    await first.getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseOf(second, 2)).toBeVisible();
    await first.getByRole('button', { name: 'Pause' }).click();
    await expect(second.getByText('Paused').first()).toBeVisible();
    await first.getByRole('button', { name: 'Resume' }).click();
    const note = 'The team fears the merger more than the work.';
    await first.getByRole('region', { name: 'Notes' }).getByRole('textbox').first().fill(note);

    // Closing the controlling tab hands control over, with nothing lost.
    await first.close();
    await expect(second.getByText(VIEWER_NOTICE)).toHaveCount(0);
    await expect(second.getByRole('button', { name: 'Next phase' })).toBeVisible();
    await expect(phaseOf(second, 2)).toBeVisible();
    await expect(
      second.getByRole('region', { name: 'Notes' }).getByRole('textbox').first(),
    ).toHaveValue(note);
    await runToFinish(second, 2);
    await expect(second.getByText(note).first()).toBeVisible();
  });

  test('a third tab waits its turn behind the second', async ({ context }) => {
    const pages = [await context.newPage(), await context.newPage(), await context.newPage()];
    for (const page of pages) await page.goto('/');
    await expect(pages[0]!.getByText(VIEWER_NOTICE)).toHaveCount(0);
    await expect(pages[1]!.getByText(VIEWER_NOTICE)).toBeVisible();
    await expect(pages[2]!.getByText(VIEWER_NOTICE)).toBeVisible();
    await pages[0]!.close();
    // Exactly one of the other two takes over.
    await expect
      .poll(async () => {
        const viewers = await Promise.all(
          pages.slice(1).map((page) => page.getByText(VIEWER_NOTICE).count()),
        );
        return viewers.sort();
      })
      .toEqual([0, 1]);
  });
});

test('with storage full, the clinic says so and runs on in memory', async ({ page }) => {
  const faults = await watchForFaults(page);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('case-clinic-timer:')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  await startQuickClinic(page);
  const notice = page.getByRole('alert').filter({ hasText: /storage is full/i });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/runs on/i);

  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseOf(page, 2)).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  await runToFinish(page, 2);
  expect(await page.evaluate(() => localStorage.getItem('case-clinic-timer:clinic'))).toBeNull();
  // The errors the store expected and handled are not faults; nothing else went wrong.
  expect((await faults()).filter((fault) => !/quota/i.test(fault))).toEqual([]);
});

test.describe('a jump of the system clock', () => {
  // Issue 12 changed what a backward jump does: the countdown no longer holds (it stood still
  // for the whole hour); the app's clock goes on by real seconds (tests/e2e/clock-jumps.spec.ts).
  test('backwards: the countdown goes on by real seconds, never negative, nothing crashes', async ({
    page,
  }) => {
    const faults = await watchForFaults(page);
    const start = new Date('2026-11-22T09:00:00Z').getTime();
    await page.clock.install({ time: start - 5_000 });
    await page.clock.pauseAt(start);
    await page.goto('/');
    await startQuickClinic(page);
    await page.clock.runFor(30_500);
    const before = await remainingMs(page);

    await page.clock.setSystemTime(start - 60 * 60_000);
    await page.clock.runFor(2_000);
    const timer = page.getByRole('timer').first();
    await expect(timer).not.toContainText('-');
    const during = await remainingMs(page);
    expect(during).toBe(before - 2_000);

    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseOf(page, 2)).toBeVisible();
    await page.reload();
    await expect(phaseOf(page, 2)).toBeVisible();
    await expect(page.getByRole('timer').first()).not.toContainText('-');
    expect(await faults()).toEqual([]);
  });

  test('forwards: overtime shows from the timestamps, and the clinic goes on', async ({ page }) => {
    const faults = await watchForFaults(page);
    const start = new Date('2026-11-22T09:00:00Z').getTime();
    await page.clock.install({ time: start });
    await page.goto('/');
    await startQuickClinic(page);
    await page.clock.setSystemTime(start + 3 * 60 * 60_000);
    await page.clock.runFor(2_000);
    const timer = page.getByRole('timer').first();
    await expect(timer).toContainText(/over/i);
    await expect(timer).toContainText(/2:5\d:\d\d/);
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseOf(page, 2)).toBeVisible();
    expect(await remainingMs(page)).toBe(5 * 60_000);
    expect(await faults()).toEqual([]);
  });
});
