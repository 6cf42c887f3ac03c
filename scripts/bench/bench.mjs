#!/usr/bin/env node
// npm run bench [-- --quick] [-- --no-build] [-- --only size,load,session,memory]
//               [-- --compare scripts/bench/results/latest.json] [-- --out file.json] [-- --strict]
//
// Builds the production app, then measures it in headless Chromium through Playwright and the
// Chrome DevTools Protocol: size, load, tick cost, drift and memory. Prints one table with each
// figure beside its budget and writes every figure as JSON, so two commits can be compared.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { measureLoad } from './load.mjs';
import { measureMemory, measureReferenceHeap } from './memory.mjs';
import { compositionTable, rows, table } from './report.mjs';
import { measureSession } from './session.mjs';
import { measureComposition } from './composition.mjs';
import { initialFiles, measureSize } from './size.mjs';
import { serveStatic } from './server.mjs';
import { round } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const SECTIONS = ['size', 'load', 'session', 'memory'];
const INITIAL_JS_BUDGET_BYTES = 110 * 1000;

function parseArgs(argv) {
  const options = {
    why: false,
    quick: false,
    build: true,
    only: SECTIONS,
    compare: null,
    out: null,
    strict: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--why') options.why = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--compare') options.compare = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--dist') options.dist = value();
    else if (arg === '--show') options.show = value();
    else if (arg === '--only') {
      options.only = value().split(',');
      const unknown = options.only.filter((name) => !SECTIONS.includes(name));
      if (unknown.length) throw new Error(`--only takes ${SECTIONS.join(',')}; not ${unknown}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(readUsage());
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (see --help)`);
  }
  return options;
}

function readUsage() {
  return [
    'npm run bench [-- options]',
    "  --quick          shorter runs for development (not the issue's durations)",
    '  --no-build       measure the last bench build again instead of building',
    '  --dist <dir>     measure this built directory (implies --no-build)',
    '  --only <list>    some of: size,load,session,memory',
    '  --why            attribute the initial JS to packages and app folders (source maps);',
    '                   done anyway when the initial JS is over its budget',
    '  --compare <json> add a column with the figures of an earlier run',
    '  --out <json>     where to write the figures (default: scripts/bench/results/latest.json',
    '                   for a full run of every section, else a file in the system temp folder)',
    '  --strict         exit with status 1 when a budget does not hold',
    '  --show <json>    print the table of an earlier run and measure nothing',
  ].join('\n');
}

const FULL = {
  loadRuns: 7,
  tickSeconds: 60,
  stallMs: 5000,
  freezeSeconds: 30,
  hiddenSeconds: 60,
  memoryMinutes: 180,
};
const QUICK = {
  loadRuns: 3,
  tickSeconds: 15,
  stallMs: 5000,
  freezeSeconds: 5,
  hiddenSeconds: 5,
  memoryMinutes: 180,
};

/** The figures as JSON, formatted as the project's Prettier would (the file is committed). */
async function formatJson(value, file) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...config, parser: 'json' });
  } catch {
    return text;
  }
}

function log(message) {
  console.log(message);
}

