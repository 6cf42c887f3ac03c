import { CLINIC_KEY, UI, VIEWPORT, startClinic } from './browser.mjs';
import { readSavedClinic } from './in-page.mjs';
import { round } from './stats.mjs';

// The JS heap after a simulated three-hour clinic (Playwright's clock drives every timer of the
// page through 180 simulated minutes, with phase changes and a pause), against the heap right
// after the start; both after garbage collection. No instrumentation is installed here, so the
// harness itself keeps nothing alive in the page.

const MINUTE = 60_000;

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  return {
    usedBytes: usage.usedSize,
    totalBytes: usage.totalSize,
    domNodes: metrics.Nodes,
    eventListeners: metrics.JSEventListeners,
  };
}

/**
 * Self sizes in a heap snapshot, by node type. "code" is what V8 compiled (bytecode, optimised
 * machine code, feedback): it grows while functions warm up and V8 may flush it; "native" is the
 * renderer's own memory, outside the JS heap. The rest is the app's data.
 */
async function snapshotByType(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  const bytes = {};
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) {
    const type = typeNames[snapshot.nodes[index + typeField]];
    bytes[type] = (bytes[type] ?? 0) + snapshot.nodes[index + sizeField];
  }
  const appData = Object.entries(bytes)
    .filter(([type]) => !['code', 'native', 'synthetic'].includes(type))
    .reduce((sum, [, size]) => sum + size, 0);
  return { byType: bytes, compiledCode: bytes.code ?? 0, appData };
}

/** A fresh context whose page runs on Playwright's clock, with a DevTools session. */
async function openClockedPage(browser, baseUrl) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(baseUrl);
  return { context, page, cdp };
}

async function pressButton(page, name) {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.count()) === 0) return false;
  await button.first().click({ timeout: 5000 });
  return true;
}

/** Minute -> what the facilitator does then; the clinic runs over its plan on purpose. */
function scriptedActions(totalMinutes) {
  const scale = totalMinutes / 180;
  const at = (minute) => Math.max(1, Math.round(minute * scale));
  return new Map([
    [at(5), 'next'],
    [at(20), 'pause'],
    [at(27), 'resume'],
    [at(35), 'next'],
    [at(45), 'next'],
    [at(50), 'next'],
    [at(70), 'next'],
    [at(100), 'next'],
  ]);
}

export async function measureMemory(browser, baseUrl, { minutes, log }) {
  const { context, page, cdp } = await openClockedPage(browser, baseUrl);
  try {
    await startClinic(page);
    await page.clock.runFor(2000);
    const start = await heapAfterGc(cdp);
    const startSnapshot = await snapshotByType(cdp);
    const samples = [{ minute: 0, ...start }];
    const actions = scriptedActions(minutes);
    const done = [];
    const wallStart = Date.now();
    for (let minute = 1; minute <= minutes; minute += 1) {
      await page.clock.runFor(MINUTE);
      const action = actions.get(minute);
      if (action) {
        const clinic = await page.evaluate(readSavedClinic, CLINIC_KEY);
        if (action === 'next' && clinic && clinic.phaseIndex < 6) {
          if (await pressButton(page, UI.next)) done.push(`${minute}: next`);
        } else if (action === 'pause' && (await pressButton(page, UI.pause))) {
          done.push(`${minute}: pause`);
        } else if (action === 'resume' && (await pressButton(page, UI.resume))) {
          done.push(`${minute}: resume`);
        }
      }
      if (minute % 30 === 0 && minute !== minutes)
        samples.push({ minute, ...(await heapAfterGc(cdp)) });
    }
    const end = await heapAfterGc(cdp);
    const endSnapshot = await snapshotByType(cdp);
    samples.push({ minute: minutes, ...end });
    const clinic = await page.evaluate(readSavedClinic, CLINIC_KEY);
    const timerText = await page
      .getByRole('timer')
      .first()
      .textContent()
      .catch(() => null);
    log(
      `  memory: heap ${round(start.usedBytes / 1e6, 2)} MB at the start, ` +
        `${round(end.usedBytes / 1e6, 2)} MB after ${minutes} simulated minutes ` +
        `(${round((Date.now() - wallStart) / 1000)} s real)`,
    );
    const hourOne = samples.find((sample) => sample.minute === 60);
    return {
      simulatedMinutes: minutes,
      realSeconds: round((Date.now() - wallStart) / 1000),
      startBytes: start.usedBytes,
      endBytes: end.usedBytes,
      growthBytes: end.usedBytes - start.usedBytes,
      // Once every phase, the pause and the first chimes have run, what is left is steady growth.
      growthAfterFirstHourBytes: hourOne ? end.usedBytes - hourOne.usedBytes : null,
      // From heap snapshots at the start and the end: what grew.
      snapshot: {
        compiledCodeGrowthBytes: endSnapshot.compiledCode - startSnapshot.compiledCode,
        appDataGrowthBytes: endSnapshot.appData - startSnapshot.appData,
        start: startSnapshot.byType,
        end: endSnapshot.byType,
      },
      samples,
      actions: done,
      endState: clinic
        ? { status: clinic.status, phaseIndex: clinic.phaseIndex, timer: timerText }
        : null,
      method:
        'page.clock.install, then page.clock.runFor(60 s) x minutes; heap = Runtime.getHeapUsage ' +
        'after two HeapProfiler.collectGarbage; what grew = self sizes by type in heap snapshots',
    };
  } finally {
    await context.close();
  }
}

/**
 * The yardstick: a page with React and one countdown re-rendered each second (reference/), built
 * and driven through the same simulated hours. Returns its heap growth in bytes.
 */
export async function measureReferenceHeap(browser, baseUrl, { minutes }) {
  const { context, page, cdp } = await openClockedPage(browser, baseUrl);
  try {
    await page.clock.runFor(2000);
    const start = await heapAfterGc(cdp);
    for (let minute = 1; minute <= minutes; minute += 1) await page.clock.runFor(MINUTE);
    const end = await heapAfterGc(cdp);
    return {
      startBytes: start.usedBytes,
      growthBytes: end.usedBytes - start.usedBytes,
      timer: await page.getByRole('timer').textContent(),
    };
  } finally {
    await context.close();
  }
}
