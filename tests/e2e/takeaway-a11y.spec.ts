import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';
import { fillPlan, TWO_COACHES } from '../helpers/e2e-session';

// Issue 5's screens under axe, in both themes: the notes panel, the sheet opened from the
// console, the finished sheet, the history (empty, with a clinic, with a confirmation open).

for (const theme of ['dark', 'light'] as const) {
  test(`axe (${theme}): notes, the sheet, the history`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.evaluate((value) => {
      localStorage.setItem(
        'case-clinic-timer:settings',
        JSON.stringify({ theme: value, language: 'en', soundOn: false }),
      );
    }, theme);
    await page.reload();
    await fillPlan(page, TWO_COACHES);
    await page.getByRole('button', { name: 'Start clinic' }).click();
    await page.getByRole('button', { name: 'Show all notes' }).click();
    await page.getByRole('textbox', { name: 'Add to Take-aways' }).fill('Listen first');
    await page.getByRole('textbox', { name: 'Add to Take-aways' }).press('Enter');
    await expectNoAxeViolations(page, 'notes, all sections');

    await page.getByRole('button', { name: 'Takeaway sheet' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'sheet from the console');
    await page.getByRole('button', { name: 'Back to the clinic' }).click();

    await page.getByRole('button', { name: 'Finish clinic' }).click();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await expectNoAxeViolations(page, 'finished sheet');

    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'Finished clinics' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page, 'history');
    await history.getByRole('button', { name: 'Forget everything' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoAxeViolations(page, 'forget confirmation');
    // Escape closes the confirmation only: the history stays open, its list untouched.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(history).toBeVisible();
    await expect(history.getByRole('listitem')).toHaveCount(1);
  });
}
