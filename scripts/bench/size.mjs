import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Size of the production build: every file raw, gzip -9 and brotli -11, grouped by what loads
// first (what index.html pulls in), what loads later, sound files, fonts and the rest.
// 1 KB = 1000 B. The app ships no sound file: it makes its chimes on the device, from code in a
// lazy chunk (counted with the lazy JS); any sound file a build did ship would count in full.

const SOUND = /\.(webm|ogg|mp3|wav|m4a)$/;
const FONT = /\.(woff2?|ttf|otf)$/;
const SERVICE_WORKER = /^(sw\.js|workbox-[\w-]+\.js|registerSW\.js)$/;

async function listFiles(root) {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(root, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    );
}

function measure(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Files index.html loads by itself: module scripts, modulepreloads, stylesheets. */
export function referencedByHtml(html) {
  const found = new Set();
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    const isScript = tag.startsWith('<script');
    const rel = /\brel=["']?([\w-]+)/.exec(tag)?.[1];
    if (!isScript && rel !== 'modulepreload' && rel !== 'stylesheet') continue;
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if (url && !/^(https?:|data:)/.test(url)) found.add(url.replace(/^\.?\//, ''));
  }
  return found;
}

/** Chunks a module imports statically (import "./x.js" / import {a} from "./x.js"), not import(). */
export function staticImports(code, fromFile) {
  const base = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const found = new Set();
  const pattern = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) {
    const parts = (base + match[1]).split('/');
    const out = [];
    for (const part of parts) {
      if (part === '.' || part === '') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    found.add(out.join('/'));
  }
  return found;
}

function sum(files, key) {
  return files.reduce((total, file) => total + file[key], 0);
}

function group(files) {
  return {
    files: files.length,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    brotli: sum(files, 'brotli'),
  };
}

/** What the first page load fetches before anything runs: index.html's references and their
 * static imports, recursively. */
export async function initialFiles(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const initial = new Set();
  const queue = [...referencedByHtml(html)];
  while (queue.length > 0) {
    const name = queue.shift();
    if (initial.has(name)) continue;
    const code = await readFile(join(distDir, name), 'utf8').catch(() => null);
    if (code === null) continue;
    initial.add(name);
    if (name.endsWith('.js')) queue.push(...staticImports(code, name));
  }
  return [...initial];
}

export async function measureSize(distDir) {
  const names = await listFiles(distDir);
  const files = [];
  for (const name of names) {
    const buffer = await readFile(join(distDir, name));
    files.push({ name, ...measure(buffer) });
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  const initial = new Set(await initialFiles(distDir));

  const isCode = (file) => /\.(js|css)$/.test(file.name) && !SERVICE_WORKER.test(file.name);
  const initialJs = files.filter((f) => initial.has(f.name) && f.name.endsWith('.js'));
  const initialCss = files.filter((f) => initial.has(f.name) && f.name.endsWith('.css'));
  const lazyJs = files.filter((f) => isCode(f) && !initial.has(f.name) && f.name.endsWith('.js'));
  const lazyCss = files.filter((f) => isCode(f) && !initial.has(f.name) && f.name.endsWith('.css'));
  const sounds = files.filter((f) => SOUND.test(f.name));
  const fonts = files.filter((f) => FONT.test(f.name));
  const serviceWorker = files.filter((f) => SERVICE_WORKER.test(f.name));
  const htmlFile = files.filter((f) => f.name === 'index.html');

  const offlineNeeded = [
    ...htmlFile,
    ...initialJs,
    ...initialCss,
    ...lazyJs,
    ...lazyCss,
    ...fonts,
    ...sounds,
    ...serviceWorker,
  ];

  // What the service worker actually stores: its precache manifest.
  let precacheNames = [];
  const swFile = byName.get('sw.js');
  if (swFile) {
    const sw = await readFile(join(distDir, 'sw.js'), 'utf8');
    precacheNames = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1].replace(/^\.?\//, ''));
  }
  const precache = precacheNames.map((name) => byName.get(name)).filter(Boolean);

  return {
    kilobyte: 1000,
    initial: {
      js: group(initialJs),
      css: group(initialCss),
      files: [...initial],
    },
    lazy: {
      js: group(lazyJs),
      css: group(lazyCss),
      files: [...lazyJs, ...lazyCss].map((f) => f.name),
    },
    sounds: group(sounds),
    fonts: group(fonts),
    serviceWorker: group(serviceWorker),
    offlineNeeded: {
      ...group(offlineNeeded),
      note:
        'index.html, all JS and CSS (the chimes are made on the device by code in a lazy chunk), ' +
        'the service worker, fonts and any sound file (none ships)',
    },
    precache: { ...group(precache), entries: precacheNames.length },
    files: files.sort((a, b) => b.gzip - a.gzip),
  };
}
