import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';

// Issue 15, item 6: the user's own templates. Saved on the device, chosen after a reload,
// renamed, exported, deleted, imported back; a malformed file refused with its message.

test('own templates: save, reload, choose, rename, export, delete, import; no axe finding', async ({
  page,
}) => {
  await page.goto('/');
  const dialogue = page.getByRole('textbox', { name: 'Generative dialogue (minutes)' });
  await dialogue.fill('25');
  await page.getByRole('button', { name: 'Save as template' }).click();
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await save.getByRole('textbox', { name: 'Name of the template' }).fill('Long talk');
  await expectNoAxeViolations(page, 'the save dialog');
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as the template “Long talk”.')).toBeVisible();

  await page.reload();
  const template = page.getByRole('combobox', { name: 'Template', exact: true });
  await template.selectOption('Quick (35 min)');
  await expect(dialogue).not.toHaveValue('25');
  await template.selectOption('Long talk');
  await expect(dialogue).toHaveValue('25');
  await expect(template).toHaveValue(/^own:/);

  await page.getByRole('button', { name: 'Manage templates' }).click();
  const manage = page.getByRole('dialog', { name: 'Your templates' });
  await expect(manage.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page, 'the Manage templates dialog');
  await manage.getByRole('button', { name: 'Rename Long talk' }).click();
  await manage.getByRole('textbox', { name: 'New name for “Long talk”' }).fill('Long dialogue');
  await manage.getByRole('button', { name: 'Save the name' }).click();
  await expect(manage.getByRole('status')).toHaveText('Renamed to “Long dialogue”.');

  const download = page.waitForEvent('download');
  await manage.getByRole('button', { name: 'Export all to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-templates\.json$/);
  const exported = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({
    format: 'case-clinic-timer/templates',
    templates: [{ name: 'Long dialogue', phaseMinutes: { dialogue: 25 } }],
  });

  await manage.getByRole('button', { name: 'Delete Long dialogue' }).click();
  await manage.getByRole('button', { name: 'Yes, delete “Long dialogue”' }).click();
  await expect(manage.getByText(/^No templates yet/)).toBeVisible();
  await expect(template.getByRole('option', { name: 'Long dialogue' })).toHaveCount(0);

  const picker = manage.getByLabel('Import a file');
  await picker.setInputFiles({
    name: 'templates.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(manage.getByRole('status')).toHaveText('One template imported: Long dialogue.');
  await picker.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "case-clinic-timer/templates", "version": 1, "templ'),
  });
  await expect(manage.getByRole('alert')).toContainText(
    'This file cannot be imported: the file ends too early',
  );
  await expect(manage.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page, 'the Manage templates dialog with a refused file');
  await manage.getByRole('button', { name: 'Close' }).click();
  await template.selectOption('Long dialogue');
  await expect(dialogue).toHaveValue('25');
});
