import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { RoomControl } from '@/features/session/console/RoomControl';
import { RoomStoreProvider } from '@/store/room-context';
import { MESSAGE_MAX_LENGTH, createRoomStore } from '@/store/room-store';
import { renderWithStores } from '../../helpers/render';
import { runningClinicStore, useFakeClock } from '../../helpers/session';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

function renderControl() {
  const room = createRoomStore();
  const result = renderWithStores(
    <RoomStoreProvider room={room}>
      <RoomControl />
    </RoomStoreProvider>,
    { clinic: runningClinicStore() },
  );
  // The panel opens from the toolbar.
  fireEvent.click(screen.getByText('Message to the room'));
  return { room, ...result };
}

describe('the message to the room, in the console', () => {
  it('shows a typed message on the wall and hides it again', () => {
    const { room } = renderControl();
    fireEvent.change(screen.getByRole('textbox', { name: 'Message for the wall' }), {
      target: { value: 'Break: back at 10:45' },
    });
    expect(screen.getByText('20 of 140 characters')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show on the wall' }));
    expect(room.getState()).toMatchObject({ message: 'Break: back at 10:45', messageShown: true });
    expect(screen.getByText('The wall shows the phase and your message.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the message' }));
    expect(room.getState().messageShown).toBe(false);
  });

  it('refuses a message over 140 characters with a clear message, and keeps the text', () => {
    const { room } = renderControl();
    const field = screen.getByRole('textbox', { name: 'Message for the wall' });
    const long = 'Please be back in time. '.repeat(6).slice(0, MESSAGE_MAX_LENGTH + 4);
    fireEvent.change(field, { target: { value: long } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/144 of 140 characters.*Too long by 4/);
    fireEvent.click(screen.getByRole('button', { name: 'Show on the wall' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too long by 4: a message for the wall has at most 140 characters.',
    );
    expect(room.getState().messageShown).toBe(false);
    expect(field).toHaveValue(long);
  });

  it('blanks the wall and brings it back', () => {
    const { room } = renderControl();
    const blank = screen.getByRole('button', { name: 'Blank the wall' });
    fireEvent.click(blank);
    expect(room.getState().blank).toBe(true);
    expect(blank).toHaveAttribute('aria-pressed', 'true');
    act(() => room.getState().setBlank(false));
    expect(blank).toHaveAttribute('aria-pressed', 'false');
  });
});
