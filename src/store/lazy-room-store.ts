import { useEffect, useState } from 'react';
import type { ClinicStore } from './clinic-store';
import { loadOnce } from './load-once';
import type { RoomStore } from './room-store';

// The room's view (message, blank wall, what is shown to the room) is read and written only by
// the console, the finished screen and the projector, all loaded after the first paint: its
// store comes in with them, not with the setup screen.

const roomModule = loadOnce(() => import('./room-store'));

export const preloadRoomStore = roomModule.load;

/**
 * The console's room store, made once its module is in (null before), following the clinic:
 * a new clinic starts with a clean wall.
 */
export function useConsoleRoom(clinic: ClinicStore): RoomStore | null {
  const [room, setRoom] = useState<RoomStore | null>(() => {
    const loaded = roomModule.loaded();
    return loaded ? loaded.createRoomStore(clinic.storage, clinic.clock) : null;
  });
  useEffect(() => {
    if (room) return;
    let live = true;
    void roomModule.load().then(
      (module) => live && setRoom(module.createRoomStore(clinic.storage, clinic.clock)),
      () => undefined, // offline before the first full visit: the console runs without it
    );
    return () => {
      live = false;
    };
  }, [room, clinic]);
  useEffect(() => {
    if (!room) return;
    const followClinicForRoom = roomModule.loaded()?.followClinicForRoom;
    return followClinicForRoom?.(room, () => clinic.getState().clinic.clinicId, clinic.subscribe);
  }, [room, clinic]);
  return room;
}
