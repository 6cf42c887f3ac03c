import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { phaseOf, runToFinish, startQuickClinic, watchForFaults } from './offline-helpers';
import { soundStarts, spyOnPlayback } from './sound-spy';

// Issue 7, one file: `npm run build:single` writes dist-single/index.html, which runs a whole
// clinic from file:// (a copy on a USB stick), sounds and persistence included.

const OUT_DIR = join(process.cwd(), 'dist-single');
const FILE_URL = pathToFileURL(join(OUT_DIR, 'index.html')).href;

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
    cwd: process.cwd(),
    stdio: 'pipe',
  });
});

test('the build is one file: no other file beside it, and no sound file inside', () => {
  expect(readdirSync(OUT_DIR)).toEqual(['index.html']);
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|manifest|modulepreload)"/);
  expect(html).not.toContain('serviceWorker.register');
  // The sounds are made in the page (the next test hears them): no sound file travels inside.
  expect(html).not.toMatch(/data:audio\/(webm|mpeg|ogg);base64,/);
  expect(html).toContain('http-equiv="Content-Security-Policy"');
});

test('opened from file://, it runs a whole clinic with its sounds and keeps it', async ({
  page,
  context,
}) => {
  const faults = await watchForFaults(page);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await spyOnPlayback(page);

  await page.goto(FILE_URL);
  await startQuickClinic(page);
  // The click that started the clinic unlocked audio: the phase-start chime plays.
  await expect.poll(async () => (await soundStarts(page)).length).toBeGreaterThan(0);

  // The projector window opens from the file too, and follows the console.
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open projector window' }).click(),
  ]);
  await expect(phaseOf(projector, 1)).toBeVisible();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseOf(page, 2)).toBeVisible();
  await expect(phaseOf(projector, 2)).toBeVisible();
  await projector.close();
  // Persistence works on file:// too: a reload comes back to the same phase.
  await page.reload();
  await expect(phaseOf(page, 2)).toBeVisible();
  await runToFinish(page, 2);

  const elsewhere = requests.filter(
    (url) => url.split('?')[0] !== FILE_URL && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(elsewhere).toEqual([]);
  expect(await faults()).toEqual([]);
});
