// Lighthouse 12 against the production build, served by `vite preview`, in headless Chromium.
// Prints performance, accessibility, best practices and SEO for a mobile and a desktop run, and
// Chromium's own installability verdict (Lighthouse 12 no longer has a PWA category, so that
// comes from the DevTools protocol: Page.getInstallabilityErrors in a real, non-incognito profile).
//
//   npm run lighthouse               builds, serves on 127.0.0.1:4319, measures
//   npm run lighthouse -- --no-build measures the dist/ that is already there
//   npm run lighthouse -- --runs=5   runs each preset 5 times (default 3) and reports the run
//                                    with the median performance score, as Lighthouse advises
//
// Writes the figures to artifacts/lighthouse.json. Not part of `npm test`: scores depend on the
// machine's load. The browser is the one the tests use (scripts/chromium.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';
import { preview } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4319;
const URL_UNDER_TEST = `http://127.0.0.1:${PORT}/`;
const CHROME_PATH = systemChromium() ?? chromium.executablePath();
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

/** How many times each preset runs; the run with the median performance score is reported. */
const RUNS = Number(
  /^--runs=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 3,
);

function medianRun(attempts) {
  const sorted = [...attempts].sort((a, b) => a.scores.performance - b.scores.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...median, performanceRuns: attempts.map((attempt) => attempt.scores.performance) };
}

async function runLighthouse(port, formFactor) {
  const result = await lighthouse(
    URL_UNDER_TEST,
    { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  );
  // What cost points, so a score below 100 can be acted on.
  const failing = Object.values(lhr.audits)
    .filter(
      (audit) =>
        audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
    )
    .filter(
      (audit) => audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable',
    )
    .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)})`);
  const metrics = {
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
  return { formFactor, scores, metrics, failing, lighthouseVersion: lhr.lighthouseVersion };
}

async function installability(port) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(URL_UNDER_TEST);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    const manifest = await session.send('Page.getAppManifest');
    // After a reload the service worker serves the page: the offline-capable check.
    await page.reload();
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    await page.close();
    return {
      installable: installabilityErrors.length === 0,
      installabilityErrors: installabilityErrors.map((error) => error.errorId),
      manifestErrors: (manifest.errors ?? []).map((error) => error.message),
      serviceWorkerControlsPage: controlled,
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

function table(runs, install) {
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  row(['category', ...runs.map((run) => run.formFactor), 'budget']);
  row(['---', ...runs.map(() => '---:'), '---:']);
  for (const id of CATEGORIES) {
    row([id, ...runs.map((run) => String(run.scores[id])), String(BUDGETS[id] ?? '-')]);
  }
  row(['FCP ms', ...runs.map((run) => String(run.metrics.fcpMs)), '-']);
  row(['LCP ms', ...runs.map((run) => String(run.metrics.lcpMs)), '-']);
  row(['TBT ms', ...runs.map((run) => String(run.metrics.tbtMs)), '-']);
  row(['CLS', ...runs.map((run) => run.metrics.cls.toFixed(3)), '-']);
  row(['performance, every run', ...runs.map((run) => run.performanceRuns.join(' ')), '-']);
  lines.push('');
  lines.push(
    `installable: ${install.installable ? 'yes' : 'no'}` +
      (install.installabilityErrors.length ? ` (${install.installabilityErrors.join(', ')})` : '') +
      `; manifest errors: ${install.manifestErrors.length}` +
      `; service worker controls the page: ${install.serviceWorkerControlsPage ? 'yes' : 'no'}`,
  );
  for (const run of runs) {
    if (run.failing.length)
      lines.push(`${run.formFactor}, audits below 100: ${run.failing.join(', ')}`);
  }
  return lines.join('\n');
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  // The production preview, in this process, so it ends with the script.
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    const runs = [];
    for (const formFactor of ['mobile', 'desktop']) {
      const attempts = [];
      for (let run = 0; run < RUNS; run += 1) {
        attempts.push(await runLighthouse(chrome.port, formFactor));
      }
      runs.push(medianRun(attempts));
    }
    const install = await installability(chrome.port);
    const report = { measuredAt: new Date().toISOString(), url: URL_UNDER_TEST, runs, install };
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    writeFileSync(
      join(ROOT, 'artifacts', 'lighthouse.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    console.log(`Lighthouse ${runs[0]?.lighthouseVersion} on ${URL_UNDER_TEST}\n`);
    console.log(table(runs, install));
    console.log('\nWritten to artifacts/lighthouse.json');
  } finally {
    await chrome?.kill();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
