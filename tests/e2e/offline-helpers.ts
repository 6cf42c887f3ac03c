import { expect, type Page } from '@playwright/test';
import { fillPlan, TWO_COACHES } from '../helpers/e2e-session';

// Shared steps of the offline, single-file and "nothing lost" browser tests (issue 7).

export const PHASE_COUNT = 7;

/** Fills what a clinic needs (case owner, two coaches), picks the quick template, starts. */
export async function startQuickClinic(page: Page) {
  const template = page.getByRole('combobox', { name: 'Template' });
  if (await template.isVisible()) await template.selectOption({ label: 'Quick (35 min)' });
  await fillPlan(page, TWO_COACHES);
  await page.getByRole('button', { name: 'Start clinic' }).click();
  await expect(phaseOf(page, 1)).toBeVisible();
}

export function phaseOf(page: Page, phase: number) {
  return page.getByText(`Phase ${phase} of ${PHASE_COUNT}`).first();
}

/** "Next phase" through to the closing phase, then "Finish clinic": the sheet shows. */
export async function runToFinish(page: Page, fromPhase = 1) {
  for (let phase = fromPhase + 1; phase <= PHASE_COUNT; phase += 1) {
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseOf(page, phase)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Finish clinic' }).click();
  await expectFinished(page);
}

export async function expectFinished(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/finished|takeaway/i);
  await expect(page.getByRole('button', { name: 'Start clinic' })).toHaveCount(0);
}

/** What the console shows of the clinic: the phase, its place, the countdown, paused or not. */
export async function consoleReading(page: Page) {
  const timer = page.getByRole('timer').first();
  return {
    heading: (await page.getByRole('heading', { level: 1 }).innerText()).trim(),
    place: (
      await page
        .getByText(/Phase \d of 7/)
        .first()
        .innerText()
    ).trim(),
    countdown: (await timer.count()) > 0 ? (await timer.innerText()).trim() : null,
    paused: (await page.getByRole('button', { name: 'Resume' }).count()) > 0,
  };
}

/** Milliseconds the console's countdown shows as remaining (m:ss or h:mm:ss). */
export async function remainingMs(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().innerText()).trim();
  const match = /(?:(\d+):)?(\d+):(\d\d)/.exec(text);
  if (!match) throw new Error(`No countdown in "${text}"`);
  const [, hours, minutes, seconds] = match;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/** Collects page errors and Content-Security-Policy violations for a final check. */
export async function watchForFaults(page: Page): Promise<() => Promise<string[]>> {
  const faults: string[] = [];
  page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') faults.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => faults;
}
