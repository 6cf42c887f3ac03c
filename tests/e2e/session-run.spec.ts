import { expect, test, type Page } from '@playwright/test';
import { transitionSession } from '@/clinic/session/machine';
import { planForGroup, setAllBreaks, updateClinic } from '@/clinic/session/plan/plan-edit';
import { createSession, type SessionState } from '@/clinic/session/state';
import { MINUTE_MS } from '@/clinic/templates';
import { SESSION_KEY, SESSION_SAVE } from '@/store/session-save';
import { CLINIC_KEY, CLINIC_SAVE } from '@/store/persistence';
import { envelopeOf } from '@/store/versioned-save';
import { expectNoAxeViolations } from '../helpers/axe';
import {
  E2E_START,
  SCREENSHOT_DIR,
  focusPage,
  installStillClock,
  offTheBoundary,
  openProjector,
} from '../helpers/e2e-session';
import { openWithStorage } from './saved-clinic';

// A session of two quick clinics (Ada's, then Ben's) with a 10-minute break, run from the
// console by keyboard and buttons. Until the planner's screen lands, the session is put on the
// device as the app saves it (the storage owner's format), started at 09:00 on the test's
// clock: the same as pressing the planner's Start then.

const START = E2E_START.getTime();

function startedSession(at = START): SessionState {
  let plan = planForGroup(['Ada', 'Ben', 'Chloé', 'Dev', 'Eli'], 'quick', 2);
  plan = setAllBreaks(plan, 10 * MINUTE_MS);
  plan = updateClinic(plan, 1, { caseTitle: 'A merger' });
  plan = { ...plan, facilitatorName: 'Eli' };
  const started = transitionSession(createSession(plan), { type: 'start' }, at);
  const run = { ...started.runs[0]!, clinicId: 'e2e0000000000000000000000000000a' };
  return { ...started, runs: [run] };
}

async function openWithStartedSession(page: Page, session = startedSession()) {
  const saved = {
    sessionId: 'e2e0000000000000000000000000session',
    session,
    endBy: null,
    lastFit: null,
  };
  await openWithStorage(page, [
    [CLINIC_KEY, envelopeOf(CLINIC_SAVE, session.runs[session.runs.length - 1]!, START)],
    [SESSION_KEY, envelopeOf(SESSION_SAVE, saved, START)],
  ]);
}

/** The console's way through a clinic: six phase changes by the arrow key, a minute apart. */
async function runPhasesByKeyboard(page: Page) {
  for (let phase = 0; phase < 6; phase += 1) {
    await page.clock.runFor(60_000);
    await focusPage(page);
    await page.keyboard.press('ArrowRight');
  }
}

test('two quick clinics with a break, the projector following; reloads in the break and the second clinic', async ({
  context,
  page,
}) => {
  await installStillClock(context);
  await openWithStartedSession(page);
  await expect(page.getByText('Clinic 1 of 2: Ada’s case')).toBeVisible();
  await offTheBoundary(page);
  const projector = await openProjector(context, page);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(projector.getByText('Clinic 1 of 2: Ada’s case')).toBeVisible();

  // Ada's clinic by keyboard; "Finish clinic" by its button: the break begins.
  await runPhasesByKeyboard(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closing and appreciation');
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('10:00');
  await expect(page.getByText('Next: Ben’s case')).toBeVisible();

  // The projector follows into the calm break screen.
  await expect(projector.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  await expect(projector.getByText('Next: Ben’s case')).toBeVisible();
  await expect(projector.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/session-break-console.png` });
  await projector.screenshot({ path: `${SCREENSHOT_DIR}/session-break-projector.png` });

  // Two minutes in, five added: 13 minutes left, on both screens.
  await page.clock.runFor(2 * 60_000);
  await page.getByRole('button', { name: 'Add 5 minutes' }).click();
  await expect(page.getByRole('timer')).toHaveText('13:00');
  await expect(projector.getByRole('timer')).toHaveText('13:00');
  await page.getByRole('textbox', { name: 'Case title of the next clinic' }).fill('A new role');
  await expect(projector.getByText('A new role')).toBeVisible();

  // A reload during the break: the same break, the same countdown, the case title kept.
  await page.clock.runFor(30_000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('12:30');
  await expect(page.getByRole('textbox', { name: 'Case title of the next clinic' })).toHaveValue(
    'A new role',
  );

  // Ben's clinic starts early, by the button; its notes start fresh with its case.
  await page.getByRole('button', { name: 'Start the next clinic now' }).click();
  await expect(page.getByText('Clinic 2 of 2: Ben’s case')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Roles and case');
  await expect(projector.getByText('A new role')).toBeVisible();

  // A reload mid-phase in the second clinic: the same phase and countdown.
  await page.clock.runFor(60_000);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(90_000);
  await page.reload();
  await expect(page.getByText('Clinic 2 of 2: Ben’s case')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case presentation');
  await expect(page.getByRole('timer')).toHaveText('3:30');

  // To the end: the end screen, each clinic's sheet reachable.
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The session is over' })).toBeVisible();
  await page.getByRole('button', { name: 'Open Ada’s sheet' }).click();
  await expect(page.getByRole('dialog', { name: 'Take-home sheet' })).toContainText('A merger');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Open Ben’s sheet' }).click();
  await expect(page.getByRole('dialog', { name: 'Take-home sheet' })).toContainText('A new role');
});

test('skipping the next case asks first, and dropping the last one ends the session', async ({
  context,
  page,
}) => {
  await installStillClock(context);
  await openWithStartedSession(page);
  await expect(page.getByText('Clinic 1 of 2: Ada’s case')).toBeVisible();
  await offTheBoundary(page);
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await page.getByRole('button', { name: 'Skip this case' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Skip Ben’s case?' });
  await expect(dialog).toBeVisible();
  // The last case left cannot move to the end: only dropping it is offered.
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip this case' }).click();
  await page.getByRole('button', { name: 'Skip the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The session is over' })).toBeVisible();
  await expect(page.getByRole('button', { name: /sheet/ })).toHaveCount(1);
});

test('axe finds nothing on the break, on the console and on the projector', async ({
  context,
  page,
}) => {
  // A fake clock that keeps flowing: axe waits on timers of its own.
  await context.clock.install({ time: E2E_START });
  const ended = transitionSession(
    startedSession(START - 20 * MINUTE_MS),
    { type: 'finishClinic' },
    START - MINUTE_MS,
  );
  await openWithStartedSession(page, ended);
  await expect(page.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  // The console's toolbar is the clinic's: in a break the room's window opens by its address.
  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  await expect(projector.getByRole('heading', { level: 1, name: 'Break' })).toBeVisible();
  await expectNoAxeViolations(page, 'break (console)');
  await expectNoAxeViolations(projector, 'break (projector)');
  await page.getByRole('button', { name: 'Skip this case' }).click();
  await expectNoAxeViolations(page, 'break (skip dialog)');
});
