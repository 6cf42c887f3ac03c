import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';
import { E2E_START, focusPage, openProjector, startQuickClinic } from '../helpers/e2e-session';

test('axe: the setup screen, empty and with its messages', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page, 'setup');
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await page.getByRole('textbox', { name: 'Roles and case (minutes)' }).fill('x');
  await expect(page.getByText('Enter a number of minutes.')).toBeVisible();
  await expectNoAxeViolations(page, 'setup with errors');
});

const PHASES = [
  'Roles and case',
  'Case presentation',
  'Clarifying questions',
  'Stillness',
  'Mirroring',
  'Generative dialogue',
  'Closing and appreciation',
];

for (const theme of ['dark', 'light'] as const) {
  test(`axe (${theme} theme): the console in each phase, and the projector view`, async ({
    context,
    page,
  }) => {
    test.setTimeout(180_000);
    // A fake clock that keeps flowing: axe waits on timers of its own.
    await context.clock.install({ time: E2E_START });
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await startQuickClinic(page);
    const projector = await openProjector(context, page);

    for (const [index, name] of PHASES.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(projector.getByRole('heading', { level: 1 })).toHaveText(name);
      await context.clock.runFor(10_000);
      await expectNoAxeViolations(page, `console, ${name}`);
      await expectNoAxeViolations(projector, `projector, ${name}`);
      if (index === 0) {
        // The same phase in its wrap-up, in overtime, paused, and with the shortcuts open.
        await context.clock.runFor(60_000);
        await expect(page.getByText('Wrap-up', { exact: true })).toBeVisible();
        await expectNoAxeViolations(page, 'console, wrap-up');
        await expectNoAxeViolations(projector, 'projector, wrap-up');
        await context.clock.runFor(60_000);
        await expect(page.getByText('Overtime', { exact: true })).toBeVisible();
        await expectNoAxeViolations(page, 'console, overtime');
        await expectNoAxeViolations(projector, 'projector, overtime');
        await page.getByRole('button', { name: 'Pause' }).click();
        await expectNoAxeViolations(page, 'console, paused');
        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page, 'console, shortcuts dialog');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Resume' }).click();
      }
      if (index < PHASES.length - 1) {
        await focusPage(page);
        await page.keyboard.press('ArrowRight');
      }
    }
  });
}

test('axe: the projector view before the start', async ({ page }) => {
  await page.goto('/?view=projector');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'projector, waiting');
});
