import { installLoadProbe, loadProbeAnswered, readLoadResult } from './in-page.mjs';
import { UI, VIEWPORT } from './browser.mjs';
import { median, round } from './stats.mjs';

// First Contentful Paint and the time until the setup screen answers a click, each run in a
// fresh context (nothing cached, no service worker yet: a first visit), served from localhost.

async function oneRun(browser, baseUrl, cpuRate, initialScripts) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.addInitScript(installLoadProbe, UI.start);
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForFunction(loadProbeAnswered, null, {
    timeout: 30_000,
    polling: 50,
  });
  const result = await page.evaluate(readLoadResult, initialScripts);
  await context.close();
  return result;
}

function summarise(runs) {
  const pick = (key) => runs.map((run) => run[key]).filter((value) => value !== null);
  return {
    runs: runs.length,
    fcpMs: round(median(pick('fcp'))),
    scriptsLoadedMs: round(median(pick('scriptsLoaded'))),
    setupReadyMs: round(median(pick('setupReady'))),
    answersClickMs: round(median(pick('answered'))),
    clickToDomChangeMs: round(median(runs.map((run) => run.mutationAt - run.clickAt))),
    clickToAnswerMs: round(median(runs.map((run) => run.answered - run.clickAt))),
    all: runs.map((run) => ({
      fcp: round(run.fcp),
      scriptsLoaded: round(run.scriptsLoaded),
      setupReady: round(run.setupReady),
      clickAt: round(run.clickAt),
      domChange: round(run.mutationAt),
      answered: round(run.answered),
    })),
    scriptsBeforeAnswer: runs[0]?.scriptsBeforeAnswer ?? [],
  };
}

export async function measureLoad(browser, baseUrl, { runs, initialScripts, log }) {
  // One unmeasured visit first, so the server and the disk cache of the OS are warm.
  await oneRun(browser, baseUrl, 1, initialScripts);
  const result = {};
  for (const [name, rate] of [
    ['unthrottled', 1],
    ['cpu4x', 4],
  ]) {
    const measured = [];
    for (let index = 0; index < runs; index += 1)
      measured.push(await oneRun(browser, baseUrl, rate, initialScripts));
    result[name] = { cpuThrottling: rate, ...summarise(measured) };
    log(
      `  load ${name}: FCP ${result[name].fcpMs} ms, answers a click at ${result[name].answersClickMs} ms (median of ${runs})`,
    );
  }
  return result;
}
