import type { SoundSet } from '../store/settings-store';
import { SAMPLE_RATE, pcm16Steps, renderSteps, runToEnd } from './chime-synth';
import type { SoundName } from './cue-sounds';
import { nextTask, timeSlice } from './idle-work';
import { SOUND_GAINS } from './sound-gains';
import { SOUND_RECIPES } from './sound-recipes';
import { encodeWav } from './wav';

// The chimes the app plays are made on the device: no sound file is shipped or fetched.

/** The WAV file of a sound of a set: its recipe rendered at its measured gain. */
export function chimeWav(set: SoundSet, name: SoundName): Uint8Array<ArrayBuffer> {
  return runToEnd(chimeWavSteps(set, name));
}

function* chimeWavSteps(set: SoundSet, name: SoundName) {
  const samples = yield* renderSteps(SOUND_RECIPES[set][name]);
  const pcm = yield* pcm16Steps(samples, SOUND_GAINS[set][name].gainDb);
  return encodeWav(pcm, SAMPLE_RATE);
}

/**
 * The WAV file as a Blob, built of parts a step each: copying a whole sound into the browser's
 * blob store at once takes over 10 ms on this laptop (measured), a part of 32 KB a millisecond.
 */
function* chimeBlobSteps(set: SoundSet, name: SoundName): Generator<void, Blob, void> {
  const wav = yield* chimeWavSteps(set, name);
  const parts: Blob[] = [];
  for (let from = 0; from < wav.length; from += BLOB_PART_BYTES) {
    parts.push(new Blob([wav.subarray(from, from + BLOB_PART_BYTES)]));
    yield;
  }
  return new Blob(parts, { type: 'audio/wav' });
}

const BLOB_PART_BYTES = 32_768;

interface Making {
  steps: Generator<void, Blob, void>;
  url?: string;
}

const making = new Map<string, Making>();
const URGENT_SLICE_MS = 5;

/**
 * One step (a few milliseconds) towards the blob: URL of a sound's WAV file: the URL once it is
 * made, else null. Whoever asks next goes on where the last step stopped; each sound is made
 * once and its URL kept for the page's life (a set is about 0.7 MB, outside the JS heap).
 *
 * The fragment names the sound, for anyone reading the page's requests; the browser ignores it
 * when it reads the blob. Howler reads the URL over XHR, hence `connect-src blob:` in the
 * Content-Security-Policy (scripts/csp.ts).
 */
export function stepTowardsChime(set: SoundSet, name: SoundName): string | null {
  const key = `${set}/${name}`;
  let job = making.get(key);
  if (!job) {
    job = { steps: chimeBlobSteps(set, name) };
    making.set(key, job);
  }
  if (job.url === undefined) {
    const step = job.steps.next();
    if (!step.done) return null;
    job.url = `${URL.createObjectURL(step.value)}#${key}.wav`;
  }
  return job.url;
}

/**
 * The blob: URL of a sound's WAV file, made now if it has not been yet: in slices of about
 * 5 ms, with a turn of the event loop between them, so a click's frame is drawn meanwhile.
 */
export async function chimeUrl(set: SoundSet, name: SoundName): Promise<string> {
  for (;;) {
    const hasTime = timeSlice(URGENT_SLICE_MS);
    let url = stepTowardsChime(set, name);
    while (url === null && hasTime()) url = stepTowardsChime(set, name);
    if (url !== null) return url;
    await nextTask();
  }
}
