import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.mjs';
import { instrumentPage, readLastClick, readSavedClinic } from './in-page.mjs';
import { parseShownSeconds } from './judge.mjs';

/** `jsFlags`: V8 flags, e.g. '--jitless' to see what V8's compilers add to the heap. */
export async function launchBrowser({ jsFlags } = {}) {
  return chromium.launch({
    executablePath: systemChromium(),
    args: [...CHROMIUM_ARGS, ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
}

export const VIEWPORT = { width: 1280, height: 720 };
export const CLINIC_KEY = 'case-clinic-timer:clinic';

/** The setup screen's labels and the countdown, as a user finds them (English). */
export const UI = {
  caseOwner: 'Case owner',
  coach: (number) => `Coach ${number}`,
  start: 'Start clinic',
  next: 'Next phase',
  pause: 'Pause',
  resume: 'Resume',
};

/** A fresh, instrumented page (own context: empty storage). Service workers are blocked. */
export async function openInstrumentedPage(browser, baseUrl, { clock } = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    serviceWorkers: 'block',
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  if (clock) await clock(page);
  await page.addInitScript(instrumentPage);
  const cdp = await context.newCDPSession(page);
  await page.goto(baseUrl);
  return { context, page, cdp };
}

/** Fills the case owner and two coaches and starts the clinic; returns the start instant. */
export async function startClinic(page) {
  await page.getByLabel(UI.caseOwner, { exact: true }).fill('Ada');
  await page.getByLabel(UI.coach(1), { exact: true }).fill('Grace');
  await page.getByLabel(UI.coach(2), { exact: true }).fill('Edsger');
  await page.getByRole('button', { name: UI.start, exact: true }).click();
  await page.getByRole('timer').first().waitFor({ state: 'visible', timeout: 10_000 });
  return trueClockOf(page);
}

/**
 * How the true remaining time is known: from the clinic the app saved (when the running stretch
 * began and what the phase plans), else from the instant of the start click.
 */
export async function trueClockOf(page) {
  const clinic = await page.evaluate(readSavedClinic, CLINIC_KEY);
  if (clinic && clinic.status === 'running' && typeof clinic.runningSince === 'number') {
    const phaseIds = Object.keys(clinic.plan.durationsMs);
    const record = clinic.records?.[clinic.phaseIndex];
    const phaseId = record?.phaseId ?? phaseIds[clinic.phaseIndex];
    const plannedMs = clinic.plan.durationsMs[phaseId] + (record?.extensionMs ?? 0);
    return {
      source: 'saved clinic (runningSince, plan)',
      runningSince: clinic.runningSince,
      elapsedBeforeMs: clinic.elapsedBeforeMs ?? 0,
      plannedMs,
    };
  }
  const clickAt = await page.evaluate(readLastClick);
  const text = await page.getByRole('timer').first().textContent();
  return {
    source: 'start click instant and the first shown value',
    runningSince: clickAt,
    elapsedBeforeMs: 0,
    plannedMs: (parseShownSeconds(text) ?? 0) * 1000,
  };
}
