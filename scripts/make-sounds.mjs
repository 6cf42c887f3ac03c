#!/usr/bin/env node
// Makes the app's chimes from scratch, so anyone can make them again: `npm run sounds`.
//
// Every sound is a sum of decaying sine partials, written as an ffmpeg `aevalsrc` expression
// (no samples, no randomness, so the same ffmpeg makes the same files). Each one is
//   1. rendered to 32-bit float WAV with a 10 ms fade-in (no click) and a fade-out at the end,
//   2. measured (EBU R128 integrated loudness and true peak, ffmpeg's ebur128 filter),
//   3. turned up or down to TARGET_LUFS so every cue sounds equally loud,
//   4. encoded as WebM/Opus and MP3, each under 30 KB,
//   5. measured again from the encoded file; the script fails if a file strays from the target,
//      peaks too high or is too big.
// Output: public/sounds/<set>/<name>.{webm,mp3}. Needs ffmpeg with libopus and libmp3lame.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'sounds');
const SAMPLE_RATE = 48000;
const TARGET_LUFS = -20;
const LOUDNESS_TOLERANCE_LU = 1;
const MAX_TRUE_PEAK_DBTP = -1;
const MAX_BYTES = 30_000;
const FADE_IN_S = 0.01;

/**
 * A strike: partials (frequency ratio to `hz`, amplitude, decay per second) that start at `at`
 * seconds with a short attack, so even the onset of a later strike inside a file does not click.
 */
function strike({ hz, at = 0, gain = 1, attackPerS = 700, partials }) {
  const t = `(t-${at.toFixed(3)})`;
  const body = partials
    .map(
      ([ratio, amplitude, decayPerS]) =>
        `${amplitude.toFixed(4)}*exp(-${decayPerS}*${t})*sin(2*PI*${(hz * ratio).toFixed(3)}*${t})`,
    )
    .join('+');
  return `gte(${t},0)*${gain.toFixed(3)}*(1-exp(-${attackPerS}*${t}))*(${body})`;
}

// Partials of a struck metal bar (chime) and of a singing bowl, with slight detuning for the
// slow beating a real bowl has.
const CHIME_BAR = [
  [1, 1, 1.6],
  [2.76, 0.4, 3],
  [5.4, 0.15, 5],
  [8.93, 0.05, 8],
];
const BOWL = [
  [1, 1, 0.55],
  [1.004, 0.6, 0.5],
  [2.71, 0.45, 0.9],
  [2.716, 0.3, 0.85],
  [5.02, 0.2, 1.6],
  [7.98, 0.08, 2.6],
];
const WOOD = [
  [1, 1, 18],
  [2.57, 0.4, 30],
  [4.2, 0.15, 45],
];
// Soft tones: nearly pure, with a slower attack and a hint of harmonics.
const SOFT = (decayPerS) => [
  [1, 1, decayPerS],
  [2, 0.18, decayPerS * 1.6],
  [3, 0.05, decayPerS * 2.2],
];
const MARIMBA = [
  [1, 1, 14],
  [4, 0.3, 40],
];

// The same names and lengths in every set; the app maps cue kinds to these names.
const SOUNDS = {
  bells: {
    chime: { seconds: 2.6, strikes: [{ hz: 880, partials: CHIME_BAR }] },
    'double-chime': {
      seconds: 3.2,
      strikes: [
        { hz: 988, partials: CHIME_BAR },
        { hz: 784, at: 0.5, partials: CHIME_BAR },
      ],
    },
    bowl: { seconds: 6.5, strikes: [{ hz: 262, attackPerS: 250, partials: BOWL }] },
    knock: {
      seconds: 0.7,
      strikes: [
        { hz: 420, partials: WOOD },
        { hz: 420, at: 0.16, gain: 0.8, partials: WOOD },
      ],
    },
    reminder: {
      seconds: 1.9,
      strikes: [0, 0.35, 0.7].map((at, i) => ({
        hz: 587,
        at,
        gain: 1 - i * 0.18,
        partials: CHIME_BAR.slice(0, 2).map(([r, a, d]) => [r, a, d * 2]),
      })),
    },
  },
  softTones: {
    chime: { seconds: 2.6, strikes: [{ hz: 660, attackPerS: 60, partials: SOFT(2.2) }] },
    'double-chime': {
      seconds: 3.2,
      strikes: [
        { hz: 784, attackPerS: 60, partials: SOFT(2.4) },
        { hz: 659, at: 0.5, attackPerS: 60, partials: SOFT(2.2) },
      ],
    },
    bowl: {
      seconds: 6.5,
      strikes: [
        {
          hz: 220,
          attackPerS: 20,
          partials: [
            [1, 1, 0.6],
            [1.003, 0.5, 0.55],
            [1.5, 0.45, 0.7],
            [2, 0.15, 1.1],
          ],
        },
      ],
    },
    knock: {
      seconds: 0.7,
      strikes: [
        { hz: 523, attackPerS: 400, partials: MARIMBA },
        { hz: 523, at: 0.16, gain: 0.8, attackPerS: 400, partials: MARIMBA },
      ],
    },
    reminder: {
      seconds: 1.9,
      strikes: [0, 0.35, 0.7].map((at, i) => ({
        hz: 440,
        at,
        gain: 1 - i * 0.18,
        attackPerS: 80,
        partials: SOFT(5),
      })),
    },
  },
};

