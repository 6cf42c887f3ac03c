// Written by `npm run sounds` (scripts/make-sounds.mjs); do not edit by hand.
// The gain that brings each sound to -20 LUFS (EBU R128, ffmpeg's ebur128 filter), and the
// fingerprint of the rendering it was measured on (chime-synth.ts), which the tests check.

import type { SoundSet } from '../store/settings-store';
import type { SoundName } from './cue-sounds';

export interface SoundGain {
  gainDb: number;
  fingerprint: string;
}

export const SOUND_GAINS: Readonly<Record<SoundSet, Readonly<Record<SoundName, SoundGain>>>> = {
  bells: {
    chime: { gainDb: -9.26, fingerprint: '6d0fb557' },
    'double-chime': { gainDb: -12.47, fingerprint: 'dade46f5' },
    bowl: { gainDb: -11.05, fingerprint: '9878f9d4' },
    knock: { gainDb: -3.88, fingerprint: 'e9714869' },
    reminder: { gainDb: -8.23, fingerprint: '995fa55c' },
  },
  softTones: {
    chime: { gainDb: -7.16, fingerprint: '33de2a71' },
    'double-chime': { gainDb: -10.14, fingerprint: '67987303' },
    bowl: { gainDb: -10.42, fingerprint: 'a51734f6' },
    knock: { gainDb: -4.53, fingerprint: '40ace1ac' },
    reminder: { gainDb: -8.69, fingerprint: '8b3d9d9f' },
  },
};
