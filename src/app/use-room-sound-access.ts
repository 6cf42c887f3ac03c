import { useEffect, useMemo, useRef } from 'react';
import type { SoundPlayer } from '../sound/sound-player';
import type { SoundAccess } from '../ui/sound-controls/sound-access';
import {
  browserChannel,
  isTestSoundRequest,
  type ChannelFactory,
  type SyncChannel,
} from './projector-sync';

/**
 * What the sound controls act on. One room, one speaker: with the sound moved to the projector
 * window, the console's "Test sound" rings there (through the projector channel), where the room
 * will hear the cues, and the projector window answers such requests.
 */
export function useRoomSoundAccess(
  player: SoundPlayer,
  isProjector: boolean,
  soundHere: boolean,
  openChannel: ChannelFactory = browserChannel,
): SoundAccess {
  const channelRef = useRef<SyncChannel | null>(null);
  const soundHereRef = useRef(soundHere);
  useEffect(() => {
    soundHereRef.current = soundHere;
  }, [soundHere]);

  useEffect(() => {
    const channel = openChannel();
    channelRef.current = channel;
    if (!channel) return;
    const onMessage = (event: MessageEvent) => {
      if (isProjector && soundHereRef.current && isTestSoundRequest(event.data)) {
        void player.test();
      }
    };
    channel.addEventListener('message', onMessage);
    return () => {
      channel.removeEventListener('message', onMessage);
      channel.close();
      channelRef.current = null;
    };
  }, [openChannel, player, isProjector]);

  return useMemo(() => {
    if (isProjector || soundHere) return player;
    return {
      getAccess: () => player.getAccess(),
      subscribe: (listener: () => void) => player.subscribe(listener),
      unlock: () => player.unlock(),
      test: () => {
        channelRef.current?.postMessage({ type: 'testSound' });
        return Promise.resolve();
      },
    };
  }, [player, isProjector, soundHere]);
}
