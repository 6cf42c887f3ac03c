import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomState, useRoomStoreApi } from '../store/room-context';
import type { WallExhibit } from '../store/room-store';

/** Whether the wall now shows this clinic's exhibit of that kind. */
export function useOnWall(kind: WallExhibit['kind'], clinicId: string | null): boolean {
  const state = useRoomState();
  return (
    state !== null &&
    clinicId !== null &&
    state.clinicId === clinicId &&
    state.exhibit?.kind === kind
  );
}

/**
 * "Show on the wall" for something the facilitator may show the room (the take-home codes, the
 * review of last time), and "Take off the wall" once it is there. While shown, the wall's copy
 * follows what the console shows; when this control goes (the codes hidden, the phase over), it
 * takes its exhibit down. Only for the room's current clinic; nothing without a room.
 */
export function ShowOnWall({
  exhibit,
  clinicId,
}: {
  exhibit: WallExhibit;
  clinicId: string | null;
}) {
  const { t } = useTranslation();
  const room = useRoomStoreApi();
  const shown = useOnWall(exhibit.kind, clinicId);
  const text = JSON.stringify(exhibit);

  useEffect(() => {
    if (!room || !shown || JSON.stringify(room.getState().exhibit) === text) return;
    room.getState().setExhibit(JSON.parse(text) as WallExhibit);
  }, [room, shown, text]);

  useEffect(
    () => () => {
      if (room?.getState().exhibit?.kind === exhibit.kind) room.getState().setExhibit(null);
    },
    [room, exhibit.kind],
  );

  const state = useRoomState();
  if (!room || clinicId === null || state?.clinicId !== clinicId) return null;
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => room.getState().setExhibit(shown ? null : exhibit)}
    >
      {shown ? t('room.takeOffWall') : t('room.showOnWall')}
    </button>
  );
}
