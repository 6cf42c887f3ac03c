import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What makes the initial JS heavy: a production build with source maps (into its own folder),
// each byte of the first-loaded chunks attributed to the source it came from, grouped by npm
// package or by app folder. Gzip per group is the gzip of that group's bytes on their own, so
// the groups add up to a little more than the chunk's gzip.

// Code without a source map: inlined JSON (the English strings) and the bundler's glue.
export const UNMAPPED = '(no source map: inlined JSON, bundler glue)';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment of a source map's "mappings" (Base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For each generated line: [column, sourceIndex] pairs (sourceIndex -1 where unmapped). */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = decodeSegment(segment);
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        segments.push([column, source]);
      } else segments.push([column, -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** npm package name, or the app file (src/...), a source-map source belongs to. */
export function groupOf(source) {
  const path = source.replace(/\\/g, '/');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = path.lastIndexOf('src/');
  if (src >= 0) return path.slice(src);
  return path.replace(/^(\.\.\/)+/, '');
}

/** A file's folder (src/features/takeaway/, src/clinic/), or the package itself. */
export function folderOf(group) {
  if (!group.startsWith('src/')) return group;
  const parts = group.split('/');
  return `${parts.slice(0, Math.min(3, parts.length - 1)).join('/')}/`;
}

/** Bytes of `code` per group of the sources its map points to. */
export function attribute(code, map) {
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  const pieces = new Map();
  const add = (group, text) => {
    if (!text) return;
    if (!pieces.has(group)) pieces.set(group, []);
    pieces.get(group).push(text);
  };
  lines.forEach((line, lineIndex) => {
    const segments = mapped[lineIndex] ?? [];
    if (segments.length === 0) {
      add(UNMAPPED, line);
      return;
    }
    add(UNMAPPED, line.slice(0, segments[0][0]));
    segments.forEach(([column, source], index) => {
      const end = index + 1 < segments.length ? segments[index + 1][0] : line.length;
      const group = source >= 0 ? groupOf(map.sources[source] ?? '?') : UNMAPPED;
      add(group, line.slice(column, end));
    });
  });
  return [...pieces.entries()]
    .map(([group, texts]) => {
      const text = texts.join('');
      return {
        group,
        raw: Buffer.byteLength(text),
        gzip: gzipSync(Buffer.from(text), { level: 9 }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

function rollUp(parts, keyOf) {
  const totals = new Map();
  for (const part of parts) {
    const key = keyOf(part.group);
    const total = totals.get(key) ?? { group: key, raw: 0, gzip: 0 };
    total.raw += part.raw;
    total.gzip += part.gzip;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => b.raw - a.raw);
}

/**
 * Builds with source maps into `outDir` and attributes the chunks the first load fetches (found
 * the same way as for the size figures) to packages, app folders and app files.
 */
export async function measureComposition(root, outDir, findInitialChunks) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--sourcemap', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`vite build --sourcemap failed:\n${result.stderr}`);
  const chunks = (await findInitialChunks(outDir)).filter((name) => name.endsWith('.js'));
  const parts = [];
  for (const name of chunks) {
    const code = await readFile(join(outDir, name), 'utf8');
    const mapText = await readFile(join(outDir, `${name}.map`), 'utf8').catch(() => null);
    if (mapText === null) {
      parts.push({
        group: UNMAPPED,
        raw: Buffer.byteLength(code),
        gzip: gzipSync(Buffer.from(code), { level: 9 }).length,
      });
    } else parts.push(...attribute(code, JSON.parse(mapText)));
  }
  return {
    chunks,
    note: 'gzip of each group on its own, so the groups add up to more than the chunks',
    byFolder: rollUp(parts, folderOf),
    byFile: rollUp(parts, (group) => group),
  };
}
