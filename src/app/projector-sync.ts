import type { ClinicStore } from '../store/clinic-store';

// The console and the projector window are the same app in two windows. The console posts the
// clinic on every change (never per second), with how far its clock reads ahead of the wall
// clock (what a clock correction left); the projector computes its countdown from the shared
// timestamps on a clock kept as far ahead (a window opened after a clock correction agrees with
// the console). The lead, not the console's reading: a message that arrives late must not move
// the projector's clock on by the delay, for good. Opened alone, the projector shows
// the saved clinic: its store follows the device's save.

export const PROJECTOR_CHANNEL = 'case-clinic-timer:projector';

export type SyncMessage =
  | {
      type: 'state';
      clinic: unknown;
      lastCue: unknown;
      session: unknown;
      /** A session break's last cue, so a projector with the sound rings the break too. */
      lastBreakCue?: unknown;
      /** A single clinic's End by, for the expected end on the wall. */
      endBy?: unknown;
      aheadOfWallMs: number;
    }
  | { type: 'hello' }
  // "Test sound" pressed in the console while the sound plays in the projector window.
  | { type: 'testSound' }
  // The console asks, and the projector window tells, whether the room's window can play now.
  | { type: 'soundAccessQuery' }
  | { type: 'soundAccess'; state: RoomSoundState };

/** Whether the room's window can ring: as its player says, or `gone` when it closed. */
export type RoomSoundState = 'pending' | 'locked' | 'ready' | 'gone';

export function isTestSoundRequest(data: unknown): boolean {
  return isObject(data) && data.type === 'testSound';
}

export interface SyncChannel {
  postMessage(message: SyncMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export type ChannelFactory = () => SyncChannel | null;

export const browserChannel: ChannelFactory = () =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PROJECTOR_CHANNEL);

/** Console side: posts the clinic whenever it changes, and answers a projector that says hello. */
export function broadcastClinic(store: ClinicStore, openChannel: ChannelFactory = browserChannel) {
  const channel = openChannel();
  if (!channel) return () => {};
  const post = () => {
    const { clinic, lastCue, session, lastBreakCue, endBy } = store.getState();
    const aheadOfWallMs = store.clock.aheadOfWall?.() ?? 0;
    channel.postMessage({
      type: 'state',
      clinic,
      lastCue,
      session,
      lastBreakCue,
      endBy,
      aheadOfWallMs,
    });
  };
  const onMessage = (event: MessageEvent) => {
    if (isObject(event.data) && event.data.type === 'hello') post();
  };
  channel.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.clinic !== previous.clinic ||
      state.lastCue !== previous.lastCue ||
      state.lastBreakCue !== previous.lastBreakCue ||
      state.endBy !== previous.endBy ||
      state.session !== previous.session
    ) {
      post();
    }
  });
  post();
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