const FORMATS = {
  webm: ['-c:a', 'libopus', '-b:a', '20k', '-vbr', 'on', '-application', 'audio', '-f', 'webm'],
  mp3: ['-ar', '24000', '-c:a', 'libmp3lame', '-b:a', '32k', '-f', 'mp3'],
};
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

function ffmpeg(args) {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Integrated loudness (LUFS) and true peak (dBTP) of a file, from ffmpeg's ebur128 summary. */
function measure(file) {
  const run = spawnSync(
    'ffmpeg',
    ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`ffmpeg could not measure ${file}:\n${run.stderr}`);
  const summary = run.stderr.slice(run.stderr.lastIndexOf('Summary:'));
  const lufs = Number(/I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1]);
  const peak = Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  if (!Number.isFinite(lufs) || !Number.isFinite(peak)) {
    throw new Error(`No loudness measurement for ${file}:\n${summary}`);
  }
  return { lufs, peak };
}

function render(sound, wavFile) {
  const expr = sound.strikes.map(strike).join('+');
  const fadeOut = Math.min(0.4, sound.seconds / 3);
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `aevalsrc=exprs='${expr}':s=${SAMPLE_RATE}:d=${sound.seconds}:c=mono`,
    '-af',
    `afade=t=in:d=${FADE_IN_S},afade=t=out:st=${(sound.seconds - fadeOut).toFixed(3)}:d=${fadeOut.toFixed(3)}`,
    '-c:a',
    'pcm_f32le',
    wavFile,
  ]);
}

const work = mkdtempSync(join(tmpdir(), 'case-clinic-sounds-'));
const rows = [];
const problems = [];
try {
  for (const [setName, sounds] of Object.entries(SOUNDS)) {
    mkdirSync(join(OUT_DIR, setName), { recursive: true });
    for (const [name, sound] of Object.entries(sounds)) {
      const raw = join(work, `${setName}-${name}.wav`);
      render(sound, raw);
      const before = measure(raw);
      const gainDb = TARGET_LUFS - before.lufs;
      for (const [ext, codecArgs] of Object.entries(FORMATS)) {
        const file = join(OUT_DIR, setName, `${name}.${ext}`);
        ffmpeg([
          '-i',
          raw,
          '-af',
          `volume=${gainDb.toFixed(2)}dB`,
          '-ac',
          '1',
          ...codecArgs,
          ...BITEXACT,
          file,
        ]);
        const after = measure(file);
        const bytes = statSync(file).size;
        rows.push({ file: `${setName}/${name}.${ext}`, bytes, ...after, gainDb });
        const label = `${setName}/${name}.${ext}`;
        if (Math.abs(after.lufs - TARGET_LUFS) > LOUDNESS_TOLERANCE_LU) {
          problems.push(`${label}: ${after.lufs} LUFS, target ${TARGET_LUFS}`);
        }
        if (after.peak > MAX_TRUE_PEAK_DBTP) {
          problems.push(`${label}: true peak ${after.peak} dBTP above ${MAX_TRUE_PEAK_DBTP}`);
        }
        if (bytes >= MAX_BYTES) problems.push(`${label}: ${bytes} bytes, limit ${MAX_BYTES}`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `Target ${TARGET_LUFS} LUFS (EBU R128 integrated), true peak <= ${MAX_TRUE_PEAK_DBTP} dBTP`,
);
console.log('file                         bytes   LUFS   peak dBTP  gain dB');
for (const row of rows) {
  console.log(
    `${row.file.padEnd(27)} ${String(row.bytes).padStart(6)} ${row.lufs.toFixed(1).padStart(6)} ${row.peak
      .toFixed(1)
      .padStart(10)} ${row.gainDb.toFixed(1).padStart(8)}`,
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\n${rows.length} files written to public/sounds/`);
