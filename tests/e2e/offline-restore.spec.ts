import { expect, test, type Page } from '@playwright/test';
import {
  consoleReading,
  expectFinished,
  phaseOf,
  remainingMs,
  startQuickClinic,
  watchForFaults,
} from './offline-helpers';

// Issue 7, "nothing lost": closing the tab (or the browser dying) at any point of a clinic and
// opening it again shows exactly the same thing: the same phase, the same remaining time (the
// clock is frozen by the test, so "same" means to the second), the same speaker, paused or not.

const START = new Date('2026-11-22T09:00:00Z');

async function goToPhase(page: Page, phase: number) {
  for (let current = 2; current <= phase; current += 1) {
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseOf(page, current)).toBeVisible();
  }
}

/**
 * Lets time pass (timers fire), then freezes the clock so a reload finds the same instant. The
 * installed clock also moves with real time, so it freezes a second ahead of the page's "now":
 * freezing at "now" itself fails whenever a few real milliseconds pass in between.
 */
async function passAndFreeze(page: Page, ms: number) {
  await page.clock.runFor(ms);
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}

async function textOf(page: Page, name: RegExp): Promise<string | null> {
  const region = page.getByRole('region', { name }).first();
  return (await region.count()) > 0 ? (await region.innerText()).trim() : null;
}

/** Everything the console shows that must come back the same: phase, time, speaker, timeline. */
async function fullReading(page: Page) {
  return {
    ...(await consoleReading(page)),
    speaker: await textOf(page, /^Speaking now/),
    timeline: await textOf(page, /^Timeline$/),
    wrapUp: (await page.getByText('Wrap-up', { exact: true }).count()) > 0,
  };
}

const POINTS: Array<{ name: string; reach: (page: Page) => Promise<void> }> = [
  {
    name: 'a normal phase',
    reach: async (page) => {
      await goToPhase(page, 2);
      await passAndFreeze(page, 70_500);
    },
  },
  {
    name: 'wrap-up',
    reach: async (page) => {
      await goToPhase(page, 2);
      await passAndFreeze(page, (await remainingMs(page)) - 40_000);
      await expect(page.getByText('Wrap-up', { exact: true }).first()).toBeVisible();
    },
  },
  {
    name: 'stillness',
    reach: async (page) => {
      await goToPhase(page, 4);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Stillness');
      await passAndFreeze(page, 20_000);
    },
  },
  {
    name: 'mirroring',
    reach: async (page) => {
      await goToPhase(page, 5);
      await passAndFreeze(page, 30_000);
      await page.getByRole('button', { name: 'Next speaker' }).click();
      await expect(page.getByRole('region', { name: /^Speaking now/ })).toContainText('Chloé');
    },
  },
  {
    name: 'paused',
    reach: async (page) => {
      await goToPhase(page, 3);
      await page.clock.runFor(50_000);
      await page.getByRole('button', { name: 'Pause' }).click();
      await passAndFreeze(page, 5 * 60_000);
    },
  },
  {
    name: 'overtime',
    reach: async (page) => {
      await goToPhase(page, 6);
      await passAndFreeze(page, (await remainingMs(page)) + 83_000);
      await expect(page.getByRole('timer').first()).toContainText(/over/i);
    },
  },
];

test.describe('a reload restores exactly', () => {
  for (const point of POINTS) {
    test(`in ${point.name}`, async ({ page }) => {
      const faults = await watchForFaults(page);
      await page.clock.install({ time: START });
      await page.goto('/');
      await startQuickClinic(page);
      await point.reach(page);

      const before = await fullReading(page);
      const nowBefore = await page.evaluate(() => Date.now());
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(before.heading);
      expect(await page.evaluate(() => Date.now())).toBe(nowBefore);
      const after = await fullReading(page);
      expect(after).toEqual(before);
      expect(before.countdown).not.toBeNull();
      expect(await faults()).toEqual([]);
    });
  }

  test('on the finished sheet', async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto('/');
    await startQuickClinic(page);
    await goToPhase(page, 7);
    await page.clock.runFor(30_000);
    await page.getByRole('button', { name: 'Finish clinic' }).click();
    await expectFinished(page);
    const before = await page.getByRole('main').innerText();
    await page.reload();
    await expectFinished(page);
    expect(await page.getByRole('main').innerText()).toBe(before);
  });

  test('after the browser is killed, the time it was closed counts and the notes are there', async ({
    browser,
  }) => {
    // A whole new browser context stands for a browser that was killed and started again: only
    // what was saved survives, and the clinic has run on while the laptop was closed.
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.clock.install({ time: START });
    await page.goto('/');
    await startQuickClinic(page);
    await goToPhase(page, 2);
    const note = 'Wants to hand over the project without losing the team.';
    const notes = page.getByRole('region', { name: 'Notes' }).getByRole('textbox').first();
    await notes.fill(note);
    await passAndFreeze(page, 60_000);
    const closedAt = await page.evaluate(() => Date.now());
    const remainingAtClose = await remainingMs(page);
    const saved = await first.storageState();
    await first.close();

    // Opened again a minute and a half later.
    const reopenedAt = closedAt + 90_000;
    const second = await browser.newContext({ storageState: saved });
    const again = await second.newPage();
    await again.clock.install({ time: reopenedAt });
    await again.clock.pauseAt(reopenedAt);
    await again.goto('/');
    await expect(phaseOf(again, 2)).toBeVisible();
    expect(await remainingMs(again)).toBe(remainingAtClose - 90_000);
    await expect(
      again.getByRole('region', { name: 'Notes' }).getByRole('textbox').first(),
    ).toHaveValue(note);
    await second.close();
  });
});
