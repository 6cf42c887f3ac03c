import { openInstrumentedPage, startClinic, trueClockOf } from './browser.mjs';
import { judgeFrames, parseShownSeconds, trueBoundaryFor, trueRemainingMs } from './judge.mjs';
import {
  countChangesBetween,
  readFrames,
  readRecorded,
  setEmulatedVisibility,
  showThenReadFrames,
  stallThenReadFrames,
  startHeartbeat,
  stopHeartbeat,
} from './in-page.mjs';
import { max, median, round, sleep } from './stats.mjs';

// One clinic, started as a user starts it, then: the tick cost over a running stretch, the lag
// of each change of the shown second, and the display right after a stall, a freeze and a
// hidden minute.

function metricMap(response) {
  return Object.fromEntries(response.metrics.map((metric) => [metric.name, metric.value]));
}

async function measureTick(page, cdp, clock, seconds) {
  // CPU time of the page's main thread, so other work on the machine does not inflate it.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = metricMap(await cdp.send('Performance.getMetrics'));
  const windowStart = Date.now();
  await sleep(seconds * 1000);
  const windowEnd = Date.now();
  const after = metricMap(await cdp.send('Performance.getMetrics'));
  const recorded = await page.evaluate(readRecorded);

  const minutes = (windowEnd - windowStart) / 60_000;
  const inWindow = (at) => at >= windowStart && at < windowEnd;
  const commitTimes = recorded.commits.filter(inWindow);
  const commits = commitTimes.length;
  const changes = recorded.changes.filter((change) => inWindow(change.at));
  // Commits that did not change the countdown: when they came, relative to the start.
  const otherCommits = commitTimes
    .filter((at) => !changes.some((change) => Math.abs(change.at - at) <= 5))
    .map((at) => ({
      secondsSinceStart: round((at - clock.runningSince) / 1000, 3),
    }));
  const perMinute = (name) => round(((after[name] - before[name]) * 1000) / minutes);

  // The true instant at which the newly shown value becomes right: remaining = S seconds.
  const lags = [];
  const frameLags = [];
  for (const change of changes) {
    const shown = parseShownSeconds(change.text);
    if (shown === null) continue;
    const boundary = trueBoundaryFor(clock, shown);
    lags.push(change.at - boundary);
    if (change.frameAt !== null) frameLags.push(change.frameAt - boundary);
  }

  return {
    tick: {
      seconds: round((windowEnd - windowStart) / 1000, 2),
      commits,
      shownSecondChanges: changes.length,
      commitsPerSecond: round(commits / ((windowEnd - windowStart) / 1000), 2),
      commitsPerShownSecond: changes.length ? round(commits / changes.length, 2) : null,
      commitsWithoutCountdownChange: otherCommits,
      scriptingMsPerMinute: perMinute('ScriptDuration'),
      taskMsPerMinute: perMinute('TaskDuration'),
      layoutMsPerMinute: perMinute('LayoutDuration'),
      styleMsPerMinute: perMinute('RecalcStyleDuration'),
      layoutsPerMinute: round((after.LayoutCount - before.LayoutCount) / minutes),
      styleRecalcsPerMinute: round((after.RecalcStyleCount - before.RecalcStyleCount) / minutes),
      timeDomain: 'threadTicks (CPU time of the main thread)',
      heapUsedBytesAtEnd: after.JSHeapUsedSize,
      domNodesAtEnd: after.Nodes,
    },
    lag: {
      samples: lags.length,
      medianMs: round(median(lags)),
      worstMs: round(max(lags)),
      earliestMs: round(Math.min(...lags)),
      frameMedianMs: round(median(frameLags)),
      frameWorstMs: round(max(frameLags)),
      clock: 'Date.now() at the DOM change (MutationObserver), against runningSince + n s',
    },
  };
}

// Frames read after each interruption.
const FRAMES_AFTER = 6;

function verdict(clock, endedAt, readings, extra) {
  return { ...judgeFrames(clock, endedAt, readings), ...extra };
}

// Where a stall ends within the second decides whether the app's next timeout is already due,
// so the stall is repeated, ending at different points of the second; the worst one counts.
const STALL_REPEATS = 3;

async function measureStall(page, clock, stallMs) {
  const runs = [];
  for (let index = 0; index < STALL_REPEATS; index += 1) {
    if (index > 0) await sleep(1000 + 333 * index);
    const result = await page.evaluate(stallThenReadFrames, [stallMs, FRAMES_AFTER]);
    runs.push(
      verdict(clock, result.stallEnd, result.readings, {
        stallMs: result.stallEnd - result.stallStart,
      }),
    );
  }
  const badness = (run) =>
    run.rightWithinAFrame ? run.wrongAfterFirstFrameMs : 1e9 + (run.wrongAfterFirstFrameMs ?? 1e9);
  const worst = runs.reduce((a, b) => (badness(b) > badness(a) ? b : a));
  return {
    ...worst,
    rightWithinAFrame: runs.every((run) => run.rightWithinAFrame),
    repeats: runs.length,
    rightWithinAFrameCount: runs.filter((run) => run.rightWithinAFrame).length,
    runs: runs.map((run) =>
      Object.fromEntries(Object.entries(run).filter(([key]) => key !== 'frames')),
    ),
    method:
      'busy loop in a page task, repeated; the timer read in each of the next animation ' +
      'frames; the worst repeat counts',
  };
}

