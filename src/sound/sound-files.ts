import type { CueKind } from '../clinic/cues';
import type { SoundSet } from '../store/settings-store';

// The files scripts/make-sounds.mjs writes to public/sounds/<set>/<name>.{webm,mp3}.

export const SOUND_NAMES = ['chime', 'double-chime', 'bowl', 'knock', 'reminder'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** Which sound rings for which cue: the bowl marks the big boundaries and the stillness. */
export const CUE_SOUNDS: Record<CueKind, SoundName> = {
  phaseStart: 'chime',
  wrapUp: 'double-chime',
  phaseEnd: 'bowl',
  stillnessStart: 'bowl',
  stillnessEnd: 'bowl',
  handover: 'knock',
  overtime: 'reminder',
};

/** The sound the "Test sound" button plays. */
export const TEST_SOUND: SoundName = 'chime';

/** WebM/Opus first (smaller), MP3 for browsers that cannot play it. */
export const SOUND_FORMATS = ['webm', 'mp3'] as const;

export function soundUrls(set: SoundSet, name: SoundName, base: string = baseUrl()): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return SOUND_FORMATS.map((format) => {
    const path = `sounds/${set}/${name}.${format}`;
    // The single-file build carries its sounds inside as data: URLs (see vite.config.ts).
    return singleFileAssets()?.[path] ?? `${prefix}${path}`;
  });
}

function singleFileAssets(): Readonly<Record<string, string>> | null {
  return typeof __SINGLE_FILE_ASSETS__ === 'undefined' ? null : __SINGLE_FILE_ASSETS__;
}

function baseUrl(): string {
  return import.meta.env.BASE_URL;
}
