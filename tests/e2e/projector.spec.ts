import { expect, test, type Page } from '@playwright/test';
import {
  SCREENSHOT_DIR,
  focusPage,
  installStillClock,
  offTheBoundary,
  openProjector,
  startQuickClinic,
} from '../helpers/e2e-session';

test('the projector window follows the console: a phase change shows there within a second', async ({
  context,
  page,
}) => {
  // Real time here: the console posts each change, the projector shows it.
  await page.goto('/');
  await startQuickClinic(page);
  const projector = await openProjector(context, page);
  expect(new URL(projector.url()).searchParams.get('view')).toBe('projector');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(projector.getByRole('timer')).toBeVisible();
  await expect(projector.getByRole('button')).toHaveCount(0);

  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Case presentation', {
    timeout: 1000,
  });
  await expect(projector.getByText('Case owner only', { exact: true })).toBeVisible({
    timeout: 1000,
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(projector.getByText('Paused', { exact: true })).toBeVisible({ timeout: 1000 });
  await page.getByRole('button', { name: 'Add a minute' }).click();
  await expect(projector.getByRole('timer')).toHaveText(/^[56]:\d\d$/, { timeout: 1000 });
  await expect(projector.getByRole('timer')).toHaveText(await page.getByRole('timer').innerText());
});

test('opened alone, the projector shows the saved clinic', async ({ context, page }) => {
  await installStillClock(context);
  await page.goto('/');
  await startQuickClinic(page);
  await offTheBoundary(page);
  await page.clock.runFor(30_000);
  await page.close();

  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(projector.getByRole('timer')).toHaveText('1:30');
  await expect(projector.getByText('Leading a team through a merger')).toBeVisible();
});

test('before the start, the projector says the clinic has not started yet', async ({ page }) => {
  await page.goto('/?view=projector');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The clinic has not started yet.' }),
  ).toBeVisible();
});

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Nothing sticks out of the window: no page scroll either way. */
async function expectNoOverflow(page: Page) {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.width);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.height);
}

/** Every text box's content fits in it horizontally (no clipped words). */
async function expectNoClippedText(page: Page) {
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, p, button, .countdown, td, th')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).textOverflow !== 'ellipsis')
      // Text for screen readers only is clipped on purpose.
      .filter((el) => getComputedStyle(el).clipPath === 'none')
      .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`),
  );
  expect(clipped).toEqual([]);
}

for (const size of SIZES) {
  test(`console and projector at ${size.width}x${size.height}: screenshots of every look`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: size });
    await installStillClock(context);
    const console = await context.newPage();
    await console.goto('/');
    await startQuickClinic(console);
    const projector = await openProjector(context, console);
    await projector.setViewportSize(size);
    await offTheBoundary(console);
    const tag = `${size.width}x${size.height}`;

    const shoot = async (look: string) => {
      await focusPage(console);
      // Colour changes fade over 1.5 s of real time; let them settle.
      await console.waitForTimeout(1600);
      for (const [name, page] of [
        ['console', console],
        ['projector', projector],
      ] as const) {
        await expectNoOverflow(page);
        await expectNoClippedText(page);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${look}-${tag}.png` });
      }
      const timerBox = await projector.getByRole('timer').boundingBox();
      return timerBox;
    };

    await context.clock.runFor(20_000);
    const normalTimer = await shoot('normal');
    // Read from five metres: the countdown takes at least a quarter of the window's height.
    expect(normalTimer!.height).toBeGreaterThanOrEqual(size.height / 4);

    await context.clock.runFor(50_000);
    await expect(projector.getByText('Wrap-up', { exact: true })).toBeVisible();
    await shoot('wrapup');

    await context.clock.runFor(60_000);
    await expect(projector.getByRole('timer')).toHaveText('over by 0:10');
    const overtimeTimer = await shoot('overtime');
    expect(overtimeTimer!.height).toBeGreaterThanOrEqual(size.height / 4);

    for (let i = 0; i < 3; i += 1) await console.keyboard.press('ArrowRight');
    await expect(projector.locator('.breathing-circle')).toBeVisible();
    await context.clock.runFor(15_000);
    await shoot('stillness');

    await console.keyboard.press('ArrowRight');
    await context.clock.runFor(20_000);
    await expect(projector.getByText('Ben', { exact: true })).toBeVisible();
    await shoot('mirroring');

    await context.close();
  });
}

test('stillness breathes slowly, and stands still for those who ask for reduced motion', async ({
  page,
}) => {
  await page.goto('/');
  await startQuickClinic(page);
  await focusPage(page);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  const circle = page.locator('.breathing-circle');
  await expect(circle).toBeVisible();
  const animation = () => circle.evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation()).toBe('breathe');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
  await expect(circle).toBeVisible();
});
