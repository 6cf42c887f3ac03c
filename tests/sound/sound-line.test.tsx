import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SoundProvider, SoundStatus, SoundUnlockBar } from '@/app/SoundProvider';
import type { RoomSoundState } from '@/app/projector-sync';
import { createSoundPlayer } from '@/sound/sound-player';
import { createClinicStore } from '@/store/clinic-store';
import { createSettingsStore } from '@/store/settings-store';
import { validPlan } from '../helpers/clinic-fixtures';
import { renderWithStores } from '../helpers/render';
import { channelBus } from './channel-bus';
import { fakeHowler, resetFakeHowler } from './fake-howler';

vi.mock('howler', async () => (await import('./fake-howler')).howlerModule);

// The console's sound line says one thing: where the chimes ring and whether that window can
// play them now. Never "on" beside "click to enable", also after a reload.

const makePlayer = () => createSoundPlayer({ unlockWaitMs: 30 });
const line = () => document.querySelector('.sound-state')?.textContent;

function runningClinic() {
  const clinic = createClinicStore({ storage: null });
  clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  clinic.getState().dispatch({ type: 'start' });
  return clinic;
}

/** A page reloaded mid-clinic: the browser blocks audio until a click in it. */
function blockAudio() {
  fakeHowler.ctx.state = 'suspended';
  fakeHowler.ctx.resumeBehaviour = 'refuse';
}

beforeEach(() => resetFakeHowler());

describe('the console rings the chimes itself', () => {
  it('after a reload: "waits for a click" with the click button, never "on" and "off" at once', async () => {
    blockAudio();
    renderWithStores(
      <SoundProvider isProjector={false} player={makePlayer()}>
        <SoundUnlockBar />
        <SoundStatus />
      </SoundProvider>,
      { clinic: runningClinic() },
    );
    const enable = await screen.findByRole('button', { name: 'Sound is off: click to enable' });
    expect(line()).toBe('Sound waits for a click in this window');
    expect(screen.queryByText(/Sound on/)).not.toBeInTheDocument();

    fakeHowler.ctx.resumeBehaviour = 'allow';
    act(() => enable.click());
    await waitFor(() => expect(line()).toBe('Sound on, in this window'));
    expect(screen.queryByRole('button', { name: /Sound is off/ })).not.toBeInTheDocument();
  });

  it('with the sound muted, says only that it is off', async () => {
    const settings = createSettingsStore(null);
    settings.getState().update({ soundOn: false });
    blockAudio();
    renderWithStores(
      <SoundProvider isProjector={false} player={makePlayer()}>
        <SoundUnlockBar />
        <SoundStatus />
      </SoundProvider>,
      { clinic: runningClinic(), settings },
    );
    await waitFor(() => expect(line()).toBe('Sound off'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /Sound is off/ })).not.toBeInTheDocument();
  });
});

describe('the chimes ring in the projector window', () => {
  function twoWindows({ projectorOpen = true } = {}) {
    const settings = createSettingsStore(null);
    settings.getState().update({ soundInProjector: true });
    const bus = channelBus();
    const clinic = runningClinic();
    renderWithStores(
      <>
        <SoundProvider isProjector={false} player={makePlayer()} channel={bus}>
          <SoundUnlockBar />
          <SoundStatus />
        </SoundProvider>
        {projectorOpen && (
          <SoundProvider isProjector player={makePlayer()} channel={bus}>
            <p>The room</p>
          </SoundProvider>
        )}
      </>,
      { clinic, settings },
    );
  }

  it('says so when that window can play', async () => {
    twoWindows();
    await waitFor(() => expect(line()).toBe('Sound on, in the projector window'));
  });

  it('says when that window waits for a click there, and offers no button here', async () => {
    const bus = channelBus();
    // The projector window as the console hears it: blocked until a click in it.
    const projector = bus()!;
    let state: RoomSoundState = 'locked';
    projector.addEventListener('message', (event) => {
      if ((event.data as { type: string }).type === 'soundAccessQuery') {
        projector.postMessage({ type: 'soundAccess', state });
      }
    });
    const settings = createSettingsStore(null);
    settings.getState().update({ soundInProjector: true });
    renderWithStores(
      <SoundProvider isProjector={false} player={makePlayer()} channel={bus}>
        <SoundUnlockBar />
        <SoundStatus />
      </SoundProvider>,
      { clinic: runningClinic(), settings },
    );
    await waitFor(() =>
      expect(line()).toBe('Sound waits for a click in the projector window: click there'),
    );
    expect(screen.queryByRole('button', { name: /Sound is off/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Sound on/)).not.toBeInTheDocument();

    state = 'ready';
    act(() => projector.postMessage({ type: 'soundAccess', state }));
    await waitFor(() => expect(line()).toBe('Sound on, in the projector window'));
    act(() => projector.postMessage({ type: 'soundAccess', state: 'gone' }));
    await waitFor(() =>
      expect(line()).toBe('Sound rings in the projector window, which is not open'),
    );
  });

  it('says so when no projector window is open to ring them', async () => {
    twoWindows({ projectorOpen: false });
    await waitFor(() =>
      expect(line()).toBe('Sound rings in the projector window, which is not open'),
    );
  });
});
