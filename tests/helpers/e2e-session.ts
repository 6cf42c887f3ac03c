import { expect, type BrowserContext, type Page } from '@playwright/test';

/** 09:00 UTC on a Sunday: the fake clock of every session browser test starts here. */
export const E2E_START = new Date('2026-11-22T09:00:00Z');
export const SCREENSHOT_DIR = 'artifacts/screenshots';

/**
 * Fakes the page's clock and holds it still: time then moves only by `runFor`/`fastForward`, so
 * what the test reads never depends on how fast the machine is.
 */
export async function installStillClock(target: Page | BrowserContext): Promise<void> {
  // Installed a little earlier, so the clock cannot have passed the pause point already.
  await target.clock.install({ time: new Date(E2E_START.getTime() - 5_000) });
  await target.clock.pauseAt(E2E_START);
}

/** Fills the setup screen through its labelled fields and starts a quick (35 min) clinic. */
export async function startQuickClinic(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Template' }).selectOption('quick');
  await page.getByLabel('Case title', { exact: true }).fill('Leading a team through a merger');
  await page.getByLabel('The help the case owner asks for').fill('Fresh ways to see it');
  await page.getByLabel('Case owner', { exact: true }).fill('Ada');
  await page.getByLabel('Coach 1', { exact: true }).fill('Ben');
  await page.getByLabel('Coach 2', { exact: true }).fill('Chloé');
  await page.getByRole('button', { name: 'Add a coach' }).click();
  await page.getByLabel('Coach 3', { exact: true }).fill('Dev');
  await page.getByLabel('Facilitator', { exact: true }).fill('Eli');
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(page.getByRole('timer')).toHaveText('2:00');
}

/**
 * Half a second on, so later whole-second steps land mid-second, never on the exact instant a
 * display changes (the display wakes 1 ms after each boundary, as in a browser's real time).
 */
export async function offTheBoundary(page: Page): Promise<void> {
  await page.clock.runFor(500);
}

export async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Opens the projector through the console's button and returns its window. */
export async function openProjector(context: BrowserContext, console: Page): Promise<Page> {
  const popupPromise = context.waitForEvent('page');
  await console.getByRole('button', { name: 'Open projector window' }).click();
  const projector = await popupPromise;
  await projector.waitForLoadState();
  return projector;
}

/** Keyboard focus on the page itself, so shortcuts are not eaten by a focused control. */
export async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}
