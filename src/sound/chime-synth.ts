import type { Recipe, Strike } from './sound-recipes';

// Renders a recipe (sound-recipes.ts) to samples: each partial is
//   amplitude * exp(-decayPerS * t) * sin(2 * PI * hz * ratio * t),
// each strike's sum shaped by its attack, 1 - exp(-attackPerS * t), from its onset; the whole
// sound faded in over 10 ms (no click) and out over its last 0.4 s. This is the expression
// scripts/make-sounds.mjs also hands ffmpeg's aevalsrc, to check this code against it.
//
// A partial is computed as a decaying phasor, turned and shrunk by one fixed complex factor per
// sample: only multiplications and additions, which every JavaScript engine rounds alike, so the
// same recipe gives the same samples everywhere, and several times faster than calling
// Math.exp and Math.sin for every sample. Over the 156 000 samples of the longest sound the
// recurrence strays from the closed form by about 1e-11, far below a 16-bit step (3e-5).

/**
 * 24 kHz carries everything up to 12 kHz; the highest partial of any recipe is 8.8 kHz (the bell
 * double chime). Rendered at 48 kHz, no sound has more than -98 dB of its energy above 12 kHz.
 */
export const SAMPLE_RATE = 24_000;

const FADE_IN_S = 0.01;
const FADE_OUT_S = 0.4;
const DEFAULT_ATTACK_PER_S = 700;

/** Samples per step of the stepwise work below: a few milliseconds even before the JIT warms up. */
const STEP_SAMPLES = 8192;

/** The sound at its recipe's own level (may exceed 1 before its gain is applied). */
export function renderRecipe(recipe: Recipe, sampleRate: number = SAMPLE_RATE): Float64Array {
  return runToEnd(renderSteps(recipe, sampleRate));
}

/**
 * The same rendering, a step at a time (each step one pass over a few thousand samples), so the
 * app can make its sounds in idle moments without holding up a click or a frame.
 */
export function* renderSteps(
  recipe: Recipe,
  sampleRate: number = SAMPLE_RATE,
): Generator<void, Float64Array, void> {
  const out = new Float64Array(Math.round(recipe.seconds * sampleRate));
  for (const strike of recipe.strikes) yield* strikeSteps(out, strike, sampleRate);
  fade(out, recipe.seconds, sampleRate);
  return out;
}

/** Runs `pass` over [0, length) in blocks of STEP_SAMPLES, a step each. */
function* inSteps(length: number, pass: (from: number, to: number) => void) {
  for (let from = 0; from < length; from += STEP_SAMPLES) {
    pass(from, Math.min(length, from + STEP_SAMPLES));
    yield;
  }
}

/** Runs a stepwise job to its end and returns its result. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* strikeSteps(out: Float64Array, strike: Strike, sampleRate: number) {
  const { hz, at = 0, gain = 1, attackPerS = DEFAULT_ATTACK_PER_S, partials } = strike;
  const first = Math.ceil(at * sampleRate);
  if (first >= out.length) return;
  const dt = 1 / sampleRate;
  const t0 = first * dt - at; // the first sample's time since the onset, under one sample
  const body = new Float64Array(out.length - first);
  for (const [ratio, amplitude, decayPerS] of partials) {
    const omega = 2 * Math.PI * hz * ratio;
    const shrink = Math.exp(-decayPerS * dt);
    const start = amplitude * Math.exp(-decayPerS * t0);
    const phasor: Phasor = {
      re: start * Math.cos(omega * t0),
      im: start * Math.sin(omega * t0),
      stepRe: shrink * Math.cos(omega * dt),
      stepIm: shrink * Math.sin(omega * dt),
    };
    yield* inSteps(body.length, (from, to) => addPartial(body, from, to, phasor));
  }
  const attackStep = Math.exp(-attackPerS * dt);
  let notYet = Math.exp(-attackPerS * t0); // exp(-attackPerS * t)
  yield* inSteps(body.length, (from, to) => {
    let shrinking = notYet;
    for (let i = from; i < to; i++) {
      out[first + i]! += gain * (1 - shrinking) * body[i]!;
      shrinking *= attackStep;
    }
    notYet = shrinking;
  });
}

/** A partial's value (`im`) as a complex number, and the factor that takes it one sample on. */
interface Phasor {
  re: number;
  im: number;
  stepRe: number;
  stepIm: number;
}

function addPartial(body: Float64Array, from: number, to: number, phasor: Phasor) {
  const { stepRe, stepIm } = phasor;
  let { re, im } = phasor;
  for (let i = from; i < to; i++) {
    body[i]! += im;
    const nextRe = re * stepRe - im * stepIm;
    im = re * stepIm + im * stepRe;
    re = nextRe;
  }
  phasor.re = re;
  phasor.im = im;
}

/** Linear fades, sample for sample as ffmpeg's afade draws them. */
function fade(out: Float64Array, seconds: number, sampleRate: number) {
  const fadeIn = Math.round(FADE_IN_S * sampleRate);
  for (let i = 0; i < Math.min(fadeIn, out.length); i++) out[i]! *= i / fadeIn;
  const fadeOut = Math.round(Math.min(FADE_OUT_S, seconds / 3) * sampleRate);
  for (let i = Math.max(0, out.length - fadeOut); i < out.length; i++) {
    out[i]! *= (out.length - i) / fadeOut;
  }
}

/** The samples turned up or down by `gainDb` and rounded to 16 bits (clipped, should any be). */
export function toPcm16(samples: Float64Array, gainDb: number): Int16Array {
  return runToEnd(pcm16Steps(samples, gainDb));
}

/** The same, a step at a time. */
export function* pcm16Steps(
  samples: Float64Array,
  gainDb: number,
): Generator<void, Int16Array, void> {
  const scale = 10 ** (gainDb / 20);
  const pcm = new Int16Array(samples.length);
  yield* inSteps(samples.length, (from, to) => {
    for (let i = from; i < to; i++) {
      pcm[i] = Math.round(Math.max(-1, Math.min(1, samples[i]! * scale)) * 32767);
    }
  });
  return pcm;
}

/**
 * A short fingerprint of a rendering (FNV-1a over the samples rounded to 1/65536): the gains
 * module keeps the one each gain was measured on, so a recipe or synthesiser changed without
 * measuring again is caught by the tests.
 */
export function fingerprint(samples: Float64Array): string {
  let hash = 0x811c9dc5;
  for (const sample of samples) {
    let word = Math.round(sample * 65536);
    for (let byte = 0; byte < 4; byte++) {
      hash = Math.imul(hash ^ (word & 0xff), 0x01000193);
      word >>= 8;
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
