import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ProjectorScreen } from '@/features/session/ProjectorScreen';
import { RoomStoreProvider } from '@/store/room-context';
import {
  MESSAGE_MAX_LENGTH,
  ROOM_BACKUP_PREFIX,
  ROOM_KEY,
  createRoomStore,
  followClinicForRoom,
  type RoomStore,
} from '@/store/room-store';
import { CLINIC_KEY } from '@/store/persistence';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';
import { renderWithStores } from '../helpers/render';
import { runningClinicStore, useFakeClock } from '../helpers/session';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { samplePeople } from '../helpers/clinic-fixtures';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

/** The projector window: its room reads the device's save and never writes it. */
function projectorRoom(storage: Storage, events: EventTarget | null = null) {
  return createRoomStore(deviceOf(storage, events).readOnly());
}

function renderWall(clinic: ClinicStore, room: RoomStore) {
  return renderWithStores(
    <RoomStoreProvider room={room}>
      <ProjectorScreen />
    </RoomStoreProvider>,
    { clinic },
  );
}

describe('the message to the room', () => {
  it('survives a reload of the console', () => {
    const storage = new MemoryStorage();
    const room = createRoomStore(deviceOf(storage));
    expect(room.getState().showMessage('Break: back at 10:45')).toEqual({ ok: true });
    const again = createRoomStore(deviceOf(storage)).getState();
    expect([again.message, again.messageShown]).toEqual(['Break: back at 10:45', true]);
  });

  it('reaches a projector opened later, which shows it large beside the running clock', () => {
    const storage = new MemoryStorage();
    const clinic = runningClinicStore();
    createRoomStore(deviceOf(storage)).getState().showMessage('Phones away, please');
    renderWall(clinic, projectorRoom(storage));
    expect(screen.getByRole('region', { name: 'Message to the room' })).toHaveTextContent(
      'Phones away, please',
    );
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
  });

  it('reaches a projector already open when the console saves it, and goes when hidden', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const console = createRoomStore(deviceOf(storage));
    renderWall(runningClinicStore(), projectorRoom(storage, events));
    const tell = () =>
      act(() => {
        events.dispatchEvent(Object.assign(new Event('storage'), { key: ROOM_KEY }));
      });
    console.getState().showMessage('Back at 10:45');
    tell();
    expect(screen.getByText('Back at 10:45')).toBeInTheDocument();
    console.getState().hideMessage();
    tell();
    expect(screen.queryByText('Back at 10:45')).not.toBeInTheDocument();
  });

  it('refuses a message over 140 characters, says by how much, and changes nothing', () => {
    const room = createRoomStore();
    room.getState().showMessage('Break: back at 10:45');
    const long = 'x'.repeat(MESSAGE_MAX_LENGTH + 3);
    expect(room.getState().showMessage(long)).toEqual({ ok: false, problem: 'tooLong', over: 3 });
    expect(room.getState().message).toBe('Break: back at 10:45');
    // Counted as people count: an emoji is one character.
    expect(room.getState().showMessage('☕'.repeat(MESSAGE_MAX_LENGTH)).ok).toBe(true);
  });

  it('shows hostile text as text', () => {
    const room = createRoomStore();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    room.getState().showMessage(hostile);
    const { container } = renderWall(runningClinicStore(), room);
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('is never part of the clinic’s own save (nor, with it, the sheet)', () => {
    const storage = new MemoryStorage();
    const room = createRoomStore(deviceOf(storage));
    room.getState().showMessage('Secret break plan');
    expect(storage.getItem(ROOM_KEY)).toContain('Secret break plan');
    expect(storage.getItem(CLINIC_KEY) ?? '').not.toContain('Secret break plan');
  });
});

describe('blank the wall', () => {
  it('shows only the message, or a calm empty screen, until switched back', () => {
    const room = createRoomStore();
    renderWall(runningClinicStore(), room);
    act(() => room.getState().setBlank(true));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByText(/Roles and case/)).not.toBeInTheDocument();
    act(() => void room.getState().showMessage('Lunch until 13:00'));
    expect(screen.getByText('Lunch until 13:00')).toBeInTheDocument();
    act(() => room.getState().setBlank(false));
    expect(screen.getByRole('timer')).toBeInTheDocument();
    expect(screen.getByText('Lunch until 13:00')).toBeInTheDocument();
  });
});

describe('the room belongs to its clinic', () => {
  it('keeps a message typed before the start, and is cleared when the clinic is forgotten', () => {
    const clinic = createClinicStore({ storage: null });
    clinic.getState().dispatch({ type: 'updatePlan', patch: samplePeople() });
    const room = createRoomStore();
    const stop = followClinicForRoom(
      room,
      () => clinic.getState().clinic.clinicId,
      clinic.subscribe,
    );
    room.getState().showMessage('Welcome');
    clinic.getState().dispatch({ type: 'start' });
    const started = clinic.getState().clinic.clinicId;
    expect(started).not.toBeNull();
    expect(room.getState()).toMatchObject({ clinicId: started, message: 'Welcome' });
    room.getState().setBlank(true);
    clinic.getState().forgetPeople();
    expect(room.getState()).toMatchObject({ message: '', messageShown: false, blank: false });
    stop();
  });

  it('a save from another clinic is not shown on the wall', () => {
    const storage = new MemoryStorage();
    const other = createRoomStore(deviceOf(storage));
    other.getState().resetFor('0'.repeat(32));
    other.getState().showMessage('Old message');
    renderWall(runningClinicStore(), projectorRoom(storage));
    expect(screen.queryByText('Old message')).not.toBeInTheDocument();
  });

  it('an unreadable save is set aside and the wall shows the phase', () => {
    const storage = new MemoryStorage();
    storage.setItem(ROOM_KEY, '{"schemaVersion":1,"room":{"message":42}}');
    const room = createRoomStore(deviceOf(storage));
    expect(room.getState().message).toBe('');
    expect(storage.getItem(ROOM_KEY)).toBeNull();
    const backup = storage.key(0) ?? '';
    expect(backup.startsWith(ROOM_BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(backup)).toContain('"message":42');
  });
});
