import type { CueKind } from '../clinic/cues';
import type { BreakCueKind } from '../clinic/session/break-clock';

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

/**
 * A session's break: the call back sounds like a phase's wrap-up (the same "time to come back"),
 * its end like the big boundaries, so the room knows it from the clinic's own chimes.
 */
export const BREAK_CUE_SOUNDS: Record<BreakCueKind, SoundName> = {
  breakWrapUp: 'double-chime',
  breakEnd: 'bowl',
};

/** The sound the "Test sound" button plays. */
export const TEST_SOUND: SoundName = 'chime';
