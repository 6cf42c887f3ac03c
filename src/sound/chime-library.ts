import type { SoundSet } from '../store/settings-store';
import { SAMPLE_RATE, renderRecipe, renderSteps, runToEnd, toPcm16 } from './chime-synth';
import type { SoundName } from './cue-sounds';
import { SOUND_GAINS } from './sound-gains';
import { SOUND_RECIPES } from './sound-recipes';
import { encodeWav } from './wav';

// The chimes the app plays are made on the device: no sound file is shipped or fetched.

/** The WAV file of a sound of a set: its recipe rendered at its measured gain. */
export function chimeWav(set: SoundSet, name: SoundName): Uint8Array<ArrayBuffer> {
  return wavOf(set, name, renderRecipe(SOUND_RECIPES[set][name]));
}

function wavOf(set: SoundSet, name: SoundName, samples: Float64Array) {
  return encodeWav(toPcm16(samples, SOUND_GAINS[set][name].gainDb), SAMPLE_RATE);
}

const urls = new Map<string, string>();

/** A blob: URL of the sound's WAV file, rendered now if it has not been yet. */
export function chimeUrl(set: SoundSet, name: SoundName): string {
  return runToEnd(chimeUrlSteps(set, name));
}

/**
 * The same, rendered a step at a time (see `renderSteps`). Each sound is rendered once and its
 * URL kept for the page's life (a set is about 0.7 MB, outside the JS heap). The fragment names
 * the sound, for anyone reading the page's requests; the browser ignores it when it reads the
 * blob. Howler reads the URL over XHR, hence `connect-src blob:` in the Content-Security-Policy
 * (scripts/csp.ts).
 */
export function* chimeUrlSteps(set: SoundSet, name: SoundName): Generator<void, string, void> {
  const key = `${set}/${name}`;
  if (!urls.has(key)) {
    const samples = yield* renderSteps(SOUND_RECIPES[set][name]);
    // Asked for at once (a cue) while these steps were under way: that rendering stands.
    if (!urls.has(key)) {
      const blob = new Blob([wavOf(set, name, samples)], { type: 'audio/wav' });
      urls.set(key, `${URL.createObjectURL(blob)}#${key}.wav`);
    }
  }
  return urls.get(key)!;
}
