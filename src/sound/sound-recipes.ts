import type { SoundSet } from '../store/settings-store';
import type { SoundName } from './cue-sounds';

// What every chime is made of: sums of decaying sine partials, struck one or more times. The app
// renders them on the device (chime-synth.ts); `npm run sounds` renders the same recipes to
// measure their loudness (scripts/make-sounds.mjs). No samples, no randomness.

/** A partial: frequency as a ratio of the strike's pitch, amplitude, decay per second. */
export type Overtone = readonly [ratio: number, amplitude: number, decayPerS: number];

/**
 * A strike: partials that start at `at` seconds with a short attack, `1 - exp(-attackPerS * t)`,
 * so even the onset of a later strike inside a sound does not click.
 */
export interface Strike {
  hz: number;
  /** Seconds from the start of the sound; 0 by default. */
  at?: number;
  /** 1 by default. */
  gain?: number;
  /** 700 by default: a hard mallet. */
  attackPerS?: number;
  partials: readonly Overtone[];
}

export interface Recipe {
  /** The whole length, the ringing out and the fade at the end included. */
  seconds: number;
  strikes: readonly Strike[];
}

// Partials of a struck metal bar (chime) and of a singing bowl, with slight detuning for the
// slow beating a real bowl has.
const CHIME_BAR: readonly Overtone[] = [
  [1, 1, 1.6],
  [2.76, 0.4, 3],
  [5.4, 0.15, 5],
  [8.93, 0.05, 8],
];
const BOWL: readonly Overtone[] = [
  [1, 1, 0.55],
  [1.004, 0.6, 0.5],
  [2.71, 0.45, 0.9],
  [2.716, 0.3, 0.85],
  [5.02, 0.2, 1.6],
  [7.98, 0.08, 2.6],
];
const WOOD: readonly Overtone[] = [
  [1, 1, 18],
  [2.57, 0.4, 30],
  [4.2, 0.15, 45],
];
// Soft tones: nearly pure, with a slower attack and a hint of harmonics.
const soft = (decayPerS: number): readonly Overtone[] => [
  [1, 1, decayPerS],
  [2, 0.18, decayPerS * 1.6],
  [3, 0.05, decayPerS * 2.2],
];
const MARIMBA: readonly Overtone[] = [
  [1, 1, 14],
  [4, 0.3, 40],
];

/** Three strikes, each a little softer: the overtime reminder. */
const threeFading = (strike: Omit<Strike, 'at' | 'gain'>): Strike[] =>
  [0, 0.35, 0.7].map((at, i) => ({ ...strike, at, gain: 1 - i * 0.18 }));

/** The same names and lengths in every set; the app maps cue kinds to these names. */
export const SOUND_RECIPES: Readonly<Record<SoundSet, Readonly<Record<SoundName, Recipe>>>> = {
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
      strikes: threeFading({
        hz: 587,
        partials: CHIME_BAR.slice(0, 2).map(([r, a, d]) => [r, a, d * 2] as const),
      }),
    },
  },
  softTones: {
    chime: { seconds: 2.6, strikes: [{ hz: 660, attackPerS: 60, partials: soft(2.2) }] },
    'double-chime': {
      seconds: 3.2,
      strikes: [
        { hz: 784, attackPerS: 60, partials: soft(2.4) },
        { hz: 659, at: 0.5, attackPerS: 60, partials: soft(2.2) },
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
      strikes: threeFading({ hz: 440, attackPerS: 80, partials: soft(5) }),
    },
  },
};

/** The highest partial of a recipe (Hz): what the sample rate must carry. */
export function topPartialHz(recipe: Recipe): number {
  return Math.max(...recipe.strikes.flatMap((s) => s.partials.map(([ratio]) => s.hz * ratio)));
}
