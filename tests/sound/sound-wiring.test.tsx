import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SoundProvider, SoundUnlockBar } from '@/app/SoundProvider';
import { phasePlannedMs } from '@/clinic/clock';
import { createSoundPlayer, type SoundPlayer } from '@/sound/sound-player';
import { createClinicStore } from '@/store/clinic-store';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  type SettingsStore,
} from '@/store/settings-store';
import { deviceOf } from '../helpers/device';
import { SoundControls } from '@/ui/sound-controls/SoundControls';
import { MINUTE, validPlan } from '../helpers/clinic-fixtures';
import { renderWithStores } from '../helpers/render';
import { channelBus } from './channel-bus';
import { fakeHowler, playedFiles, resetFakeHowler } from './fake-howler';

vi.mock('howler', async () => (await import('./fake-howler')).howlerModule);

// The clinic store runs on a clock the test moves; it starts just after "page load".
let now = Date.now();
const clock = () => now;

function makePlayer(): SoundPlayer {
  return createSoundPlayer({ unlockWaitMs: 30 });
}

function setup({
  isProjector = false,
  player = makePlayer(),
  settings,
}: { isProjector?: boolean; player?: SoundPlayer; settings?: SettingsStore } = {}) {
  const clinic = createClinicStore({ storage: null, clock: { now: clock } });
  clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  const result = renderWithStores(
    <SoundProvider isProjector={isProjector} player={player}>
      <SoundUnlockBar />
      <SoundControls />
    </SoundProvider>,
    { clinic, settings },
  );
  return { ...result, player, clinic };
}

async function startClinic(clinic: ReturnType<typeof createClinicStore>) {
  now += 1000;
  await act(async () => clinic.getState().dispatch({ type: 'start' }));
}

beforeEach(() => {
  resetFakeHowler();
  now = Date.now() + 1000;
});

