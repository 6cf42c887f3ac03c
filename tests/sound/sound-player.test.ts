import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CueKind } from '@/clinic/cues';
import { CUE_KINDS } from '@/clinic/cues';
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

function player(options: Parameters<typeof createSoundPlayer>[0] = {}): SoundPlayer {
  return createSoundPlayer({ base: '/', unlockWaitMs: 30, ...options });
}

beforeEach(() => resetFakeHowler());

describe('the sound for each cue', () => {
  it.each(CUE_KINDS)('%s rings its own sound from the chosen set', async (kind) => {
    const sounds = player();
    sounds.setSoundSet('bells');
    expect(await sounds.playCue(kind)).toBe('played');
    expect(playedFiles()).toEqual([`bells/${EXPECTED[kind]}.webm`]);
  });

  it('offers every sound as WebM and MP3, and both files ship in public/ under 30 KB', async () => {
    const sounds = player();
    sounds.setSoundSet('softTones');
    await sounds.playCue('phaseStart');
    expect(FakeHowl.instances).toHaveLength(5);
    for (const howl of FakeHowl.instances) {
      expect(howl.src).toHaveLength(2);
      expect(howl.src[0]).toMatch(/^\/sounds\/softTones\/[a-z-]+\.webm$/);
      expect(howl.src[1]).toBe(howl.src[0]!.replace(/\.webm$/, '.mp3'));
      for (const url of howl.src) {
        const file = join(process.cwd(), 'public', url);
        expect(existsSync(file), `${url} is missing`).toBe(true);
        expect(statSync(file).size).toBeLessThan(30_000);
      }
    }
  });

  it('preloads the sounds of the set as soon as the set is chosen', async () => {
    const sounds = player();
    expect(FakeHowl.instances).toHaveLength(0);
    sounds.setSoundSet('bells');
    await vi.waitFor(() => expect(FakeHowl.instances).toHaveLength(5));
    expect(FakeHowl.instances.every((howl) => howl.options.preload === true)).toBe(true);
  });
});

describe('volume and mute', () => {
  it('plays at the chosen volume', async () => {
    const sounds = player();
    sounds.setSoundSet('bells');
    sounds.setVolume(40);
    await sounds.playCue('wrapUp');
    expect(fakeHowler.volume).toHaveBeenLastCalledWith(0.4);
    expect(playedFiles()).toEqual(['bells/double-chime.webm']);
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
    expect(playedFiles()).toEqual(['bells/bowl.webm']);
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
    expect(playedFiles()).toEqual(['bells/knock.webm', 'softTones/knock.webm']);
  });

  it('the test sound rings the current set', async () => {
    const sounds = player();
    sounds.setSoundSet('softTones');
    expect(await sounds.test()).toBe('played');
    expect(playedFiles()).toEqual(['softTones/chime.webm']);
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
    expect(playedFiles()).toEqual(['bells/chime.webm']);
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
