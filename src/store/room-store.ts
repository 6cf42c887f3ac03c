import { createStore } from 'zustand/vanilla';
import { isClinicId } from '../clinic/validate-state';
import { createAppClock, type Clock } from './clock';
import type { DeviceStorage } from './device-storage';
import { keepSaved, type SavedStore } from './persisted';
import { parseWallExhibit, type WallExhibit } from './wall-exhibit';
import { defineSave, type SaveParse } from './versioned-save';

// What the room sees besides the phase: a short message from the facilitator, a blanked wall,
// or something shown to the room (the take-home codes, the review of last time). The console
// writes it; the projector window follows the save, so a reload or a projector opened later
// shows the same. It belongs to the clinic it was set in, and is never part of the sheet.

export const ROOM_KEY = 'case-clinic-timer:room';
export const ROOM_BACKUP_PREFIX = 'case-clinic-timer:room-backup:';
export const ROOM_VERSION = 1;
/** A message the back row reads in one glance. */
export const MESSAGE_MAX_LENGTH = 140;

export type { WallExhibit } from './wall-exhibit';

export interface RoomView {
  /** The clinic this belongs to (null before one started): a new clinic starts clean. */
  clinicId: string | null;
  /** The message as typed; kept while hidden, so it can be shown again. */
  message: string;
  messageShown: boolean;
  /** Only the message (or nothing) on the wall, until switched back. */
  blank: boolean;
  exhibit: WallExhibit | null;
}

export const EMPTY_ROOM: RoomView = {
  clinicId: null,
  message: '',
  messageShown: false,
  blank: false,
  exhibit: null,
};

export type MessageCheck = { ok: true } | { ok: false; problem: 'tooLong'; over: number };

/** The message's rule: at most 140 characters (as a person counts them). */
export function checkMessage(text: string): MessageCheck {
  const length = [...text].length;
  return length > MESSAGE_MAX_LENGTH
    ? { ok: false, problem: 'tooLong', over: length - MESSAGE_MAX_LENGTH }
    : { ok: true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRoom(value: unknown): SaveParse<RoomView> {
  if (!isRecord(value)) return { ok: false, problem: 'the room is not an object' };
  const { clinicId, message, messageShown, blank } = value;
  if (clinicId !== null && !isClinicId(clinicId)) return { ok: false, problem: 'clinicId is bad' };
  if (typeof message !== 'string' || !checkMessage(message).ok) {
    return { ok: false, problem: 'message is bad' };
  }
  if (typeof messageShown !== 'boolean' || typeof blank !== 'boolean') {
    return { ok: false, problem: 'a switch is bad' };
  }
  const exhibit = value.exhibit === null ? null : parseWallExhibit(value.exhibit);
  if (exhibit === undefined) return { ok: false, problem: 'exhibit is bad' };
  return { ok: true, value: { clinicId, message, messageShown, blank, exhibit } };
}

export const ROOM_SAVE = defineSave<RoomView>({
  key: ROOM_KEY,
  backupPrefix: ROOM_BACKUP_PREFIX,
  field: 'room',
  version: ROOM_VERSION,
  parse: parseRoom,
});

export interface RoomStoreState extends RoomView {
  /** Shows `text` on the wall; refused (nothing changes) when it breaks the rule. */
  showMessage: (text: string) => MessageCheck;
  hideMessage: () => void;
  setBlank: (blank: boolean) => void;
  /** Shows something to the room instead of the phase; null takes it down. */
  setExhibit: (exhibit: WallExhibit | null) => void;
  /** A new clinic, or Forget everything: the wall shows the phase and nothing else. */
  resetFor: (clinicId: string | null) => void;
}

export type RoomStore = SavedStore<RoomStoreState>;

const pick = ({ clinicId, message, messageShown, blank, exhibit }: RoomView): RoomView => ({
  clinicId,
  message,
  messageShown,
  blank,
  exhibit,
});

/** The room's view; `storage` as this window may use it (the projector's only reads). */
export function createRoomStore(
  storage: DeviceStorage | null = null,
  clock: Clock = createAppClock(),
): RoomStore {
  const store = createStore<RoomStoreState>()((set) => ({
    ...EMPTY_ROOM,
    showMessage: (text) => {
      const check = checkMessage(text);
      if (check.ok) set({ message: text, messageShown: text.trim() !== '' });
      return check;
    },
    hideMessage: () => set({ messageShown: false }),
    setBlank: (blank) => set({ blank }),
    setExhibit: (exhibit) => set({ exhibit }),
    resetFor: (clinicId) => set({ ...EMPTY_ROOM, clinicId }),
  }));
  return keepSaved(store, {
    save: ROOM_SAVE,
    storage,
    clock,
    pick,
    // What cannot be read is kept aside by the loader; the wall then just shows the phase.
    restore: ({ value }) => value ?? {},
    problem: () => ({}),
  });
}

/**
 * Keeps the room with its clinic: when the clinic changes (a new one starts, or Forget
 * everything empties it), what the room was shown goes. A message typed before the first start
 * stays for that clinic.
 */
export function followClinicForRoom(
  room: RoomStore,
  clinicIdOf: () => string | null,
  subscribe: (listener: () => void) => () => void,
): () => void {
  const sync = () => {
    const clinicId = clinicIdOf();
    const { clinicId: roomClinic } = room.getState();
    if (roomClinic === clinicId) return;
    if (roomClinic === null && clinicId !== null) room.setState({ clinicId });
    else room.getState().resetFor(clinicId);
  };
  sync();
  return subscribe(sync);
}
