import { expect, test, type Page } from '@playwright/test';
import { transitionSession } from '@/clinic/session/machine';
import { planForGroup, setAllBreaks } from '@/clinic/session/plan/plan-edit';
import { createSession, type SessionState } from '@/clinic/session/state';
import { MINUTE_MS } from '@/clinic/templates';
import { SESSION_KEY, SESSION_SAVE } from '@/store/session-save';
import { CLINIC_KEY, CLINIC_SAVE } from '@/store/persistence';
import { envelopeOf } from '@/store/versioned-save';
import { expectNoAxeViolations } from '../helpers/axe';
import {
  E2E_START,
  SCREENSHOT_DIR,
  TWO_COACHES,
  fillPlan,
  focusPage,
  installStillClock,
  offTheBoundary,
  openProjector,
} from '../helpers/e2e-session';
import { openWithStorage } from './saved-clinic';
import { soundStarts, spyOnPlayback } from './sound-spy';

// "Fit the rest to the end time" in the browser, on Playwright's clock: a single clinic with an
// End by that runs late, and the second clinic of a session; the console offers the fit, shows
// the preview, applies it and takes it back, and the projector shows the new expected end. And
// a session's break rings its own chimes.

const START = E2E_START.getTime();
const FIT = 'Fit the rest to the end time';

/** The bar above the console (or on the wall) with the expected end. */
const forecast = (page: Page) => page.locator('.session-bar .session-forecast');

async function pressKey(page: Page, key: string) {
  await focusPage(page);
  await page.keyboard.press(key);
}

test('a single clinic with End by runs late: preview, fit, the new lengths on both screens, undo', async ({
  context,
  page,
}) => {
  await installStillClock(context);
  await page.goto('/');
  // A standard clinic: 70 minutes from 09:00, to end by 10:10.
  await page.getByRole('combobox', { name: 'Template' }).selectOption('standard');
  await fillPlan(page, TWO_COACHES);
  await page.getByLabel('End by').fill('10:10');
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await offTheBoundary(page);
  const projector = await openProjector(context, page);
  await expect(forecast(projector)).toHaveText(/Expected end 10:10 AM · on time for 10:10 AM/);
  await expect(page.getByRole('button', { name: FIT })).toHaveCount(0);

  // The roles run ten minutes instead of five: five minutes late.
  await page.clock.runFor(10 * MINUTE_MS);
  await expect(forecast(page)).toHaveText(
    /Expected end 10:15 AM · 5 minutes behind the end time \(10:10 AM\)/,
  );
  await expect(forecast(projector)).toHaveText(/5 minutes behind the end time/);

  // The offer, by its key: the preview.
  await pressKey(page, 'e');
  const dialog = page.getByRole('dialog', { name: FIT });
  await expect(dialog).toContainText(
    'As it stands, the rest ends at 10:15 AM: 5 minutes after the end time 10:10 AM.',
  );
  await expect(dialog.getByRole('row', { name: /Case presentation/ })).toContainText('15:00');
  await expect(dialog).toContainText('New expected end: 10:10 AM.');
  // axe waits on timers of its own: the clock flows from here (the fit is to the end time, so
  // the numbers that follow do not depend on how long that takes).
  await page.clock.resume();
  await expectNoAxeViolations(page, 'the fit preview');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/fit-preview-1280x720.png` });
  await dialog.getByRole('button', { name: 'Fit' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Fitted' })).toHaveText(
    'Fitted to the end time: the rest now ends at 10:10 AM.',
  );
  await expect(forecast(page)).toHaveText(/Expected end 10:10 AM · on time for 10:10 AM/);
  await expect(forecast(projector)).toHaveText(/Expected end 10:10 AM · on time for 10:10 AM/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/fit-console-fitted-1280x720.png` });

  // The next phase counts down its fitted length, on the console and on the wall.
  await pressKey(page, 'ArrowRight');
  const fitted = await page.getByRole('timer').innerText();
  expect(fitted).toMatch(/^1[34]:\d\d$/);
  await expect(projector.getByRole('timer').first()).toHaveText(/^1[34]:\d\d$/);

  // One step back: the presentation's 15 minutes return to the phases still to come.
  await page.getByRole('button', { name: 'Undo fit' }).click();
  await expect(page.getByRole('button', { name: 'Undo fit' })).toHaveCount(0);
  await expect(forecast(projector)).toHaveText(/behind the end time/);
  await expect(page.getByRole('button', { name: FIT })).toBeVisible();
});

/**
 * Three quick clinics (Ada's, Ben's, Chloé's) with 10-minute breaks, to end by 10:17: Ada's
 * clinic and the break after it are over, Ben's starts at 09:00. The rest runs to 10:20.
 */
