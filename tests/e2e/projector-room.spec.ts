import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { finishedClinic, typicalDetails, typicalNotes } from '../helpers/takeaway-fixtures';
import { expectNoAxeViolations } from '../helpers/axe';
import { E2E_START, focusPage, installStillClock, startQuickClinic } from '../helpers/e2e-session';
import { decodeAll } from './qr-decode';
import { openWithSavedClinic } from './saved-clinic';

// Issue 13: full screen from the projector window itself, and what the room sees besides the
// phase: the facilitator's message, a blank wall, and (issue 16) the take-home codes.

const SHOTS = join(process.cwd(), 'artifacts', 'wall');
const PHASES = [
  'Roles and case',
  'Case presentation',
  'Clarifying questions',
  'Stillness',
  'Mirroring',
  'Generative dialogue',
  'Closing and appreciation',
];
mkdirSync(SHOTS, { recursive: true });

/**
 * Counts full-screen requests instead of making them (a test cannot grant real full screen), and
 * reports the page as in full screen after one, as the browser would.
 */
async function spyOnFullscreen(page: Page) {
  await page.addInitScript(() => {
    const spy = { requests: 0, exits: 0, element: null as Element | null };
    Object.assign(window, { fullscreenSpy: spy });
    Object.defineProperty(Document.prototype, 'fullscreenElement', {
      configurable: true,
      get: () => spy.element,
    });
    Element.prototype.requestFullscreen = function (this: Element) {
      spy.requests += 1;
      spy.element = this;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
    Document.prototype.exitFullscreen = function () {
      spy.exits += 1;
      spy.element = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
  });
}

const spied = (page: Page) =>
  page.evaluate(() => {
    const { requests, exits } = (window as unknown as { fullscreenSpy: Record<string, number> })
      .fullscreenSpy;
    return { requests, exits };
  });

const cursorOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('main')!).cursor);

test('F and a double-click in the projector window toggle full screen; the pointer hides after 3 s', async ({
  context,
  page,
}) => {
  await installStillClock(context);
  await page.goto('/');
  await startQuickClinic(page);
  const projector = await context.newPage();
  await spyOnFullscreen(projector);
  await projector.goto('/?view=projector');
  await expect(projector.getByRole('timer')).toBeVisible();
  // Still pointer: nothing on the wall to press.
  await expect(projector.getByRole('button')).toHaveCount(0);

  await projector.keyboard.press('f');
  expect(await spied(projector)).toEqual({ requests: 1, exits: 0 });
  await projector.keyboard.press('F');
  expect(await spied(projector)).toEqual({ requests: 1, exits: 1 });
  await projector.mouse.dblclick(400, 300);
  expect(await spied(projector)).toEqual({ requests: 2, exits: 1 });

  // In full screen: the pointer and the button show while it moves, and go 3 s after.
  await projector.mouse.move(500, 320);
  const button = projector.getByRole('button', { name: 'Leave full screen' });
  await expect(button).toBeVisible();
  await projector.screenshot({ path: join(SHOTS, 'fullscreen-button.png') });
  expect(await cursorOf(projector)).not.toBe('none');
  await projector.clock.runFor(2_900);
  await expect(button).toBeVisible();
  await projector.clock.runFor(200);
  await expect(button).toHaveCount(0);
  expect(await cursorOf(projector)).toBe('none');
  await projector.mouse.move(520, 330);
  await expect(button).toBeVisible();
  expect(await cursorOf(projector)).not.toBe('none');
  await button.click();
  expect(await spied(projector)).toEqual({ requests: 2, exits: 2 });
  await expect(projector.getByRole('button', { name: 'Full screen' })).toBeVisible();
});

