import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_START } from '../helpers/e2e-session';
import { expectFinished, phaseOf, runToFinish, watchForFaults } from './offline-helpers';
import { openWithStorage } from './saved-clinic';

// Issue 12 in a real browser: storage that cannot even be read, a save of the old schema, and
// "Forget everything" (issue 13, item 7) searched for in both of the device's stores.

test('with site data blocked (reading localStorage throws), the app says so and the clinic runs', async ({
  page,
}) => {
  const faults = await watchForFaults(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: /blocks this site's storage/ });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/nothing is saved/);

  await page.getByRole('textbox', { name: 'Case owner', exact: true }).fill('Ada');
  await page.getByRole('textbox', { name: 'Coach 1', exact: true }).fill('Ben');
  await page.getByRole('textbox', { name: 'Coach 2', exact: true }).fill('Chloé');
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(phaseOf(page, 1)).toBeVisible();
  await expect(notice).toBeVisible();
  await runToFinish(page, 1);
  expect(await faults()).toEqual([]);
});

test('a save the app wrote before the format changed resumes mid-phase, with its notes', async ({
  page,
}) => {
  const golden = (name: string) =>
    readFileSync(join(process.cwd(), 'tests/store/golden', name), 'utf8').trimEnd();
  const capture = JSON.parse(golden('schema-1-capture.json')) as { capturedAt: number };
  await page.clock.install({ time: capture.capturedAt - 5_000 });
  await page.clock.pauseAt(capture.capturedAt);
  await openWithStorage(page, [
    ['case-clinic-timer:clinic', golden('schema-1-clinic.json')],
    ['case-clinic-timer:notes', golden('schema-1-notes.json')],
    ['case-clinic-timer:settings', golden('schema-1-settings.json')],
  ]);
  await expect(phaseOf(page, 2)).toBeVisible();
  await expect(page.getByRole('timer').first()).toHaveText('3:45');
  await expect(page.getByRole('textbox', { name: 'Key facts, item 1' })).toHaveValue(
    'Two teams of 8, merging in March',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** Everything the page keeps: every localStorage value and every IndexedDB record. */
async function dumpDevice(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`);
    const names = (await indexedDB.databases()).map((db) => db.name!).filter(Boolean);
    const records: string[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        records.push(...all.map((record) => JSON.stringify(record)));
      }
      db.close();
    }
    return [...local, ...records].join('\n');
  });
}

test('"Forget everything" leaves no name, case title or note in localStorage or IndexedDB', async ({
  page,
}) => {
  const traces = {
    caseTitle: 'Zephyrine merger',
    helpWanted: 'Quillon ways',
    caseOwner: 'Ottoline',
    coaches: ['Bartholomew', 'Clementine'],
    facilitator: 'Evander',
    keyFact: 'Xylophone fact',
    place: 'Vexillology room',
  };
  await page.clock.install({ time: E2E_START });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await page.getByLabel('Case title', { exact: true }).fill(traces.caseTitle);
  await page.getByLabel('The help the case owner asks for').fill(traces.helpWanted);
  await page.getByLabel('Case owner', { exact: true }).fill(traces.caseOwner);
  await page.getByLabel('Coach 1', { exact: true }).fill(traces.coaches[0]!);
  await page.getByLabel('Coach 2', { exact: true }).fill(traces.coaches[1]!);
  await page.getByLabel('Facilitator', { exact: true }).fill(traces.facilitator);
  await page.getByRole('button', { name: 'Start clinic' }).click();
  const facts = page.getByRole('textbox', { name: 'Add to Key facts' });
  await page.getByRole('button', { name: 'Show all notes' }).click();
  await facts.fill(traces.keyFact);
  await facts.press('Enter');
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expectFinished(page);
  await page.getByRole('textbox', { name: 'Place (optional)' }).fill(traces.place);

  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finished clinics' });
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  const before = await dumpDevice(page);
  for (const trace of Object.values(traces).flat()) expect(before).toContain(trace);

  await dialog.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect
    .poll(async () => {
      const after = await dumpDevice(page);
      return Object.values(traces)
        .flat()
        .filter((trace) => after.includes(trace));
    })
    .toEqual([]);
  // Nor does the screen: the finished sheet goes, the setup is empty, ready for the next one.
  await expect(page.getByRole('button', { name: 'Start clinic' })).toBeVisible();
  await expect(page.getByLabel('Case owner', { exact: true })).toHaveValue('');
  // The language, sound and theme settings stay.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
