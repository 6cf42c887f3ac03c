import { round } from './stats.mjs';

// The budgets of issue 8, each figure beside its budget, as one Markdown table.

const KB = 1000;
const MB = 1000 * 1000;

const kb = (bytes) => (bytes === undefined || bytes === null ? null : round(bytes / KB, 1));

/** Every row: id, label, value, unit, and when budgeted: limit, how to compare, pass. */
export function rows(results) {
  const { size, load, session, memory } = results;
  const list = [];
  const add = (id, label, value, unit, limit, test, display) =>
    list.push({
      id,
      label,
      value,
      unit,
      ...(display ? { display } : {}),
      limit: limit ?? null,
      budget: test ? test.describe : null,
      pass: test ? value !== null && value !== undefined && test.check(value) : null,
    });
  const atMost = (limit, unit) => ({ describe: `≤ ${limit} ${unit}`, check: (v) => v <= limit });
  // Zero drift: the first frame drawn after the interruption may show the old second, the next
  // one must be right, and it stays right (see judge.mjs).
  const rightWithinAFrame = (result) => ({
    describe: '0, right by the next frame',
    check: () => result.rightWithinAFrame,
  });
  const driftDisplay = (result) => {
    if (result.rightAtFrame === null) return `wrong for ${result.frames.length} frames`;
    if (result.firstFrameDriftMs === 0) return '0 ms: first frame right';
    return `first frame ${round(result.firstFrameDriftMs / 1000, 2)} s behind, right ${result.wrongAfterFirstFrameMs} ms later`;
  };

  if (size) {
    // Value: gzip (budgeted, compared); shown with raw and brotli beside it.
    const sized = (id, label, group, limit) =>
      add(
        id,
        label,
        kb(group.gzip),
        'KB',
        limit,
        limit === undefined ? undefined : atMost(limit, 'KB'),
        `${kb(group.gzip)} KB gzip (${kb(group.raw)} raw, ${kb(group.brotli)} brotli)`,
      );
    sized('initialJsGzip', `Initial JS (${size.initial.js.files} files)`, size.initial.js, 110);
    sized('initialCssGzip', 'Initial CSS', size.initial.css);
    sized('lazyJsGzip', `Lazy JS (${size.lazy.js.files} chunks)`, size.lazy.js);
    sized('lazyCssGzip', `Lazy CSS (${size.lazy.css.files} files)`, size.lazy.css);
    // The chimes are made on the device (their code is in the lazy JS): no file should be here.
    sized('soundsGzip', `Sound files (${size.sounds.files} files)`, size.sounds);
    sized('fontsGzip', `Fonts (${size.fonts.files} files)`, size.fonts);
    sized('offlineGzip', 'Everything a clinic needs offline', size.offlineNeeded, 250);
    sized(
      'precacheGzip',
      `Service-worker precache: code, HTML, icons, manifest (${size.precache.entries} files)`,
      size.precache,
    );
  }
  if (load) {
    add(
      'fcp',
      'First Contentful Paint, median',
      load.unthrottled.fcpMs,
      'ms',
      500,
      atMost(500, 'ms'),
    );
    add(
      'scriptsLoaded',
      '… of it until the initial JS has arrived',
      load.unthrottled.scriptsLoadedMs,
      'ms',
    );
    add('fcp4x', 'First Contentful Paint, 4x CPU throttling', load.cpu4x.fcpMs, 'ms');
    add(
      'answersClick',
      'Setup answers a click, since navigation',
      load.unthrottled.answersClickMs,
      'ms',
    );
    add(
      'answersClick4x',
      'Setup answers a click, 4x CPU throttling',
      load.cpu4x.answersClickMs,
      'ms',
    );
  }
  if (session) {
    const { tick, lag, drift } = session;
    add(
      'commitsPerShownSecond',
      `React commits per shown second (${tick.commits} in ${tick.seconds} s)`,
      tick.commitsPerShownSecond,
      '',
      1,
      atMost(1, ''),
    );
    add(
      'scriptingPerMinute',
      'Main-thread scripting per running minute',
      tick.scriptingMsPerMinute,
      'ms',
      100,
      atMost(100, 'ms'),
    );
    add(
      'tasksPerMinute',
      'Main-thread tasks (all work) per running minute',
      tick.taskMsPerMinute,
      'ms',
    );
    for (const [id, result, label] of [
      [
        'driftStall',
        drift.stall,
        drift.stall.repeats
          ? `Drift after a ${round(drift.stall.stallMs / 1000)} s main-thread stall (worst of ${drift.stall.repeats})`
          : `Drift after a ${round(drift.stall.stallMs / 1000)} s main-thread stall`,
      ],
      ['driftFreeze', drift.freeze, `Drift after ${round(drift.freeze.frozenMs / 1000)} s frozen`],
      ['driftHidden', drift.hidden, `Drift after ${round(drift.hidden.hiddenMs / 1000)} s hidden`],
    ]) {
      add(
        id,
        label,
        result.wrongAfterFirstFrameMs,
        'ms',
        0,
        rightWithinAFrame(result),
        driftDisplay(result),
      );
    }
    add(
      'lagMedian',
      `Shown second changes after the true one, median (${lag.samples})`,
      lag.medianMs,
      'ms',
      50,
      atMost(50, 'ms'),
    );
    add('lagWorst', 'Shown second changes after the true one, worst', lag.worstMs, 'ms');
    add('lagFrameMedian', 'Next frame after the true second, median', lag.frameMedianMs, 'ms');
  }
  if (memory) {
    add(
      'heapGrowth',
      `JS heap growth over ${round(memory.simulatedMinutes / 60, 1)} simulated hours`,
      round(memory.growthBytes / MB, 3),
      'MB',
      1,
      atMost(1, 'MB'),
    );
    const megabytes = (id, label, bytes) => add(id, label, round(bytes / MB, 3), 'MB');
    if (memory.snapshot) {
      megabytes(
        'heapGrowthCode',
        '… of it compiled code (V8 JIT; heap snapshots)',
        memory.snapshot.compiledCodeGrowthBytes,
      );
      megabytes(
        'heapGrowthAppData',
        '… of it objects, strings, closures, arrays',
        memory.snapshot.appDataGrowthBytes,
      );
    }
    if (memory.jitless) {
      megabytes(
        'heapGrowthJitless',
        'JS heap growth, same clinic, V8 without its compilers (--jitless)',
        memory.jitless.growthBytes,
      );
    }
    if (memory.reference) {
      megabytes(
        'heapGrowthReference',
        'Yardstick: React alone, one countdown re-rendered each second',
        memory.reference.growthBytes,
      );
    }
    if (memory.growthAfterFirstHourBytes !== null) {
      megabytes(
        'heapGrowthAfterHourOne',
        'JS heap growth from hour 1 to the end',
        memory.growthAfterFirstHourBytes,
      );
    }
    add('heapStart', 'JS heap at the start, after GC', round(memory.startBytes / MB, 2), 'MB');
  }
  return list;
}

