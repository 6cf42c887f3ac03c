import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { phaseOf, startQuickClinic } from './offline-helpers';

// Issue 7: a new version is offered, never forced. Each test serves its own copy of the
// production build and plays a deploy by changing that copy's service worker once the first one
// is installed; the browser finds the new one on its next update check.

const PORT = 4327;
let server: PreviewServer;
let servedDir: string;

test.beforeEach(async ({ page }) => {
  // The webServer of playwright.config.ts has built dist/; one request makes sure it is there.
  await page.request.get('/');
  servedDir = mkdtempSync(join(tmpdir(), 'clinic-deploy-'));
  cpSync(join(process.cwd(), 'dist'), servedDir, { recursive: true });
  server = await preview({
    logLevel: 'silent',
    build: { outDir: servedDir },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
});

test.afterEach(async () => {
  await server.close();
  rmSync(servedDir, { recursive: true, force: true });
});

const APP = `http://127.0.0.1:${PORT}/`;

function publishNewVersion() {
  appendFileSync(join(servedDir, 'sw.js'), '\n// the next version\n');
}

/** A first visit installs the app; the second is served by it, as on any later day. */
async function visitTwice(page: Page) {
  await page.goto(APP);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function installAndCheckForUpdate(page: Page, publish: () => void) {
  await visitTwice(page);
  publish();
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test('between clinics, a new version is offered and applied only on "Reload"', async ({ page }) => {
  await installAndCheckForUpdate(page, publishNewVersion);

  const offer = page.getByRole('complementary', { name: 'App update' });
  await expect(offer).toContainText('A new version is ready.');
  // Offered, not forced: nothing reloads by itself.
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  await page.waitForTimeout(1000);
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);

  await Promise.all([
    page.waitForEvent('framenavigated'),
    offer.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(page.getByRole('button', { name: 'Start clinic' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBeUndefined();
  await expect(page.getByRole('complementary', { name: 'App update' })).toHaveCount(0);
});

test('during a clinic, a new version waits: no offer, no reload', async ({ page }) => {
  await visitTwice(page);
  await startQuickClinic(page);
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  publishNewVersion();
  const waiting = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
    // Give the new worker time to install and wait.
    for (let i = 0; i < 50 && !registration?.waiting; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return registration?.waiting !== null && registration?.waiting !== undefined;
  });
  expect(waiting).toBe(true);
  await expect(page.getByRole('complementary', { name: 'App update' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseOf(page, 2)).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);

  // Once the clinic is over, the offer appears.
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expect(page.getByRole('complementary', { name: 'App update' })).toContainText(
    'A new version is ready.',
  );
});
