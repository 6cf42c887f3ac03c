import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { RoomStore, RoomStoreState } from './room-store';

// The room's view comes through its own context. A screen rendered without one (a test, a tool)
// simply offers no room controls and shows the phase alone.

const RoomContext = createContext<RoomStore | null>(null);

export function RoomStoreProvider({
  room,
  children,
}: {
  room: RoomStore | null;
  children: ReactNode;
}) {
  return <RoomContext.Provider value={room}>{children}</RoomContext.Provider>;
}

export function useRoomStoreApi(): RoomStore | null {
  return useContext(RoomContext);
}

const nothing = () => null;

/** The room's state, followed; null without a room. It changes only when someone acts. */
export function useRoomState(): RoomStoreState | null {
  const room = useContext(RoomContext);
  const subscribe = useCallback(
    (listener: () => void) => room?.subscribe(listener) ?? (() => {}),
    [room],
  );
  return useSyncExternalStore(subscribe, room ? room.getState : nothing);
}
