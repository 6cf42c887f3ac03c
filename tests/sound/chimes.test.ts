import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { chimeUrl, chimeWav } from '@/sound/chime-library';
import { SAMPLE_RATE, fingerprint, renderRecipe, toPcm16 } from '@/sound/chime-synth';
import { SOUND_NAMES } from '@/sound/cue-sounds';
import { SOUND_GAINS } from '@/sound/sound-gains';
import { SOUND_RECIPES, topPartialHz } from '@/sound/sound-recipes';
import { SOUND_SETS } from '@/store/settings-store';
import { integratedLoudness, truePeakDb } from './loudness';

// The chimes are made on the device from their recipes; `npm run sounds` measured each one with
// ffmpeg and wrote its gain. These tests hold the result to the same promises without ffmpeg.

const SOUNDS = SOUND_SETS.flatMap((set) => SOUND_NAMES.map((name) => [set, name] as const));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The samples of a WAV file as the browser reads them (16-bit PCM, after the 44-byte header). */
function pcmOf(wav: Uint8Array) {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  return Float64Array.from(
    { length: (wav.length - 44) / 2 },
    (_, i) => view.getInt16(44 + i * 2, true) / 32767,
  );
}

describe('the chimes made on the device', () => {
  it.each(SOUNDS)(
    '%s/%s is the rendering its gain was measured on (else run `npm run sounds`)',
    (set, name) => {
      const samples = renderRecipe(SOUND_RECIPES[set][name]);
      expect(fingerprint(samples)).toBe(SOUND_GAINS[set][name].fingerprint);
    },
  );

  it.each(SOUNDS)('%s/%s plays at -20 LUFS with its true peak under -1 dBTP', (set, name) => {
    const samples = pcmOf(chimeWav(set, name));
    expect(integratedLoudness(samples, SAMPLE_RATE)).toBeCloseTo(-20, 1);
    expect(truePeakDb(samples)).toBeLessThan(-1);
  });

  it('makes the same bytes every time, and the same bytes when made a step at a time', async () => {
    const once = sha256(chimeWav('bells', 'double-chime'));
    expect(sha256(chimeWav('bells', 'double-chime'))).toBe(once);
    const made = vi.spyOn(URL, 'createObjectURL');
    await chimeUrl('bells', 'double-chime');
    const blob = made.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('audio/wav');
    expect(sha256(new Uint8Array(await blob.arrayBuffer()))).toBe(once);
  });

  it.each(SOUNDS)('%s/%s has no partial the sample rate cannot carry', (set, name) => {
    expect(topPartialHz(SOUND_RECIPES[set][name])).toBeLessThan(SAMPLE_RATE / 2 - 2000);
  });

  it('is a 16-bit mono WAV file at 24 kHz, as long as its recipe says', () => {
    const wav = chimeWav('softTones', 'bowl');
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    const text = (at: number, length: number) =>
      String.fromCharCode(...wav.subarray(at, at + length));
    expect([text(0, 4), text(8, 4), text(12, 4), text(36, 4)]).toEqual([
      'RIFF',
      'WAVE',
      'fmt ',
      'data',
    ]);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint16(20, true)).toBe(1); // integer PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(24_000);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true) / 2 / 24_000).toBeCloseTo(6.5, 6);
  });

  it('starts and ends in silence, so no sound clicks', () => {
    for (const [set, name] of SOUNDS) {
      const samples = pcmOf(chimeWav(set, name));
      expect(Math.abs(samples[0]!), `${set}/${name}`).toBe(0);
      expect(Math.abs(samples.at(-1)!), `${set}/${name}`).toBeLessThan(1e-3);
    }
  });

  it('tells the sets apart: the same name sounds different in each set', () => {
    for (const name of SOUND_NAMES) {
      const [bells, soft] = SOUND_SETS.map((set) => SOUND_GAINS[set][name].fingerprint);
      expect(bells, name).not.toBe(soft);
    }
  });

  it('turns a sound up or down by its gain in decibels, rounding to 16 bits', () => {
    const samples = Float64Array.of(0.5, -0.5, 0.25, 2);
    expect([...toPcm16(samples, 0)]).toEqual([16384, -16383, 8192, 32767]);
    expect([...toPcm16(samples, -6.020599913)]).toEqual([8192, -8192, 4096, 32767]);
  });
});
