#!/usr/bin/env node
// Measures the app's chimes and writes the gain that brings each one to the same loudness:
// `npm run sounds`. Needs ffmpeg (its ebur128 and aevalsrc filters), e.g. `apt-get install ffmpeg`.
//
// The app renders its chimes on the device from the recipes in src/sound/sound-recipes.ts
// (src/sound/chime-synth.ts); this script loads those same TypeScript modules through Vite's
// module runner, so there is one copy of the recipes and of the synthesiser. For every sound it
//   1. renders the recipe at its own level and measures it (EBU R128 integrated loudness and
//      true peak, ffmpeg's ebur128 filter),
//   2. takes the gain that brings it to TARGET_LUFS,
//   3. renders the very WAV file the app plays (16-bit, at that gain) and measures it again: the
//      script fails if a sound strays from the target by over LOUDNESS_TOLERANCE_LU or its true
//      peak reaches MAX_TRUE_PEAK_DBTP,
//   4. renders the recipe once more through ffmpeg's aevalsrc, from the closed-form expression,
//      and fails if the synthesiser's samples differ from it by over MAX_SYNTH_DIFFERENCE,
// then writes the gains, with a fingerprint of the rendering each was measured on, to
// src/sound/sound-gains.ts (committed). The tests compare those fingerprints with the recipes,
// so a recipe changed without running this script again fails `npm test`.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { runnerImport } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GAINS_FILE = join(ROOT, 'src', 'sound', 'sound-gains.ts');
const TARGET_LUFS = -20;
// ffmpeg reports the loudness to 0.001 LU; the gain is kept to 0.01 dB.
const LOUDNESS_TOLERANCE_LU = 0.05;
const MAX_TRUE_PEAK_DBTP = -1;
const MAX_SYNTH_DIFFERENCE = 1e-9;

const load = async (file) => (await runnerImport(join(ROOT, file))).module;
const [{ SOUND_RECIPES, topPartialHz }, synth, { encodeWav }] = await Promise.all([
  load('src/sound/sound-recipes.ts'),
  load('src/sound/chime-synth.ts'),
  load('src/sound/wav.ts'),
]);
const RATE = synth.SAMPLE_RATE;

function ffmpeg(args, input) {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostats', ...args], {
    input,
    maxBuffer: 1 << 28,
  });
  if (run.error) throw new Error(`ffmpeg could not run (${run.error.message}): is it installed?`);
  if (run.status !== 0) throw new Error(`ffmpeg failed:\n${run.stderr.toString()}`);
  return run;
}

/** Raw 64-bit float samples, as ffmpeg reads them from its standard input. */
const rawInput = (samples) => [
  ['-f', 'f64le', '-ar', String(RATE), '-ac', '1', '-i', 'pipe:0'],
  Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength),
];

/**
 * Integrated loudness (LUFS) and true peak (dBTP), from the ebur128 filter's frame metadata,
 * which carries three decimals where its printed summary has one. The last frame holds the
 * figures of the whole sound; the summary is read too, as a check on that.
 */
function measure([inputArgs, input]) {
  const { stdout, stderr } = ffmpeg(
    [
      ...inputArgs,
      ...['-af', 'ebur128=peak=true:metadata=1,ametadata=mode=print:file=-', '-f', 'null', '-'],
    ],
    input,
  );
  const last = (key) => Number([...stdout.toString().matchAll(key)].at(-1)?.[1]);
  const lufs = last(/lavfi\.r128\.I=(-?[\d.]+)/g);
  const peak = 20 * Math.log10(last(/lavfi\.r128\.true_peak=([\d.]+)/g));
  const summary = stderr.toString().slice(stderr.lastIndexOf('Summary:'));
  const summaryLufs = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  if (!Number.isFinite(lufs) || !Number.isFinite(peak) || Math.abs(lufs - summaryLufs) > 0.051) {
    throw new Error(`No usable loudness measurement (${lufs} vs ${summaryLufs}):\n${summary}`);
  }
  return { lufs, peak };
}

/** The recipe as the closed-form expression ffmpeg's aevalsrc evaluates sample by sample. */
function expression(recipe) {
  return recipe.strikes
    .map(({ hz, at = 0, gain = 1, attackPerS = 700, partials }) => {
      const t = `(t-${at})`;
      const body = partials
        .map(([ratio, amp, decay]) => `${amp}*exp(-${decay}*${t})*sin(2*PI*${hz * ratio}*${t})`)
        .join('+');
      return `gte(${t},0)*${gain}*(1-exp(-${attackPerS}*${t}))*(${body})`;
    })
    .join('+');
}

