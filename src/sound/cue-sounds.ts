import type { CueKind } from '../clinic/cues';

// The sounds every set holds (sound-recipes.ts), and which one rings for which cue.

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