test('a message to the room: shown large while the clock runs, kept for a projector opened later, blank wall', async ({
  context,
  page,
}) => {
  // A fake clock that keeps flowing: axe waits on timers of its own.
  await context.clock.install({ time: E2E_START });
  await page.goto('/');
  await startQuickClinic(page);
  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  // Some time in, so the start's cue banner has faded in fully (axe measures its contrast).
  await context.clock.runFor(30_000);
  await expect(projector.getByRole('timer')).toHaveText(/^1:[23]\d$/);

  await page.getByText('Message to the room').click();
  const field = page.getByRole('textbox', { name: 'Message for the wall' });
  await field.fill('x'.repeat(141));
  await page.getByRole('button', { name: 'Show on the wall' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Too long by 1: .* at most 140 characters/);
  await expectNoAxeViolations(page, 'message control, refused');
  await field.fill('Break: back at 10:45');
  await page.getByRole('button', { name: 'Show on the wall' }).click();
  const message = projector.getByRole('region', { name: 'Message to the room' });
  await expect(message).toHaveText('Break: back at 10:45');
  await expectNoAxeViolations(page, 'message control');

  // The clock runs on under the message.
  const before = await projector.getByRole('timer').innerText();
  await context.clock.runFor(10_000);
  await expect(projector.getByRole('timer')).not.toHaveText(before);
  await projector.screenshot({ path: join(SHOTS, 'message-with-clock.png') });
  await expectNoAxeViolations(projector, 'projector with a message');

  // A projector opened later (or reloaded) shows it too.
  const later = await context.newPage();
  await later.goto('/?view=projector');
  await expect(later.getByRole('region', { name: 'Message to the room' })).toHaveText(
    'Break: back at 10:45',
  );
  await later.close();

  await page.getByRole('button', { name: 'Blank the wall' }).click();
  await expect(projector.getByRole('timer')).toHaveCount(0);
  await expect(message).toHaveText('Break: back at 10:45');
  await projector.screenshot({ path: join(SHOTS, 'blank-with-message.png') });
  await expectNoAxeViolations(projector, 'blank wall');
  await page.getByRole('button', { name: 'Hide the message' }).click();
  await expect(message).toHaveCount(0);
  await projector.screenshot({ path: join(SHOTS, 'blank-empty.png') });
  await page.getByRole('button', { name: 'Blank the wall' }).click();
  await expect(projector.getByRole('timer')).toBeVisible();
});

test('axe: the projector in every phase', async ({ context, page }) => {
  test.setTimeout(120_000);
  await context.clock.install({ time: E2E_START });
  await page.goto('/');
  await startQuickClinic(page);
  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  for (const [index, name] of PHASES.entries()) {
    if (index > 0) {
      await focusPage(page);
      await page.keyboard.press('ArrowRight');
    }
    await expect(projector.getByRole('heading', { level: 1 })).toHaveText(name);
    await context.clock.runFor(10_000);
    await expectNoAxeViolations(projector, `projector, ${name}`);
  }
});

test('the take-home codes on the wall: large enough to scan from a few metres, and they decode', async ({
  context,
  page,
}) => {
  const clinic = finishedClinic();
  await openWithSavedClinic(page, {
    clinic,
    notes: typicalNotes(clinic),
    details: typicalDetails(),
  });
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto('/?view=projector');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(
    'The clinic is finished. Thank you.',
  );

  await page.getByRole('button', { name: 'Show codes to take home' }).click();
  await page.getByRole('button', { name: 'Show on the wall' }).click();
  const codes = projector.locator('svg.qr-code');
  await expect(codes.first()).toBeVisible();
  const onConsole = await decodeAll(page.locator('svg.qr-code'), (i) =>
    join(SHOTS, `console-code-${i + 1}.png`),
  );
  const onWall = await decodeAll(codes, (i) => join(SHOTS, `wall-code-${i + 1}.png`));
  expect(onWall).toEqual(onConsole);
  expect(onWall.some((text) => text.includes('BEGIN:VEVENT'))).toBe(true);
  for (let index = 0; index < (await codes.count()); index += 1) {
    const box = (await codes.nth(index).boundingBox())!;
    expect(box.height / 720).toBeGreaterThanOrEqual(0.35);
  }
  const root = await projector.evaluate(() => [
    document.documentElement.scrollWidth - innerWidth,
    document.documentElement.scrollHeight - innerHeight,
  ]);
  expect(root).toEqual([0, 0]);
  await projector.screenshot({ path: join(SHOTS, 'wall-codes-1280x720.png') });
  await expectNoAxeViolations(projector, 'codes on the wall');

  // The way back: off the wall from the sheet.
  await page.getByRole('button', { name: 'Take off the wall' }).click();
  await expect(codes).toHaveCount(0);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(
    'The clinic is finished. Thank you.',
  );
});
