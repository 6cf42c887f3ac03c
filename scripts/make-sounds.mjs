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
//      peaks too high or is too big,
//   6. decoded back and compared with the loudness-normalised source (see `quality`); the script
//      fails if the coding noise is too loud, so nobody can squeeze the files into mush.
//
// WebM/Opus is what the app plays (and what counts against the size budget). It is encoded
// CELT-only (`-application lowdelay`): at these bitrates libopus's default mode codes the first
// 0.4 s of every strike with its speech coder (SILK/hybrid), which smears noise up to 8 kHz over
// the attack; at 12 kbps it would code whole sounds that way. Each file is band-limited just
// above its highest partial (OPUS_BANDWIDTHS_HZ), and Opus packets carry 120 ms, which saves
// container overhead without changing the audio.
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
// Coding-quality floors (see `quality`), from measurements of the WebM files (worst file):
//   20 kbps, default mode (the files until Nov 2026):  SNR 16.7 dB, band SNR 4.0 dB
//   16 kbps CELT-only, 12 kHz, 120 ms packets:         SNR 13.7 dB, band SNR 2.2 dB
//   12 kbps CELT-only, 120 ms packets, every file:     SNR 12.6 dB, band SNR 0.2 dB
//   10 kbps CELT-only, 12 kHz, 120 ms packets:         SNR 12.1 dB, band SNR -0.7 dB
//   12 kbps default mode (speech coder, SILK/hybrid):  SNR 12.6 dB, band SNR -4.2 dB
//   12-20 kbps CELT-only per file (these files):       SNR 13.8 dB, band SNR 3.5 dB
// The MP3s (32 kbps) measure 25-26 dB and 22-26 dB.
// Each WebM file gets the lowest bitrate of OPUS_KBPS_STEPS that keeps its band SNR at
// TARGET_BAND_SNR_DB, near the worst of the 20 kbps files: most sounds keep to 12 kbps, the few
// that code worst (the bell chime, the knocks) get more.
const MIN_SNR_DB = 12;
const TARGET_BAND_SNR_DB = 3;
const MIN_BAND_SNR_DB = TARGET_BAND_SNR_DB;
const OPUS_KBPS_STEPS = [12, 14, 16, 20, 24];
// Opus audio bandwidths (libopus `-cutoff`): the smallest one that keeps the highest partial
// of a sound, with 15 % headroom, is used for it.
const OPUS_BANDWIDTHS_HZ = [8000, 12000, 20000];

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

/** Highest partial frequency of a sound (Hz). */
function topPartialHz(sound) {
  return Math.max(...sound.strikes.flatMap((s) => s.partials.map(([ratio]) => s.hz * ratio)));
}

/** The smallest Opus bandwidth above the sound's highest partial, with 15 % headroom. */
function opusCutoffHz(sound) {
  const needed = topPartialHz(sound) * 1.15;
  return OPUS_BANDWIDTHS_HZ.find((hz) => hz >= needed) ?? OPUS_BANDWIDTHS_HZ.at(-1);
}

const FORMATS = {
  webm: (sound, kbps) => [
    ...['-c:a', 'libopus', '-b:a', `${kbps}k`, '-vbr', 'on', '-application', 'lowdelay'],
    ...['-frame_duration', '120', '-cutoff', String(opusCutoffHz(sound)), '-f', 'webm'],
  ],
  mp3: () => ['-ar', '24000', '-c:a', 'libmp3lame', '-b:a', '32k', '-f', 'mp3'],
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

/** Mono 48 kHz float samples of a file (or of a file through an ffmpeg audio filter). */
function decode(file, filter) {
  const out = execFileSync(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-i', file, ...(filter ? ['-af', filter] : [])],
      ...['-ac', '1', '-ar', String(SAMPLE_RATE), '-c:a', 'pcm_f32le', '-f', 'f32le', '-'],
    ],
    { maxBuffer: 1 << 28 },
  );
  return new Float32Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.length));
}

/** In-place radix-2 FFT of (re, im); the length is a power of two. */
function fft(re, im) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    for (let k = 0; k < len / 2; k++) {
      const wr = Math.cos(angle * k);
      const wi = Math.sin(angle * k);
      for (let i = k; i < n; i += len) {
        const j = i + len / 2;
        const tr = re[j] * wr - im[j] * wi;
        const ti = re[j] * wi + im[j] * wr;
        re[j] = re[i] - tr;
        im[j] = im[i] - ti;
        re[i] += tr;
        im[i] += ti;
      }
    }
  }
}

const FRAME = 1024; // about 21 ms
// Third-octave bands from 100 Hz up; everything below 100 Hz is one band.
const BAND_EDGES_HZ = [0];
for (let i = 0; 100 * 2 ** (i / 3) < SAMPLE_RATE / 2; i++) BAND_EDGES_HZ.push(100 * 2 ** (i / 3));
BAND_EDGES_HZ.push(SAMPLE_RATE / 2 + 1);

/** Energy per third-octave band of each Hann-windowed frame (hop FRAME/2): [frame][band]. */
function bandEnergies(samples) {
  const window = Float64Array.from(
    { length: FRAME },
    (_, i) => Math.sin((Math.PI * i) / FRAME) ** 2,
  );
  const bandOf = Array.from({ length: FRAME / 2 + 1 }, (_, bin) => {
    const hz = (bin * SAMPLE_RATE) / FRAME;
    return BAND_EDGES_HZ.findIndex((edge, b) => hz >= edge && hz < BAND_EDGES_HZ[b + 1]);
  });
  const frames = [];
  for (let start = 0; start + FRAME <= samples.length; start += FRAME / 2) {
    const re = new Float64Array(FRAME);
    const im = new Float64Array(FRAME);
    for (let i = 0; i < FRAME; i++) re[i] = samples[start + i] * window[i];
    fft(re, im);
    const bands = new Float64Array(BAND_EDGES_HZ.length - 1);
    for (let bin = 0; bin <= FRAME / 2; bin++) bands[bandOf[bin]] += re[bin] ** 2 + im[bin] ** 2;
    frames.push(bands);
  }
  return frames;
}

