import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SoundProvider } from '@/app/SoundProvider';
import { broadcastClinic } from '@/app/projector-sync';
import { followClinic } from '@/app/projector-follow';
import { createSoundPlayer } from '@/sound/sound-player';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { MemoryStorage } from '../store/memory-storage';
import { deviceOf } from '../helpers/device';
import { renderWithStores } from '../helpers/render';
import { MINUTE, SECOND } from '../helpers/clinic-fixtures';
import { sessionPlan } from '../clinic/session/fixtures';
import { channelBus } from '../sound/channel-bus';
import { playedFiles, resetFakeHowler } from '../sound/fake-howler';

vi.mock('howler', async () => (await import('../sound/fake-howler')).howlerModule);

// A session's break rings its own cues: the call back one wrap-up length (1 minute in the quick
// template) before its end, and its end. The store hands them out as `lastBreakCue`.

let now = Date.now();
const clock = { now: () => now };
const BREAK_MS = 10 * MINUTE;

/** A session of quick clinics whose first clinic has just finished: its 10-minute break begins. */
function sessionInBreak(storage: Storage | null = null): ClinicStore {
  const store = createClinicStore({ storage: storage && deviceOf(storage), clock });
  store.getState().planSession(sessionPlan('quick'));
  store.getState().dispatchSession({ type: 'start' });
  now += MINUTE;
  store.getState().dispatch({ type: 'finish' });
  if (store.getState().session?.status !== 'break') throw new Error('no break');
  return store;
}

function mount(store: ClinicStore, isProjector = false) {
  return renderWithStores(
    <SoundProvider isProjector={isProjector} player={createSoundPlayer({ unlockWaitMs: 30 })}>
      {null}
    </SoundProvider>,
    { clinic: store },
  );
}

/** Moves the clock to this point of the break (from its start) and lets the store tick. */
async function atBreak(store: ClinicStore, breakStartedAt: number, offsetMs: number) {
  now = breakStartedAt + offsetMs;
  await act(async () => store.getState().tick());
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  resetFakeHowler();
  now = Date.now() + SECOND;
});

describe("the break's chimes", () => {
  it('ring the call back as a double chime and the end as the bowl, each once', async () => {
    const store = sessionInBreak();
    const startedAt = now;
    mount(store);
    await atBreak(store, startedAt, BREAK_MS - MINUTE - SECOND);
    await settle();
    expect(playedFiles()).toEqual([]);

    await atBreak(store, startedAt, BREAK_MS - MINUTE + SECOND);
    await waitFor(() => expect(playedFiles()).toEqual(['bells/double-chime.wav']));
    // More ticks in the same stretch ring nothing more.
    await atBreak(store, startedAt, BREAK_MS - 30 * SECOND);
    await atBreak(store, startedAt, BREAK_MS + SECOND);
    await waitFor(() =>
      expect(playedFiles()).toEqual(['bells/double-chime.wav', 'bells/bowl.wav']),
    );
    await atBreak(store, startedAt, BREAK_MS + 5 * SECOND);
    await settle();
    expect(playedFiles()).toHaveLength(2);
  });

  it('stay silent with the sound off', async () => {
    const store = sessionInBreak();
    const startedAt = now;
    const { stores } = mount(store);
    act(() => stores.settings.getState().update({ soundOn: false }));
    await atBreak(store, startedAt, BREAK_MS + SECOND);
    await settle();
    expect(playedFiles()).toEqual([]);
  });

  it('are never replayed after a reload', async () => {
    const storage = new MemoryStorage();
    const store = sessionInBreak(storage);
    const startedAt = now;
    const first = mount(store);
    await atBreak(store, startedAt, BREAK_MS - 30 * SECOND);
    await waitFor(() => expect(playedFiles()).toEqual(['bells/double-chime.wav']));
    first.unmount();

    // The page reloads ten seconds later: the call back fired before it and stays silent.
    resetFakeHowler();
    now += 10 * SECOND;
    const reloaded = createClinicStore({ storage: deviceOf(storage), clock });
    expect(reloaded.getState().session?.status).toBe('break');
    mount(reloaded);
    await act(async () => reloaded.getState().tick());
    await settle();
    expect(playedFiles()).toEqual([]);
    // The break's end has not rung yet: it rings, once.
    await atBreak(reloaded, startedAt, BREAK_MS + SECOND);
    await waitFor(() => expect(playedFiles()).toEqual(['bells/bowl.wav']));
  });

  it('reach the projector window, which rings them once when the sound is there', async () => {
    const bus = channelBus();
    const store = sessionInBreak();
    const startedAt = now;
    const projectorStore = createClinicStore({ storage: null, clock });
    const stopFollowing = followClinic(projectorStore, bus);
    const stopBroadcast = broadcastClinic(store, bus);
    const projector = mount(projectorStore, true);
    act(() => projector.stores.settings.getState().update({ soundInProjector: true }));

    await atBreak(store, startedAt, BREAK_MS + SECOND);
    await waitFor(() => expect(projectorStore.getState().lastBreakCue?.cue.kind).toBe('breakEnd'));
    await waitFor(() => expect(playedFiles()).toEqual(['bells/bowl.wav']));
    // The console posts the same cue again with every state it syncs: it rings once.
    await act(async () =>
      store.getState().dispatchSession({ type: 'updateCase', clinicId: 2, caseTitle: 'X' }),
    );
    await settle();
    expect(playedFiles()).toEqual(['bells/bowl.wav']);
    stopBroadcast();
    stopFollowing();
  });
});
