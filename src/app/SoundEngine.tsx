import { useEffect, useState } from 'react';
import { createSoundPlayer, type SoundPlayer } from '../sound/sound-player';
import type { SoundAccess } from '../ui/sound-controls/sound-access';
import type { ChannelFactory } from './projector-sync';
import { useCueSound } from './use-cue-sound';
import { useRoomSoundAccess } from './use-room-sound-access';

export interface SoundWiring {
  access: SoundAccess;
  /** Whether this window is the one that rings. */
  soundHere: boolean;
}

/**
 * The sound service at work: makes the player, rings the clinic's cues in the window that has
 * the sound, and hands the controls what they act on. Draws nothing; a chunk of its own, loaded
 * after the first paint, since the setup screen never rings.
 */
export function SoundEngine({
  isProjector,
  player: givenPlayer,
  channel,
  loadedAt,
  onWiring,
}: {
  isProjector: boolean;
  player?: SoundPlayer;
  channel?: ChannelFactory;
  /** When the page loaded: cues fired since then ring, even while this chunk was loading. */
  loadedAt: () => number;
  onWiring: (wiring: SoundWiring) => void;
}) {
  const [player] = useState(() => givenPlayer ?? createSoundPlayer());
  const { soundHere } = useCueSound(player, isProjector, loadedAt);
  const access = useRoomSoundAccess(player, isProjector, soundHere, channel);
  useEffect(() => onWiring({ access, soundHere }), [access, soundHere, onWiring]);
  return null;
}
