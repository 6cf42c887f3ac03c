import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { TranslationResource } from '@/i18n/resources';

/** 09:00 UTC on a Sunday: the fake clock of every session browser test starts here. */
export const E2E_START = new Date('2026-11-22T09:00:00Z');
export const SCREENSHOT_DIR = 'artifacts/screenshots';

/**
 * Fakes the page's clock and holds it still: time then moves only by `runFor`/`fastForward`, so
 * what the test reads never depends on how fast the machine is.
 */
export async function installStillClock(target: Page | BrowserContext): Promise<void> {
  // Installed a little earlier, so the clock cannot have passed the pause point already.
  await target.clock.install({ time: new Date(E2E_START.getTime() - 5_000) });
  await target.clock.pauseAt(E2E_START);
}

/** Who takes part, and the case: what the setup screen asks for. */
export interface PlanPeople {
  caseOwner: string;
  coaches: readonly string[];
  facilitator?: string;
  caseTitle?: string;
  helpWanted?: string;
}

type SetupWords = Pick<
  TranslationResource['setup'],
  'caseTitle' | 'helpWanted' | 'caseOwner' | 'coach' | 'addCoach' | 'facilitator'
>;

const ENGLISH_SETUP: SetupWords = {
  caseTitle: 'Case title',
  helpWanted: 'The help the case owner asks for',
  caseOwner: 'Case owner',
  coach: 'Coach {{number}}',
  addCoach: 'Add a coach',
  facilitator: 'Facilitator',
};

/** Types the people (and the case, when given) into the setup screen, adding coach rows. */
export async function fillPlan(
  page: Page,
  people: PlanPeople,
  words: SetupWords = ENGLISH_SETUP,
): Promise<void> {
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  if (people.caseTitle !== undefined) await field(words.caseTitle).fill(people.caseTitle);
  if (people.helpWanted !== undefined) await field(words.helpWanted).fill(people.helpWanted);
  await field(words.caseOwner).fill(people.caseOwner);
  for (const [index, coach] of people.coaches.entries()) {
    const row = field(words.coach.replace('{{number}}', String(index + 1)));
    if ((await row.count()) === 0) {
      await page.getByRole('button', { name: words.addCoach }).click();
    }
    await row.fill(coach);
  }
  if (people.facilitator !== undefined) await field(words.facilitator).fill(people.facilitator);
}

/** The fewest people a clinic starts with: a case owner and two coaches. */
export const TWO_COACHES: PlanPeople = { caseOwner: 'Ada', coaches: ['Ben', 'Chloé'] };

/** Fills the setup screen through its labelled fields and starts a quick (35 min) clinic. */
export async function startQuickClinic(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Template' }).selectOption('quick');
  await fillPlan(page, {
    caseTitle: 'Leading a team through a merger',
    helpWanted: 'Fresh ways to see it',
    caseOwner: 'Ada',
    coaches: ['Ben', 'Chloé', 'Dev'],
    facilitator: 'Eli',
  });
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(page.getByRole('timer')).toHaveText('2:00');
}

/**
 * Half a second on, so later whole-second steps land mid-second, never on the exact instant a
 * display changes (the display wakes 1 ms after each boundary, as in a browser's real time).
 */
export async function offTheBoundary(page: Page): Promise<void> {
  await page.clock.runFor(500);
}

export async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Opens the projector through the console's button and returns its window. */
export async function openProjector(context: BrowserContext, console: Page): Promise<Page> {
  const popupPromise = context.waitForEvent('page');
  await console.getByRole('button', { name: 'Open projector window' }).click();
  const projector = await popupPromise;
  await projector.waitForLoadState();
  return projector;
}

/** Keyboard focus on the page itself, so shortcuts are not eaten by a focused control. */
export async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}
