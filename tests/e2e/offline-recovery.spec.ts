import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { phaseOf, startQuickClinic } from './offline-helpers';

// Issue 7: a screen that fails to render never leaves a blank page. The test breaks rendering on
// purpose (formatting a time throws while a flag is set), then uses the recovery screen.

declare global {
  interface Window {
    __breakRendering?: boolean;
  }
}

test('a render failure shows a calm recovery screen that saves what exists and starts again', async ({
  page,
}) => {
  // The console's timeline formats the expected end time while it renders.
  await page.addInitScript(() => {
    const proto = Intl.DateTimeFormat.prototype;
    const getFormat = Object.getOwnPropertyDescriptor(proto, 'format')!.get!;
    Object.defineProperty(proto, 'format', {
      get() {
        if (window.__breakRendering) throw new Error('rendering broke on purpose');
        return getFormat.call(this);
      },
    });
  });
  await page.goto('/');
  await startQuickClinic(page);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseOf(page, 2)).toBeVisible();

  await page.evaluate(() => {
    window.__breakRendering = true;
  });
  await page.getByRole('button', { name: 'Next phase' }).click({ noWaitAfter: true });
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await page.evaluate(() => {
    window.__breakRendering = false;
  });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save what exists (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-case-clinic-rescue\.json$/);
  const rescue = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(rescue.clinicInMemory.plan.caseOwner).toBe('Ada');
  expect(rescue.clinicInMemory.status).toBe('running');
  expect(rescue.saved['case-clinic-timer:clinic'].clinic.plan.coaches).toEqual(['Ben', 'Chloé']);

  await page.getByRole('button', { name: 'Start a new clinic' }).click();
  await expect(page.getByRole('button', { name: 'Start clinic' })).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('case-clinic-timer:backup:')),
  );
  expect(backups).toHaveLength(1);
});