function machineLoad() {
  return loadavg().map((value) => round(value, 2));
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Builds and measures reference/ (see memory.mjs): what a React commit per second costs. */
async function referenceHeap(browser, minutes) {
  const outDir = join(tmpdir(), 'case-clinic-timer-bench-reference');
  const result = spawnSync(
    'npx',
    ['vite', 'build', join(here, 'reference'), '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) throw new Error(`vite build of the yardstick failed:\n${result.stderr}`);
  const server = await serveStatic(outDir);
  try {
    return await measureReferenceHeap(browser, server.url, { minutes });
  } finally {
    await server.close();
  }
}

function build(outDir) {
  log(`Building the production app (npm run build) into ${outDir} ...`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('npm run build failed: the benchmark measures a production build only');
  }
  log(`  built in ${round((Date.now() - started) / 1000)} s`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.show) {
    const earlier = JSON.parse(await readFile(resolve(options.show), 'utf8'));
    const { meta } = earlier;
    log(table(earlier.budgets ?? rows(earlier), null));
    log('');
    log(
      `${meta.mode} run of ${meta.date}, commit ${meta.commit}` +
        `${meta.uncommittedChanges ? ` + ${meta.uncommittedChanges} uncommitted changes in the app` : ''}, ` +
        `Chromium ${meta.chromium}, Node ${meta.node}, ${meta.cpus} CPUs, ` +
        `load average ${meta.loadAverage.start.join(' ')} -> ${meta.loadAverage.end.join(' ')}.`,
    );
    return;
  }
  const plan = options.quick ? QUICK : FULL;
  const distDir = options.dist
    ? resolve(options.dist)
    : join(tmpdir(), 'case-clinic-timer-bench-dist');
  // Only a full run of every section replaces the committed figures.
  const complete = !options.quick && options.only.length === SECTIONS.length;
  const outFile = options.out
    ? resolve(options.out)
    : complete
      ? join(here, 'results', 'latest.json')
      : join(tmpdir(), 'case-clinic-timer-bench-partial.json');
  const startedAt = new Date();
  const loadAtStart = machineLoad();
  log(
    `Case Clinic Timer benchmark (${options.quick ? 'quick' : 'full'} run), load average ${loadAtStart.join(' ')}`,
  );

  if (options.build && !options.dist) build(distDir);
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`no build in ${distDir}: run without --no-build first`);
  }

  const results = {};
  const sectionLoad = {};
  if (options.only.includes('size')) {
    results.size = await measureSize(distDir);
    log(`  size: initial JS ${round(results.size.initial.js.gzip / 1000)} KB gzip`);
    if (options.why || results.size.initial.js.gzip > INITIAL_JS_BUDGET_BYTES) {
      log('  attributing the initial JS (a second build, with source maps) ...');
      results.size.initialComposition = await measureComposition(
        root,
        join(tmpdir(), 'case-clinic-timer-bench-sourcemap'),
        initialFiles,
      );
    }
  }

  const needsBrowser = ['load', 'session', 'memory'].some((name) => options.only.includes(name));
  let browserVersion = null;
  if (needsBrowser) {
    const server = await serveStatic(distDir);
    const browser = await launchBrowser();
    browserVersion = browser.version();
    try {
      if (options.only.includes('load')) {
        log(`Load (${plan.loadRuns} runs each) ...`);
        sectionLoad.load = machineLoad();
        const initialScripts = (await initialFiles(distDir))
          .filter((name) => name.endsWith('.js'))
          .map((name) => `/${name}`);
        results.load = await measureLoad(browser, server.url, {
          runs: plan.loadRuns,
          initialScripts,
          log,
        });
      }
      if (options.only.includes('session')) {
        log(
          `Session: tick ${plan.tickSeconds} s, stall ${plan.stallMs / 1000} s, freeze ` +
            `${plan.freezeSeconds} s, hidden ${plan.hiddenSeconds} s ...`,
        );
        sectionLoad.session = machineLoad();
        results.session = await measureSession(browser, server.url, { ...plan, log });
      }
      if (options.only.includes('memory')) {
        log(`Memory: ${plan.memoryMinutes} simulated minutes ...`);
        sectionLoad.memory = machineLoad();
        results.memory = await measureMemory(browser, server.url, {
          minutes: plan.memoryMinutes,
          log,
        });
        // The same clinic with V8's compilers off: what the page itself keeps, without the
        // machine code V8 makes for the functions that run every second.
        log('Memory again, V8 without its compilers (--jitless) ...');
        const jitless = await launchBrowser({ jsFlags: '--jitless' });
        try {
          results.memory.jitless = await measureMemory(jitless, server.url, {
            minutes: plan.memoryMinutes,
            log,
          });
        } finally {
          await jitless.close();
        }
        log('Memory of the yardstick: React and one countdown, nothing else ...');
        results.memory.reference = await referenceHeap(browser, plan.memoryMinutes);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }

  const list = rows(results);
  const meta = {
    date: startedAt.toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: (git(['status', '--porcelain', '--', 'src', 'index.html', 'public']) ?? '')
      .split('\n')
      .filter(Boolean).length,
    mode: options.quick ? 'quick' : 'full',
    plan,
    node: process.version,
    chromium: browserVersion,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryBytes: totalmem(),
    loadAverage: { start: loadAtStart, perSection: sectionLoad, end: machineLoad() },
    seconds: round((Date.now() - startedAt.getTime()) / 1000),
    units: { KB: 1000, MB: 1000 * 1000 },
  };
  const budgets = list.filter((row) => row.pass !== null);
  const failed = budgets.filter((row) => !row.pass);
  const output = { meta, budgets: list, ...results };

  let previous = null;
  if (options.compare) previous = JSON.parse(await readFile(resolve(options.compare), 'utf8'));

  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, await formatJson(output, outFile));

  log('');
  log(table(list, previous));
  log('');
  if (results.size?.initialComposition) {
    log('What the initial JS is made of (minified bytes before compression, then gzip alone):');
    log(compositionTable(results.size.initialComposition.byFolder, 12));
    log('');
  }
  log(
    `${budgets.length - failed.length} of ${budgets.length} budgets hold. ` +
      `Commit ${meta.commit}${meta.uncommittedChanges ? ` + ${meta.uncommittedChanges} uncommitted changes in the app` : ''}, ` +
      `${meta.cpus} CPUs, load average ${meta.loadAverage.start.join(' ')} -> ${meta.loadAverage.end.join(' ')}, ` +
      `${meta.seconds} s.`,
  );
  log(`Figures written to ${relative(process.cwd(), outFile) || outFile}`);
  if (options.strict && failed.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
