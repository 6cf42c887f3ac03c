import { expect, test } from '@playwright/test';
import {
  focusPage,
  installStillClock,
  offTheBoundary,
  startQuickClinic,
} from '../helpers/e2e-session';

const MINUTE = 60_000;

test('a whole quick clinic, driven by keyboard and buttons, with time fast-forwarded', async ({
  page,
}) => {
  await installStillClock(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up the clinic' })).toBeVisible();

  // Setup refuses an empty form and says why, next to the fields.
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(page.getByRole('alert')).toContainText('need attention');
  await expect(page.getByText('Name the case owner.')).toBeVisible();
  await startQuickClinic(page);
  await offTheBoundary(page);

  const timer = page.getByRole('timer');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Roles and case');
  await expect(page.getByText('Phase 1 of 7')).toBeVisible();
  await expect(page.getByText('What is said here stays here.')).toBeVisible();

  // Roles: into the wrap-up, a pause by Space, on into overtime.
  await page.clock.runFor(61_000);
  await expect(timer).toHaveText('0:59');
  await expect(page.getByText('Wrap-up', { exact: true })).toBeVisible();
  await focusPage(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(timer).toHaveText('0:59');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(MINUTE + 20_000);
  await expect(timer).toHaveText('over by 0:21');
  await expect(page.getByText('Overtime', { exact: true })).toBeVisible();

  // Presentation by ArrowRight; + and - change the minute.
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Case presentation');
  await expect(page.getByText('Case owner only', { exact: true })).toBeVisible();
  await expect(timer).toHaveText('5:00');
  await page.keyboard.press('+');
  await expect(timer).toHaveText('6:00');
  await page.keyboard.press('-');
  await expect(timer).toHaveText('5:00');
  await page.clock.runFor(5 * MINUTE + 1500);
  await expect(timer).toHaveText('over by 0:01');

  // Clarifying questions by button, then back and forth by arrows.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(h1).toHaveText('Clarifying questions');
  await focusPage(page);
  await page.keyboard.press('ArrowLeft');
  await expect(h1).toHaveText('Case presentation');
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Clarifying questions');
  await page.clock.runFor(3 * MINUTE);

  // Stillness: quiet.
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Stillness');
  await expect(page.locator('.breathing-circle')).toBeVisible();
  await expect(page.getByText(/Silence\./)).toHaveCount(0);
  await page.clock.runFor(MINUTE);

  // Mirroring: turns, by the clock and by the button.
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Mirroring');
  const turns = page.getByRole('region', { name: /Speaking now/ });
  await expect(turns.getByText('Ben', { exact: true })).toBeVisible();
  await page.clock.runFor(90_000);
  await expect(turns.getByText('Chloé', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Next speaker' }).click();
  await expect(turns.getByText('Dev', { exact: true })).toBeVisible();
  await expect(turns.getByText('Next: the case owner reflects back')).toBeVisible();

  // Dialogue and closing; the shortcuts dialog on the way.
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Generative dialogue');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.runFor(12 * MINUTE);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(h1).toHaveText('Closing and appreciation');
  await expect(page.getByRole('button', { name: 'Next phase' })).toBeDisabled();
  await page.clock.runFor(7 * MINUTE);

  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);
  const saved = await page.evaluate(() => localStorage.getItem('case-clinic-timer:clinic'));
  expect(JSON.parse(saved ?? '{}').clinic.status).toBe('finished');
});

test('a reload keeps the running clinic and its time', async ({ page }) => {
  await installStillClock(page);
  await page.goto('/');
  await startQuickClinic(page);
  await offTheBoundary(page);
  await page.clock.runFor(40_000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(page.getByRole('timer')).toHaveText('1:20');
});

test('no shortcut fires while typing in a field', async ({ page }) => {
  await installStillClock(page);
  await page.goto('/');
  await startQuickClinic(page);
  // The sound panel has fields of its own; a text field stands in for any, such as the notes.
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Scratch');
    document.querySelector('.side')?.append(field);
  });
  const field = page.getByRole('textbox', { name: 'Scratch' });
  await field.click();
  await page.keyboard.type(' +-fm?');
  await page.keyboard.press('ArrowRight');
  await expect(field).toHaveValue(' +-fm?');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('2:00');
});

test('Space pauses after a mouse click on a button, but presses a button reached by Tab', async ({
  page,
}) => {
  await installStillClock(page);
  await page.goto('/');
  await startQuickClinic(page);
  const h1 = page.getByRole('heading', { level: 1 });

  // A mouse click leaves the focus on "Next phase"; Space still means pause, not "next" again.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(h1).toHaveText('Case presentation');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(h1).toHaveText('Case presentation');

  // Reached by keyboard, a button does what Space does to buttons everywhere: it is pressed.
  await page.getByRole('button', { name: 'Add a minute' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a minute' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('timer')).toHaveText('6:00');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});
