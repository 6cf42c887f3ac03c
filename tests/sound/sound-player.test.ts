import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CueKind } from '@/clinic/cues';
import { CUE_KINDS } from '@/clinic/cues';
import { SOUND_NAMES } from '@/sound/cue-sounds';
import { createSoundPlayer, type SoundPlayer } from '@/sound/sound-player';
import { FakeHowl, fakeHowler, playedFiles, resetFakeHowler } from './fake-howler';

vi.mock('howler', async () => (await import('./fake-howler')).howlerModule);

// What the room should hear for each cue, written out here rather than read from the code.
const EXPECTED: Record<CueKind, string> = {
  phaseStart: 'chime',
  wrapUp: 'double-chime',
  phaseEnd: 'bowl',
  overtime: 'reminder',
  stillnessStart: 'bowl',
  stillnessEnd: 'bowl',
  handover: 'knock',
};

const players: SoundPlayer[] = [];

function player(options: Parameters<typeof createSoundPlayer>[0] = {}): SoundPlayer {
  const made = createSoundPlayer({ unlockWaitMs: 30, ...options });
  players.push(made);
  return made;
}

beforeEach(() => resetFakeHowler());
// A player makes its sounds in idle moments: one left over would go on making them in the next test.
afterEach(() => players.splice(0).forEach((made) => made.dispose()));

describe('the sound for each cue', () => {
  it.each(CUE_KINDS)('%s rings its own sound from the chosen set', async (kind) => {
    const sounds = player();
    sounds.setSoundSet('bells');
    expect(await sounds.playCue(kind)).toBe('played');
    expect(playedFiles()).toEqual([`bells/${EXPECTED[kind]}.wav`]);
  });

  it('hands howler every sound of the set as a WAV made on the device, named in its URL', async () => {
    const sounds = player();
    sounds.setSoundSet('softTones');
    await sounds.playCue('phaseStart');
    await vi.waitFor(() => expect(FakeHowl.instances).toHaveLength(5));
    const named = FakeHowl.instances.map((howl) => howl.src[0]!.replace(/^[^#]*#/, ''));
    expect(named.sort()).toEqual(SOUND_NAMES.map((name) => `softTones/${name}.wav`).sort());
    for (const howl of FakeHowl.instances) {
      expect(howl.src).toHaveLength(1);
      expect(howl.src[0]).toMatch(/^blob:/);
      expect(howl.options.format).toEqual(['wav']);
    }
  });

  it('prepares the sounds of the set once the set is chosen, before any cue', async () => {
    const sounds = player();
    expect(FakeHowl.instances).toHaveLength(0);
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(FakeHowl.instances).toHaveLength(5));
    expect(FakeHowl.instances.every((howl) => howl.options.preload === true)).toBe(true);
  });
});

describe('making the sounds on the device', () => {
  it('makes them in many short steps, one idle moment at a time, never all at once', async () => {
    const moments: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (task: IdleRequestCallback) => moments.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      // A fresh module: no sound made by an earlier test is at hand.
      vi.resetModules();
      const fresh = await import('@/sound/sound-player');
      const sounds = fresh.createSoundPlayer({ unlockWaitMs: 30 });
      players.push(sounds);
      sounds.setSoundSet('bells');
      await vi.waitFor(() => expect(moments).toHaveLength(1));
      // A busy page: each idle moment has no time to spare, so each does one step.
      let steps = 0;
      while (moments.length > 0) {
        moments.shift()!({ didTimeout: false, timeRemaining: () => 0 });
        steps += 1;
      }
      expect(FakeHowl.instances).toHaveLength(5);
      expect(steps).toBeGreaterThan(100);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('volume and mute', () => {
  it('plays at the chosen volume', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    sounds.setVolume(40);
    await sounds.playCue('wrapUp');
    expect(fakeHowler.volume).toHaveBeenLastCalledWith(0.4);
    expect(playedFiles()).toEqual(['bells/double-chime.wav']);
  });

  it('plays nothing at volume 0', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    sounds.setVolume(0);
    expect(await sounds.playCue('phaseEnd')).toBe('silent');
    expect(playedFiles()).toEqual([]);
  });

  it('plays nothing while muted, and plays again after unmuting', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    sounds.setMuted(true);
    expect(await sounds.playCue('phaseEnd')).toBe('silent');
    expect(playedFiles()).toEqual([]);
    sounds.setMuted(false);
    expect(await sounds.playCue('phaseEnd')).toBe('played');
    expect(playedFiles()).toEqual(['bells/bowl.wav']);
  });

  it('muting also hushes a sound that is still ringing', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    await sounds.playCue('phaseEnd');
    sounds.setMuted(true);
    expect(fakeHowler.mute).toHaveBeenLastCalledWith(true);
  });
});

describe('switching the sound set', () => {
  it('unloads the old set and rings the new one', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    await sounds.playCue('handover');
    const bells = [...FakeHowl.instances];
    sounds.setSoundSet('softTones');
    await sounds.playCue('handover');
    expect(bells.every((howl) => howl.unloaded)).toBe(true);
    expect(playedFiles()).toEqual(['bells/knock.wav', 'softTones/knock.wav']);
  });

  it('the test sound rings the current set', async () => {
    const sounds = player();
    sounds.setSoundSet('softTones');
    expect(await sounds.test()).toBe('played');
    expect(playedFiles()).toEqual(['softTones/chime.wav']);
  });
});

describe('when the browser blocks audio', () => {
  it('reports the lock, and a cue stays silent instead of ringing late after the click', async () => {
    fakeHowler.ctx.state = 'suspended';
    fakeHowler.ctx.resumeBehaviour = 'refuse';
    const sounds = player();
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('locked'));

    expect(await sounds.playCue('phaseEnd')).toBe('locked');
    // The click comes later: audio is allowed now, but the old chime does not ring.
    fakeHowler.ctx.resumeBehaviour = 'allow';
    sounds.unlock();
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('ready'));
    expect(playedFiles()).toEqual([]);
    expect(FakeHowl.instances.every((howl) => howl.plays === 0)).toBe(true);
  });

  it('rings the cue that the unlocking click itself caused', async () => {
    fakeHowler.ctx.state = 'suspended';
    const sounds = player();
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('locked'));
    // "Start clinic" is a click: the browser allows audio while the first chime asks to play.
    expect(await sounds.playCue('phaseStart')).toBe('played');
    expect(sounds.getAccess()).toBe('ready');
    expect(playedFiles()).toEqual(['bells/chime.wav']);
  });

  it('tells its listeners when the lock goes', async () => {
    fakeHowler.ctx.state = 'suspended';
    const sounds = player();
    const listener = vi.fn();
    sounds.subscribe(listener);
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('locked'));
    listener.mockClear();
    sounds.unlock();
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('ready'));
    expect(listener).toHaveBeenCalled();
  });

  it('without Web Audio, a refused play marks the lock until the next click', async () => {
    fakeHowler.usingWebAudio = false;
    const sounds = player();
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('ready'));
    await vi.waitFor(() => expect(FakeHowl.instances).toHaveLength(5));
    FakeHowl.instances[0]!.options.onplayerror?.(1, 'NotAllowedError');
    expect(sounds.getAccess()).toBe('locked');
    expect(await sounds.playCue('phaseStart')).toBe('locked');
    sounds.unlock();
    expect(sounds.getAccess()).toBe('ready');
  });

  it('turns off howler’s idle suspend, which would look like a blocked browser', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(sounds.getAccess()).toBe('ready'));
    expect(fakeHowler.autoSuspend).toBe(false);
  });
});