/** Rows of cells as a Markdown table, its columns padded so it also reads in a terminal. */
function markdownTable(header, body) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join(
    '\n',
  );
}

function formatValue(row) {
  if (row.display) return row.display;
  if (row.value === null || row.value === undefined) return 'n/a';
  return row.unit ? `${row.value} ${row.unit}` : String(row.value);
}

function formatResult(row) {
  if (row.pass === null) return '';
  return row.pass ? 'pass' : '**FAIL**';
}

/** The one table: a Markdown table that reads in a terminal and pastes into the README. */
export function table(list, previous) {
  // The earlier run's own rows, as it wrote them; a run without them is read with today's rules.
  const earlierRows = previous ? (previous.budgets ?? rows(previous)) : null;
  const before = earlierRows ? new Map(earlierRows.map((row) => [row.id, row])) : null;
  const header = ['Measure', 'Value', 'Budget', 'Result'];
  if (before) header.splice(2, 0, `Before (${previous.meta?.commit ?? 'earlier run'})`);
  const body = list.map((row) => {
    const cells = [row.label, formatValue(row), row.budget ?? '', formatResult(row)];
    if (before) cells.splice(2, 0, before.has(row.id) ? formatValue(before.get(row.id)) : '');
    return cells;
  });
  return markdownTable(header, body);
}

/** The largest parts of the initial JS, as a Markdown table. */
export function compositionTable(parts, count) {
  const total = parts.reduce((sum, part) => sum + part.raw, 0);
  const header = ['Part', 'Minified', 'Share', 'Gzip alone'];
  const body = parts
    .slice(0, count)
    .map((part) => [
      part.group,
      `${round(part.raw / KB, 1)} KB`,
      `${round((part.raw / total) * 100, 1)} %`,
      `${round(part.gzip / KB, 1)} KB`,
    ]);
  return markdownTable(header, body);
}
