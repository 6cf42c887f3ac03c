import { useEffect, useMemo, useRef, useState } from 'react';
import type { SoundPlayer } from '../sound/sound-player';
import type { SoundAccess } from '../ui/sound-controls/sound-access';
import {
  browserChannel,
  isTestSoundRequest,
  type ChannelFactory,
  type RoomSoundState,
  type SyncChannel,
} from './projector-sync';

const ROOM_STATES: readonly RoomSoundState[] = ['pending', 'locked', 'ready', 'gone'];

function roomStateIn(data: unknown): RoomSoundState | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, state } = data as { type?: unknown; state?: unknown };
  return type === 'soundAccess' && ROOM_STATES.includes(state as RoomSoundState)
    ? (state as RoomSoundState)
    : null;
}

const isQuery = (data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'soundAccessQuery';

export interface RoomSound {
  /** What the sound controls act on. */
  access: SoundAccess;
  /**
   * In the console with the sound in the projector window: whether that window can ring now,
   * as it last said (`gone` when none answers). Null where this window rings itself.
   */
  roomState: RoomSoundState | null;
}

/**
 * What the sound controls act on. One room, one speaker: with the sound moved to the projector
 * window, the console's "Test sound" rings there (through the projector channel), where the room
 * will hear the cues, and the projector window answers such requests. The projector window also
 * tells the console whether it can play (it may wait for a click in that window), so the console
 * never says "Sound on" for a window that is blocked.
 */
export function useRoomSoundAccess(
  player: SoundPlayer,
  isProjector: boolean,
  soundHere: boolean,
  openChannel: ChannelFactory = browserChannel,
): RoomSound {
  const channelRef = useRef<SyncChannel | null>(null);
  const soundHereRef = useRef(soundHere);
  const [heard, setHeard] = useState<RoomSoundState>('gone');
  useEffect(() => {
    soundHereRef.current = soundHere;
  }, [soundHere]);

  useEffect(() => {
    const channel = openChannel();
    channelRef.current = channel;
    if (!channel) return;
    const tell = (state: RoomSoundState) => channel.postMessage({ type: 'soundAccess', state });
    const onMessage = (event: MessageEvent) => {
      const rings = isProjector && soundHereRef.current;
      if (rings && isTestSoundRequest(event.data)) void player.test();
      else if (rings && isQuery(event.data)) tell(player.getAccess());
      else if (!isProjector) {
        const state = roomStateIn(event.data);
        if (state) setHeard(state);
      }
    };
    channel.addEventListener('message', onMessage);
    let stopTelling = () => {};
    if (isProjector) {
      const onHide = () => soundHereRef.current && tell('gone');
      stopTelling = player.subscribe(() => soundHereRef.current && tell(player.getAccess()));
      window.addEventListener('pagehide', onHide);
      const previous = stopTelling;
      stopTelling = () => {
        previous();
        window.removeEventListener('pagehide', onHide);
      };
    }
    return () => {
      stopTelling();
      channel.removeEventListener('message', onMessage);
      channel.close();
      channelRef.current = null;
    };
  }, [openChannel, player, isProjector]);

  // The console asks once the sound is over there; the projector says so once it rings.
  useEffect(() => {
    if (soundHere && isProjector) {
      channelRef.current?.postMessage({ type: 'soundAccess', state: player.getAccess() });
    } else if (!soundHere && !isProjector) {
      channelRef.current?.postMessage({ type: 'soundAccessQuery' });
    }
  }, [soundHere, isProjector, player]);

  const access = useMemo<SoundAccess>(() => {
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
  return { access, roomState: isProjector || soundHere ? null : heard };
}