/** Does Page.setWebLifecycleState('frozen') stop this page's timers? (Not on a visible page.) */
async function lifecycleFreezeWorks(page, cdp) {
  await page.evaluate(startHeartbeat);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await sleep(1000);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await sleep(100);
  const longestGap = await page.evaluate(stopHeartbeat);
  return longestGap > 800;
}

/** Suspends all of the page's JavaScript (and so its rendering) until `resume`. */
async function suspendScripts(cdp) {
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.pause');
}

async function resumeScripts(cdp) {
  await cdp.send('Debugger.resume').catch(() => {});
  await cdp.send('Debugger.disable').catch(() => {});
}

async function changesBetween(page, from, to) {
  return page.evaluate(countChangesBetween, [from, to]);
}

async function measureFreeze(page, cdp, clock, seconds) {
  const lifecycleWorks = await lifecycleFreezeWorks(page, cdp);
  const frozenAt = Date.now();
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  if (!lifecycleWorks) await suspendScripts(cdp);
  const suspendedAt = Date.now();
  await sleep(seconds * 1000);
  const resumingAt = Date.now();
  if (!lifecycleWorks) await resumeScripts(cdp);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  const resumedAt = Date.now();
  const result = await page.evaluate(readFrames, FRAMES_AFTER);
  return verdict(clock, resumedAt, result.readings, {
    frozenMs: resumedAt - frozenAt,
    lifecycleFreezeStoppedTimers: lifecycleWorks,
    changesWhileFrozen: await changesBetween(page, suspendedAt + 50, resumingAt),
    method: lifecycleWorks
      ? 'CDP Page.setWebLifecycleState frozen, then active'
      : 'CDP Page.setWebLifecycleState frozen (headless Chromium does not freeze a visible page) ' +
        'plus CDP Debugger.pause: no script, timer or frame runs until resume',
  });
}

async function measureHidden(page, cdp, clock, seconds) {
  const hiddenAt = Date.now();
  await page.evaluate(setEmulatedVisibility, 'hidden');
  await suspendScripts(cdp);
  const suspendedAt = Date.now();
  await sleep(seconds * 1000);
  const resumingAt = Date.now();
  await resumeScripts(cdp);
  const result = await page.evaluate(showThenReadFrames, FRAMES_AFTER);
  return verdict(clock, result.shownAt, result.readings, {
    hiddenMs: result.shownAt - hiddenAt,
    changesWhileHidden: await changesBetween(page, suspendedAt + 50, resumingAt),
    method:
      'headless Chromium cannot hide a page, so: visibilityState/hidden report "hidden" and ' +
      'visibilitychange fires; all page scripts are suspended (CDP Debugger.pause) for the ' +
      'whole time, harsher than Chrome throttling a background tab; then "visible" + ' +
      'visibilitychange, and the timer is read in each of the next animation frames',
  });
}

function describe(result) {
  const first = `first frame ${result.firstFrameAfterMs} ms later, drift ${result.firstFrameDriftMs} ms`;
  return result.rightAtFrame
    ? `${first}; right from frame ${result.rightAtFrame} (${result.rightAfterMs} ms after)`
    : `${first}; not right in ${FRAMES_AFTER} frames`;
}

export async function measureSession(browser, baseUrl, options) {
  const { tickSeconds, stallMs, freezeSeconds, hiddenSeconds, log } = options;
  const { context, page, cdp } = await openInstrumentedPage(browser, baseUrl);
  try {
    const clock = await startClinic(page);
    log(`  clinic started; true time from the ${clock.source}`);
    // The steady tick: the window opens once the phase-start chime's visual twin (8 s) has gone.
    await sleep(10_000);
    const { tick, lag } = await measureTick(page, cdp, clock, tickSeconds);
    log(
      `  tick: ${tick.commits} commits for ${tick.shownSecondChanges} shown seconds, ` +
        `${tick.scriptingMsPerMinute} ms scripting per minute; lag median ${lag.medianMs} ms`,
    );
    const stall = await measureStall(page, clock, stallMs);
    log(
      `  after ${stall.repeats} stalls of ${stall.stallMs} ms: right within a frame after ` +
        `${stall.rightWithinAFrameCount}; worst: ${describe(stall)}`,
    );
    await sleep(1000);
    const freeze = await measureFreeze(page, cdp, clock, freezeSeconds);
    log(`  after ${freeze.frozenMs} ms frozen: ${describe(freeze)}`);
    await sleep(1000);
    const hidden = await measureHidden(page, cdp, clock, hiddenSeconds);
    log(`  after ${hidden.hiddenMs} ms hidden: ${describe(hidden)}`);
    // The figures hold only if the same running stretch lasted throughout, inside the phase.
    const after = await trueClockOf(page);
    const sameStretch =
      after.runningSince === clock.runningSince && after.plannedMs === clock.plannedMs;
    const stillInPhase = trueRemainingMs(clock, Date.now()) > 0;
    if (!sameStretch || !stillInPhase) {
      throw new Error(
        'the clinic did not run one uninterrupted stretch of its first phase during the ' +
          'session measurements: is the first phase of the default plan long enough?',
      );
    }
    return { trueTime: clock.source, tick, lag, drift: { stall, freeze, hidden } };
  } finally {
    await context.close();
  }
}