function sessionInSecondClinic(): SessionState {
  let plan = planForGroup(['Ada', 'Ben', 'Chloé', 'Dev', 'Eli'], 'quick', 3);
  plan = {
    ...setAllBreaks(plan, 10 * MINUTE_MS),
    facilitatorName: 'Eli',
    endBy: START + 77 * MINUTE_MS,
  };
  const from = START - 45 * MINUTE_MS;
  let state = transitionSession(createSession(plan), { type: 'start' }, from);
  state = transitionSession(
    state,
    { type: 'clinic', event: { type: 'finish' } },
    from + 35 * MINUTE_MS,
  );
  state = transitionSession(state, { type: 'finishClinic' }, from + 35 * MINUTE_MS);
  state = transitionSession(state, { type: 'startNextClinic' }, START);
  const runs = state.runs.map((run, index) => ({ ...run, clinicId: `e2e-fit-clinic-${index}` }));
  return { ...state, runs };
}

async function openWithSession(page: Page, session: SessionState) {
  const saved = { sessionId: 'e2e-fit-session', session, endBy: null, lastFit: null };
  await openWithStorage(page, [
    [CLINIC_KEY, envelopeOf(CLINIC_SAVE, session.runs[session.runs.length - 1]!, START)],
    [SESSION_KEY, envelopeOf(SESSION_SAVE, saved, START)],
  ]);
}

test("a session's second clinic: the break to come gives the time, and the fit is undone", async ({
  context,
  page,
}) => {
  await installStillClock(context);
  const session = sessionInSecondClinic();
  expect(session.status).toBe('clinic');
  await openWithSession(page, session);
  await expect(page.getByText('Clinic 2 of 3: Ben’s case')).toBeVisible();
  await offTheBoundary(page);
  const projector = await openProjector(context, page);
  await expect(forecast(page)).toHaveText(
    /Expected end 10:20 AM · 3 minutes behind the end time \(10:17 AM\)/,
  );

  await page.getByRole('button', { name: FIT }).click();
  const dialog = page.getByRole('dialog', { name: FIT });
  await expect(dialog.getByRole('row', { name: /Break after Ben’s case/ })).toContainText(
    /10:00\s*7:00/,
  );
  await expect(dialog.getByRole('row', { name: /Chloé’s case \(all phases\)/ })).toContainText(
    /35:00\s*35:00/,
  );
  await page.clock.resume(); // axe waits on timers of its own
  await expectNoAxeViolations(page, "the fit preview of a session's clinic");
  await dialog.getByRole('button', { name: 'Fit' }).click();
  await expect(forecast(page)).toHaveText(/Expected end 10:17 AM · on time for 10:17 AM/);
  await expect(forecast(projector)).toHaveText(/Expected end 10:17 AM · on time for 10:17 AM/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/fit-session-console-1280x720.png` });

  await page.getByRole('button', { name: 'Undo fit' }).click();
  await expect(forecast(projector)).toHaveText(/3 minutes behind the end time/);
});

test("a session's break rings its call back and its end", async ({ context, page }) => {
  await installStillClock(context);
  await spyOnPlayback(context);
  // Ada's clinic ended at 09:00: a 10-minute break with a call back at 09:09.
  let session = sessionInSecondClinic();
  const from = START - 35 * MINUTE_MS;
  let state = transitionSession(
    createSession({ ...session.plan, endBy: null }),
    { type: 'start' },
    from,
  );
  state = transitionSession(state, { type: 'clinic', event: { type: 'finish' } }, START);
  session = transitionSession(state, { type: 'finishClinic' }, START);
  session = {
    ...session,
    runs: session.runs.map((run) => ({ ...run, clinicId: 'e2e-fit-break' })),
  };
  await openWithSession(page, session);
  await expect(page.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  // A click lets the page make sound (the browser's autoplay rules).
  await page.getByRole('heading', { level: 1, name: 'Break' }).click();
  await offTheBoundary(page);

  await page.clock.runFor(9 * MINUTE_MS);
  // The double chime (3.2 s) of the call back, then the bowl (6.5 s) of the end.
  await expect
    .poll(async () => (await soundStarts(page)).map((s) => Math.round(s * 10) / 10))
    .toEqual([3.2]);
  await page.clock.runFor(MINUTE_MS);
  await expect
    .poll(async () => (await soundStarts(page)).map((s) => Math.round(s * 10) / 10))
    .toEqual([3.2, 6.5]);
  await expect(page.getByRole('timer')).toHaveText(/0:00/);
});
