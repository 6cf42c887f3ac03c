import { useEffect, useState } from 'react';
import { createSoundPlayer, type SoundPlayer } from '../sound/sound-player';
import type { SoundAccess } from '../ui/sound-controls/sound-access';
import type { ChannelFactory, RoomSoundState } from './projector-sync';
import { useCueSound } from './use-cue-sound';
import { useRoomSoundAccess } from './use-room-sound-access';

export interface SoundWiring {
  access: SoundAccess;
  /** Whether this window is the one that rings. */
  soundHere: boolean;
  /** Elsewhere: whether the room's window can ring now (see useRoomSoundAccess). */
  roomState: RoomSoundState | null;
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
  const { access, roomState } = useRoomSoundAccess(player, isProjector, soundHere, channel);
  useEffect(
    () => onWiring({ access, soundHere, roomState }),
    [access, soundHere, roomState, onWiring],
  );
  return null;
}
