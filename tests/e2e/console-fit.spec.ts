import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  SCREENSHOT_DIR,
  focusPage,
  installStillClock,
  offTheBoundary,
  startQuickClinic,
} from '../helpers/e2e-session';
import { autoplayRulesScript } from './sound-spy';

// A facilitator listens, keeps time and writes at once, on a laptop: in every phase the notes
// field of the phase is in view and not covered, without scrolling, also after ten items were
// written into its list, with a cue banner and with a notice bar over the console.

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
];

/** Where the facilitator writes in each phase: the fields, and which of them add to a list. */
const PHASES: Array<{ name: string; fields: string[]; lists: string[] }> = [
  { name: 'Roles and case', fields: ['The case', 'The help asked for'], lists: [] },
  { name: 'Case presentation', fields: ['Add to Key facts'], lists: ['Add to Key facts'] },
  { name: 'Clarifying questions', fields: ['Add to Key facts'], lists: ['Add to Key facts'] },
  { name: 'Stillness', fields: [], lists: [] },
  { name: 'Mirroring', fields: ['Image, metaphor or feeling from Dev'], lists: [] },
  {
    name: 'Generative dialogue',
    fields: ['Add to Ideas from the dialogue'],
    lists: ['Add to Ideas from the dialogue'],
  },
  {
    name: 'Closing and appreciation',
    fields: ['Add to Take-aways', 'New next step', 'Add to Appreciations'],
    lists: ['Add to Take-aways', 'New next step', 'Add to Appreciations'],
  },
];

/** The field's centre and its corners are the field itself: nothing covers or clips it. */
async function expectUncovered(field: Locator, what: string): Promise<void> {
  const seen = await field.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inset = 3;
    const points: Array<[number, number]> = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    return {
      centre: document.elementFromPoint(...points[0]!) === element,
      corners: points.every(([x, y]) => document.elementFromPoint(x, y) === element),
      inWindow: box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      pageScrolled: (document.scrollingElement?.scrollTop ?? 0) > 0,
    };
  });
  expect(seen, what).toEqual({ centre: true, corners: true, inWindow: true, pageScrolled: false });
}

async function expectPhaseFieldsUncovered(page: Page, fields: string[], what: string) {
  for (const name of fields) {
    await expectUncovered(page.getByRole('textbox', { name, exact: true }), `${what}: ${name}`);
  }
}

/** Ten items into a list, typed as a facilitator does: text, then Enter. */
async function addTen(page: Page, fieldName: string): Promise<void> {
  const field = page.getByRole('textbox', { name: fieldName, exact: true });
  for (let item = 1; item <= 10; item += 1) {
    await field.fill(`Point ${item} of ${fieldName}`);
    await field.press('Enter');
  }
  await expect(field).toHaveValue('');
}

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} the notes of every phase stay in view`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize(size);
    await installStillClock(page);
    await page.goto('/');
    await startQuickClinic(page);
    await offTheBoundary(page);
    const tag = `${size.width}x${size.height}`;
    for (const [index, phase] of PHASES.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(phase.name);
      // The phase's chime has its visual twin on screen: the banner shows while we look.
      // (The stillness keeps its calm: no banner there.)
      if (phase.name !== 'Stillness') await expect(page.getByTestId('cue-banner')).toBeVisible();
      if (phase.name === 'Mirroring') await page.clock.runFor(2 * 60_000);
      await expectPhaseFieldsUncovered(page, phase.fields, `${tag} ${phase.name}, banner`);
      for (const list of phase.lists) await addTen(page, list);
      await expectPhaseFieldsUncovered(page, phase.fields, `${tag} ${phase.name}, ten items`);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/console-${tag}-${index + 1}.png` });
      if (index < PHASES.length - 1) {
        await focusPage(page);
        await page.keyboard.press('ArrowRight');
      }
    }
  });
}

test('paused, in wrap-up, in overtime and under a notice, the notes stay in view', async ({
  page,
}) => {
  test.slow();
  await page.addInitScript(autoplayRulesScript);
  await installStillClock(page);
  await page.goto('/');
  await startQuickClinic(page);
  await offTheBoundary(page);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await addTen(page, 'Add to Key facts');
  const fields = ['The case', 'The help asked for', 'Add to Key facts'];
  await focusPage(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expectPhaseFieldsUncovered(page, fields, 'paused');
  await page.keyboard.press('Space');
  await page.clock.runFor(4 * 60_000 + 10_000);
  await expect(page.getByText('Wrap-up', { exact: true })).toBeVisible();
  await expectPhaseFieldsUncovered(page, fields, 'wrap-up');
  await page.clock.runFor(60_000);
  await expect(page.getByText('Overtime', { exact: true })).toBeVisible();
  await expectPhaseFieldsUncovered(page, fields, 'overtime');
  // After a reload the sound waits for a click: its bar sits above the console.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sound is off: click to enable' })).toBeVisible();
  // One line, one truth: the console does not also say "Sound on".
  await expect(page.getByText('Sound waits for a click in this window')).toBeVisible();
  await expect(page.getByText(/^Sound on/)).toHaveCount(0);
  await expectPhaseFieldsUncovered(page, fields, 'under the sound notice');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/console-1280x720-notice.png` });
});

test('people change from the console: a late coach, a rename, one who leaves', async ({ page }) => {
  await installStillClock(page);
  await page.goto('/');
  await startQuickClinic(page);
  await page.getByText('People', { exact: true }).click();
  const panel = page.getByRole('region', { name: 'Who takes part' });
  await expect(panel).toBeVisible();
  await panel.getByRole('textbox', { name: 'Coach who joins' }).fill('Fay');
  await panel.getByRole('button', { name: 'Add coach' }).click();
  await expect(panel.getByRole('textbox', { name: 'Coach 4' })).toHaveValue('Fay');
  await panel.getByRole('textbox', { name: 'Coach 2' }).fill('Chloe');
  await panel.getByRole('textbox', { name: 'Coach 2' }).press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Saved: Chloe');
  await panel.getByRole('textbox', { name: 'Case owner' }).fill(' ');
  await panel.getByRole('textbox', { name: 'Case owner' }).press('Enter');
  await expect(panel.getByText('Name the case owner.')).toBeVisible();
  await panel.getByRole('button', { name: 'Remove Ben, who leaves' }).click();
  await expect(panel.getByRole('textbox', { name: 'Coach 1' })).toHaveValue('Chloe');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/console-1280x720-people.png` });
});