describe('cues ring in the console', () => {
  it('rings the chime when the clinic starts and the bowl when a phase runs out', async () => {
    const { clinic } = setup();
    await startClinic(clinic);
    await waitFor(() => expect(playedFiles()).toEqual(['bells/chime.wav']));

    const plannedMs = phasePlannedMs(clinic.getState().clinic);
    now += plannedMs + 500;
    await act(async () => clinic.getState().tick());
    await waitFor(() => expect(playedFiles()).toEqual(['bells/chime.wav', 'bells/bowl.wav']));
  });

  it('follows the sound set chosen in the settings', async () => {
    const { clinic, stores } = setup();
    act(() => stores.settings.getState().update({ soundSet: 'softTones' }));
    await startClinic(clinic);
    await waitFor(() => expect(playedFiles()).toEqual(['softTones/chime.wav']));
  });

  it('stays silent with the sound off, at the volume chosen otherwise', async () => {
    const { clinic, stores } = setup();
    act(() => stores.settings.getState().update({ soundOn: false }));
    await startClinic(clinic);
    now += MINUTE;
    await act(async () => clinic.getState().dispatch({ type: 'next' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(playedFiles()).toEqual([]);

    act(() => stores.settings.getState().update({ soundOn: true, volume: 30 }));
    now += MINUTE;
    await act(async () => clinic.getState().dispatch({ type: 'next' }));
    await waitFor(() => expect(playedFiles()).toHaveLength(1));
    expect(fakeHowler.volume).toHaveBeenLastCalledWith(0.3);
  });

  it('rings a cue of this page that fired while the sound service was still loading', async () => {
    // The service is its own chunk, mounted just after the first paint: a clinic started in
    // between still gets its chime, once.
    const clinic = createClinicStore({ storage: null, clock: { now: clock } });
    clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
    clinic.getState().dispatch({ type: 'start' });
    renderWithStores(
      <SoundProvider isProjector={false} player={makePlayer()}>
        <SoundControls />
      </SoundProvider>,
      { clinic },
    );
    await waitFor(() => expect(playedFiles()).toEqual(['bells/chime.wav']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(playedFiles()).toEqual(['bells/chime.wav']);
  });

  it('never replays a cue that fired before the page loaded', async () => {
    const { clinic, stores } = setup({ isProjector: true });
    act(() => stores.settings.getState().update({ soundInProjector: true }));
    // The projector receives the console's last cue, fired a minute before this window opened.
    act(() =>
      clinic.setState({
        lastCue: {
          cue: { id: '0:start', kind: 'phaseStart', phaseId: 'roles', atElapsedMs: 0 },
          firedAt: Date.now() - MINUTE,
        },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(playedFiles()).toEqual([]);
  });
});

describe('one room, one speaker', () => {
  const freshCue = () => ({
    cue: { id: '0:start', kind: 'phaseStart' as const, phaseId: 'roles' as const, atElapsedMs: 0 },
    firedAt: Date.now() + 5000,
  });

  it('the projector window stays silent by default', async () => {
    const { clinic } = setup({ isProjector: true });
    act(() => clinic.setState({ lastCue: freshCue() }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(playedFiles()).toEqual([]);
  });

  it('with the sound moved to the projector, the projector rings once and the console not', async () => {
    const projector = setup({ isProjector: true });
    act(() => projector.stores.settings.getState().update({ soundInProjector: true }));
    const fired = freshCue();
    act(() => projector.clinic.setState({ lastCue: fired }));
    // The console posts the same cue again with every state it syncs.
    act(() => projector.clinic.setState({ lastCue: { ...fired } }));
    await waitFor(() => expect(playedFiles()).toEqual(['bells/chime.wav']));
    projector.unmount();

    resetFakeHowler();
    const console = setup();
    act(() => console.stores.settings.getState().update({ soundInProjector: true }));
    await startClinic(console.clinic);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(playedFiles()).toEqual([]);
  });
});

describe('each window follows the settings another window saves', () => {
  /** Another window of the app saves the settings: the storage holds them, an event says so. */
  const savedElsewhere = (value: string) => {
    localStorage.setItem(SETTINGS_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: SETTINGS_KEY, newValue: value }));
  };
  const saved = (patch: Record<string, unknown>) =>
    savedElsewhere(JSON.stringify({ ...DEFAULT_SETTINGS, ...patch }));
  const followingSettings = () => createSettingsStore(deviceOf(localStorage, window));

  it('takes the sound settings from the storage event of the other window', () => {
    const { stores } = setup({ isProjector: true, settings: followingSettings() });
    act(() => saved({ soundInProjector: true, volume: 35, soundSet: 'softTones' }));
    expect(stores.settings.getState()).toMatchObject({
      soundInProjector: true,
      volume: 35,
      soundSet: 'softTones',
    });
  });

  it('ignores unreadable saves; the console follows readable ones as the projector does', () => {
    const projector = setup({ isProjector: true, settings: followingSettings() });
    act(() => savedElsewhere('{oops'));
    expect(projector.stores.settings.getState().volume).toBe(DEFAULT_SETTINGS.volume);
    projector.unmount();

    const console = setup({ settings: followingSettings() });
    act(() => saved({ volume: 10 }));
    expect(console.stores.settings.getState().volume).toBe(10);
  });
});

describe('the sound controls', () => {
  it('mute toggles the sound setting and says what it will do', async () => {
    const user = userEvent.setup();
    const { stores } = setup();
    await user.click(screen.getByRole('button', { name: 'Mute sound' }));
    expect(stores.settings.getState().soundOn).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Unmute sound' }));
    expect(stores.settings.getState().soundOn).toBe(true);
  });

  it('the volume slider sets the volume', () => {
    const { stores } = setup();
    const slider = screen.getByRole('slider', { name: 'Volume' });
    expect(slider).toHaveValue('70');
    fireEvent.change(slider, { target: { value: '60' } });
    expect(stores.settings.getState().volume).toBe(60);
    expect(slider).toHaveAttribute('aria-valuetext', '60 percent');
  });

  it('the sound set can be chosen', async () => {
    const user = userEvent.setup();
    const { stores } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sound set' }), 'Soft tones');
    expect(stores.settings.getState().soundSet).toBe('softTones');
  });

  it('"Test sound" rings the test chime of the chosen set', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole('button', { name: 'Test sound' }));
    await waitFor(() => expect(playedFiles()).toEqual(['bells/chime.wav']));
  });

  it('"Test sound" is unavailable while the sound is off', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole('button', { name: 'Mute sound' }));
    expect(screen.getByRole('button', { name: 'Test sound' })).toBeDisabled();
  });

  it('the projector setting moves the sound', async () => {
    const user = userEvent.setup();
    const { stores } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Play sounds in the projector window' }));
    expect(stores.settings.getState().soundInProjector).toBe(true);
  });
});

describe('"Sound is off: click to enable"', () => {
  it('appears mid-clinic while the browser blocks audio, and goes with a click', async () => {
    const user = userEvent.setup();
    fakeHowler.ctx.state = 'suspended';
    fakeHowler.ctx.resumeBehaviour = 'refuse';
    const { clinic } = setup();
    // A reload in the middle of a clinic: it runs, but nobody has clicked in this page yet.
    await startClinic(clinic);
    const enable = await screen.findByRole('button', { name: 'Sound is off: click to enable' });

    fakeHowler.ctx.resumeBehaviour = 'allow';
    await user.click(enable);
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Sound is off: click to enable' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('does not show before the clinic starts (the start click unlocks) or with the sound off', async () => {
    fakeHowler.ctx.state = 'suspended';
    fakeHowler.ctx.resumeBehaviour = 'refuse';
    const { clinic, stores } = setup();
    await waitFor(() => expect(fakeHowler.ctx.resume).not.toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: /Sound is off/ })).not.toBeInTheDocument();

    act(() => stores.settings.getState().update({ soundOn: false }));
    await startClinic(clinic);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /Sound is off/ })).not.toBeInTheDocument();
  });
});

describe('"Test sound" rings where the room hears the cues', () => {
  function twoWindows(soundInProjector: boolean) {
    const settings = createSettingsStore(null);
    settings.getState().update({ soundInProjector });
    const consolePlayer = makePlayer();
    const projectorPlayer = makePlayer();
    const consoleTests = vi.spyOn(consolePlayer, 'test');
    const projectorTests = vi.spyOn(projectorPlayer, 'test');
    const bus = channelBus();
    renderWithStores(
      <>
        <SoundProvider isProjector={false} player={consolePlayer} channel={bus}>
          <SoundControls />
        </SoundProvider>
        <SoundProvider isProjector player={projectorPlayer} channel={bus}>
          <p>The room</p>
        </SoundProvider>
      </>,
      { settings },
    );
    return { consoleTests, projectorTests };
  }

  it('in the projector window, when the sound has moved there', async () => {
    const user = userEvent.setup();
    const { consoleTests, projectorTests } = twoWindows(true);
    await user.click(screen.getByRole('button', { name: 'Test sound' }));
    await waitFor(() => expect(projectorTests).toHaveBeenCalledTimes(1));
    await expect(projectorTests.mock.results[0]!.value).resolves.toBe('played');
    expect(consoleTests).not.toHaveBeenCalled();
  });

  it('in the console, when the sound stays there', async () => {
    const user = userEvent.setup();
    const { consoleTests, projectorTests } = twoWindows(false);
    await user.click(screen.getByRole('button', { name: 'Test sound' }));
    await waitFor(() => expect(consoleTests).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(playedFiles()).toEqual(['bells/chime.wav']));
    expect(projectorTests).not.toHaveBeenCalled();
  });
});
