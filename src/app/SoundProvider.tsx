import { createContext, useContext, useState, type ReactNode } from 'react';
import { createSoundPlayer } from '../sound/sound-player';
import type { SoundPlayer } from '../sound/sound-player';
import { useClinic, useSettings } from '../store/store-context';
import { SoundAccessProvider } from '../ui/sound-access';
import { SoundUnlockButton } from '../ui/SoundControls';
import type { ChannelFactory } from './projector-sync';
import { useCueSound } from './use-cue-sound';
import { useRoomSoundAccess } from './use-room-sound-access';

/**
 * Wires the sound service in: rings the clinic's cues in the window that has the sound and
 * hands the player to the sound controls. Goes inside the stores of its window.
 */
export function SoundProvider({
  isProjector,
  player: givenPlayer,
  channel,
  children,
}: {
  isProjector: boolean;
  /** Tests hand in a player with a fake howler. */
  player?: SoundPlayer;
  /** Tests hand in a channel between two windows. */
  channel?: ChannelFactory;
  children: ReactNode;
}) {
  const [player] = useState(() => givenPlayer ?? createSoundPlayer());
  const { soundHere } = useCueSound(player, isProjector);
  const access = useRoomSoundAccess(player, isProjector, soundHere, channel);
  return (
    <SoundAccessProvider access={access}>
      <SoundHereContext.Provider value={soundHere}>{children}</SoundHereContext.Provider>
    </SoundAccessProvider>
  );
}

const SoundHereContext = createContext(false);

/**
 * "Sound is off: click to enable", while the browser blocks audio during a clinic, in the
 * window that has the sound. Place it inside the page's main landmark.
 */
export function SoundUnlockBar() {
  const soundHere = useContext(SoundHereContext);
  const soundOn = useSettings((s) => s.soundOn);
  const inSession = useClinic((s) => s.clinic.status === 'running' || s.clinic.status === 'paused');
  if (!soundHere || !soundOn || !inSession) return null;
  return (
    <div className="sound-unlock-bar">
      <SoundUnlockButton />
    </div>
  );
}