const dB = (ratio) => 10 * Math.log10(ratio);

/**
 * How close a decoded file is to the sound that went into the encoder, sample by sample (both
 * start at the same sample: ffmpeg drops the Opus pre-skip and the MP3 encoder delay).
 * - snrDb: signal-to-noise ratio of the whole file, noise being decoded minus source.
 * - bandSnrDb: the same per third-octave band and 21 ms frame, clamped to [-10, 40] dB and
 *   averaged over the cells within 60 dB of the loudest one (in the source or in the decoded
 *   file), so noise in the quiet tail, around the high partials and where the source is silent
 *   counts as much as in the loud attack.
 * - bestLag, bestLagSnrDb: the shift (samples, within 10 ms) with the least noise, and the SNR
 *   there. A nearly pure tone can match a few periods off just as well, so the comparison counts
 *   as misaligned (and its figures as meaningless) only if another shift beats 0 by over 1 dB.
 */
function quality(source, decoded) {
  const n = Math.min(source.length, decoded.length);
  const noiseAt = (lag) => {
    let sum = 0;
    for (let i = Math.max(0, -lag); i < Math.min(n, n - lag); i++) {
      sum += (decoded[i + lag] - source[i]) ** 2;
    }
    return sum;
  };
  let signal = 0;
  for (let i = 0; i < n; i++) signal += source[i] ** 2;
  let bestLag = 0;
  let leastNoise = noiseAt(0);
  for (let lag = -SAMPLE_RATE / 100; lag <= SAMPLE_RATE / 100; lag++) {
    const noise = noiseAt(lag);
    if (noise < leastNoise) [bestLag, leastNoise] = [lag, noise];
  }
  const noise = decoded.subarray(0, n).map((x, i) => x - source[i]);
  const s = bandEnergies(source.subarray(0, n));
  const d = bandEnergies(decoded.subarray(0, n));
  const e = bandEnergies(noise);
  const floor = Math.max(...s.map((bands) => Math.max(...bands))) * 1e-6;
  let sum = 0;
  let cells = 0;
  s.forEach((bands, f) =>
    bands.forEach((energy, b) => {
      if (energy <= floor && d[f][b] <= floor) return;
      const ratio = e[f][b] > 0 ? dB(energy / e[f][b]) : 40;
      sum += Math.min(40, Math.max(-10, energy > 0 ? ratio : -10));
      cells++;
    }),
  );
  return {
    snrDb: dB(signal / noiseAt(0)),
    bandSnrDb: sum / cells,
    bestLag,
    bestLagSnrDb: dB(signal / leastNoise),
  };
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
      const volume = `volume=${gainDb.toFixed(2)}dB`;
      const source = decode(raw, volume);
      for (const [ext, codecArgs] of Object.entries(FORMATS)) {
        const file = join(OUT_DIR, setName, `${name}.${ext}`);
        const encode = (kbps) => {
          ffmpeg([
            '-i',
            raw,
            '-af',
            volume,
            '-ac',
            '1',
            ...codecArgs(sound, kbps),
            ...BITEXACT,
            file,
          ]);
          return quality(source, decode(file));
        };
        let kbps = ext === 'webm' ? OPUS_KBPS_STEPS[0] : null;
        let fidelity = encode(kbps);
        while (
          ext === 'webm' &&
          fidelity.bandSnrDb < TARGET_BAND_SNR_DB &&
          kbps !== OPUS_KBPS_STEPS.at(-1)
        ) {
          kbps = OPUS_KBPS_STEPS[OPUS_KBPS_STEPS.indexOf(kbps) + 1];
          fidelity = encode(kbps);
        }
        const after = measure(file);
        const bytes = statSync(file).size;
        rows.push({
          file: `${setName}/${name}.${ext}`,
          bytes,
          kbps,
          ...after,
          gainDb,
          ...fidelity,
        });
        const label = `${setName}/${name}.${ext}`;
        if (fidelity.snrDb < fidelity.bestLagSnrDb - 1) {
          problems.push(`${label}: decoded file is ${fidelity.bestLag} samples off the source`);
        }
        if (fidelity.snrDb < MIN_SNR_DB) {
          problems.push(`${label}: SNR ${fidelity.snrDb.toFixed(1)} dB below ${MIN_SNR_DB}`);
        }
        if (fidelity.bandSnrDb < MIN_BAND_SNR_DB) {
          problems.push(
            `${label}: band SNR ${fidelity.bandSnrDb.toFixed(1)} dB below ${MIN_BAND_SNR_DB}`,
          );
        }
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
console.log(
  `Coding quality against the source: SNR >= ${MIN_SNR_DB} dB, band SNR >= ${MIN_BAND_SNR_DB} dB`,
);
console.log(
  'file                         bytes  kbps   LUFS   peak dBTP  gain dB  SNR dB  band SNR dB',
);
for (const row of rows) {
  console.log(
    [
      row.file.padEnd(27),
      String(row.bytes).padStart(6),
      String(row.kbps ?? 32).padStart(5),
      row.lufs.toFixed(1).padStart(6),
      row.peak.toFixed(1).padStart(10),
      row.gainDb.toFixed(1).padStart(8),
      row.snrDb.toFixed(1).padStart(7),
      row.bandSnrDb.toFixed(1).padStart(12),
    ].join(' '),
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\n${rows.length} files written to public/sounds/`);
