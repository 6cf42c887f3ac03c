import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { runToFinish, startQuickClinic, watchForFaults } from './offline-helpers';
import { soundStarts, spyOnPlayback } from './sound-spy';

// Issue 7: after one visit, the installed app runs a whole clinic with the network gone, and no
// clinic ever sends a request to any origin but the app's own.

test('after one visit, a whole clinic runs offline to the finished sheet', async ({
  page,
  context,
  baseURL,
}) => {
  const faults = await watchForFaults(page);
  await page.goto('/');
  // The service worker is active once everything is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // A second tab of the app, to check that the network is really gone (Chromium 150 reports
  // navigator.onLine as true again after a reload under emulated offline).
  const probePage = await context.newPage();
  await probePage.goto('/');
  await context.setOffline(true);
  const probe = await probePage.evaluate(() =>
    fetch(`/not-precached-${Date.now()}`).then(
      () => 'reached the network',
      () => 'failed',
    ),
  );
  await probePage.close();
  expect(probe).toBe('failed');
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !/^(data|blob):/.test(response.url())) {
      fromNetwork.push(response.url());
    }
  });
  page.on('requestfailed', (request) => fromNetwork.push(`failed: ${request.url()}`));

  await spyOnPlayback(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await startQuickClinic(page);
  await runToFinish(page);

  // The chimes rang offline too: they are made in the page, no sound file is cached or needed.
  expect((await soundStarts(page)).length).toBeGreaterThan(0);
  const soundsCached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cached: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    }
    return cached.filter((url) => /\/sounds\/|\.(webm|mp3|ogg|wav)$/.test(url));
  });
  expect(soundsCached).toEqual([]);
  expect(fromNetwork).toEqual([]);
  expect(await faults()).toEqual([]);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test('a whole clinic makes no request to any origin but its own', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  // Context-wide: the page, the service worker and any window the app opens.
  context.on('request', (request) => requests.push(request.url()));
  const faults = await watchForFaults(page);

  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await startQuickClinic(page);
  // The room's window too.
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open projector window' }).click(),
  ]);
  await projector.waitForLoadState('load');
  await expect(projector.getByText('Phase 1 of 7').first()).toBeVisible();
  await runToFinish(page);
  await page.reload();

  const foreign = requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
  expect(requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  expect(await faults()).toEqual([]);
});

test('the manifest makes the app installable with its own icons', async ({
  request,
  baseURL,
  launchOptions,
}) => {
  // Chromium does not offer installation in an incognito-like context: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'clinic-install-'));
  const context = await chromium.launchPersistentContext(profile, launchOptions);
  try {
    const page = await context.newPage();
    await page.goto(baseURL!);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ name: 'Case Clinic Timer', display: 'standalone' });
    const icons = manifest.icons as Array<{ src: string; sizes: string; purpose?: string }>;
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const response = await request.get(`/${icon.src}`);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }

    // Chromium's own verdict, through the DevTools protocol, once the service worker runs.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the page carries a Content-Security-Policy that allows only its own origin', async ({
  page,
}) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toMatch(/https?:/);
  expect(policy).not.toContain('unsafe-inline');
  // The policy is enforced: an inline script injected now does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