/** Largest difference between the synthesiser's samples and ffmpeg's rendering of the formula. */
function differenceFromFfmpeg(recipe, samples) {
  const fadeOut = Math.min(0.4, recipe.seconds / 3);
  const { stdout } = ffmpeg([
    ...[
      '-f',
      'lavfi',
      '-i',
      `aevalsrc=exprs='${expression(recipe)}':s=${RATE}:d=${recipe.seconds}`,
    ],
    '-af',
    `afade=t=in:d=0.01,afade=t=out:st=${recipe.seconds - fadeOut}:d=${fadeOut}`,
    ...['-c:a', 'pcm_f64le', '-f', 'f64le', '-'],
  ]);
  const reference = new Float64Array(stdout.buffer, stdout.byteOffset, stdout.byteLength / 8);
  if (reference.length !== samples.length) return Infinity;
  return samples.reduce((worst, x, i) => Math.max(worst, Math.abs(x - reference[i])), 0);
}

/** Signal-to-noise ratio of the 16-bit file against the exact samples at the same gain. */
function quantisationSnrDb(samples, pcm, gainDb) {
  const scale = 10 ** (gainDb / 20);
  let signal = 0;
  let noise = 0;
  samples.forEach((x, i) => {
    signal += (x * scale) ** 2;
    noise += (pcm[i] / 32767 - x * scale) ** 2;
  });
  return 10 * Math.log10(signal / noise);
}

const rows = [];
const problems = [];
const gains = {};
for (const [setName, recipes] of Object.entries(SOUND_RECIPES)) {
  gains[setName] = {};
  for (const [name, recipe] of Object.entries(recipes)) {
    const label = `${setName}/${name}`;
    const samples = synth.renderRecipe(recipe);
    const before = measure(rawInput(samples));
    const gainDb = Math.round((TARGET_LUFS - before.lufs) * 100) / 100;
    const pcm = synth.toPcm16(samples, gainDb);
    const wav = encodeWav(pcm, RATE);
    const after = measure([['-f', 'wav', '-i', 'pipe:0'], Buffer.from(wav)]);
    const difference = differenceFromFfmpeg(recipe, samples);
    gains[setName][name] = { gainDb, fingerprint: synth.fingerprint(samples) };
    rows.push({
      label,
      ...{ seconds: recipe.seconds, topHz: topPartialHz(recipe), gainDb, difference },
      ...{ lufs: after.lufs, peak: after.peak, bytes: wav.length },
      snrDb: quantisationSnrDb(samples, pcm, gainDb),
    });
    if (Math.abs(after.lufs - TARGET_LUFS) > LOUDNESS_TOLERANCE_LU) {
      problems.push(`${label}: ${after.lufs} LUFS, target ${TARGET_LUFS}`);
    }
    if (after.peak >= MAX_TRUE_PEAK_DBTP) {
      problems.push(
        `${label}: true peak ${after.peak.toFixed(2)} dBTP, limit ${MAX_TRUE_PEAK_DBTP}`,
      );
    }
    if (!(difference <= MAX_SYNTH_DIFFERENCE)) {
      problems.push(`${label}: differs from ffmpeg's rendering by ${difference}`);
    }
  }
}

console.log(
  `${RATE / 1000} kHz, 16-bit mono WAV; target ${TARGET_LUFS} LUFS (EBU R128 integrated), ` +
    `true peak below ${MAX_TRUE_PEAK_DBTP} dBTP`,
);
console.log(
  'sound                   seconds  top Hz  gain dB    LUFS  peak dBTP  WAV bytes  SNR dB  vs ffmpeg',
);
for (const row of rows) {
  console.log(
    [
      row.label.padEnd(22),
      row.seconds.toFixed(1).padStart(8),
      row.topHz.toFixed(0).padStart(7),
      row.gainDb.toFixed(2).padStart(8),
      row.lufs.toFixed(2).padStart(7),
      row.peak.toFixed(2).padStart(10),
      String(row.bytes).padStart(10),
      row.snrDb.toFixed(1).padStart(7),
      row.difference.toExponential(1).padStart(10),
    ].join(' '),
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s), ${GAINS_FILE} left as it was:`);
  console.error(problems.join('\n'));
  process.exit(1);
}

const source = `// Written by \`npm run sounds\` (scripts/make-sounds.mjs); do not edit by hand.
// The gain that brings each sound to ${TARGET_LUFS} LUFS (EBU R128, ffmpeg's ebur128 filter), and the
// fingerprint of the rendering it was measured on (chime-synth.ts), which the tests check.

import type { SoundSet } from '../store/settings-store';
import type { SoundName } from './cue-sounds';

export interface SoundGain {
  gainDb: number;
  fingerprint: string;
}

export const SOUND_GAINS: Readonly<Record<SoundSet, Readonly<Record<SoundName, SoundGain>>>> =
  ${JSON.stringify(gains)};
`;
const options = { ...(await prettier.resolveConfig(GAINS_FILE)), filepath: GAINS_FILE };
writeFileSync(GAINS_FILE, await prettier.format(source, options));
console.log(`\n${rows.length} gains written to src/sound/sound-gains.ts`);
