import type { Howl } from 'howler';
import type * as HowlerLibrary from 'howler';
import type { CueKind } from '../clinic/cues';
import type { SoundSet } from '../store/settings-store';
import { chimeUrl, stepTowardsChime } from './chime-library';
import type { BreakCueKind } from '../clinic/session/break-clock';
import {
  BREAK_CUE_SOUNDS,
  CUE_SOUNDS,
  SOUND_NAMES,
  TEST_SOUND,
  type SoundName,
} from './cue-sounds';
import { whenIdle } from './idle-work';

// The only module that knows howler. Howler itself is loaded on demand (a separate chunk), so
// it costs nothing on the first paint. The sounds are made on the device (chime-library.ts): once
// howler is loaded, those of the current set are made in the page's idle moments, and a sound a
// cue asks for before then is made at once, in short slices.

type HowlerModule = typeof HowlerLibrary;

/**
 * Whether the browser lets this page make sound: `pending` until howler is loaded, `locked`
 * while the browser waits for a click or key press (autoplay rules), `ready` after.
 */
export type AudioAccess = 'pending' | 'locked' | 'ready';

/** What became of a request to play: `silent` when muted or at volume 0. */
export type PlayOutcome = 'played' | 'silent' | 'locked' | 'failed';

export interface SoundPlayer {
  /** Switches the set and preloads its sounds (loading howler on first use). */
  setSoundSet(set: SoundSet): void;
  /** 0..100 */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  playCue(kind: CueKind): Promise<PlayOutcome>;
  /** A session's break cue: the call back, the break's end. */
  playBreakCue(kind: BreakCueKind): Promise<PlayOutcome>;
  /** Plays the test chime of the current set. */
  test(): Promise<PlayOutcome>;
  /** Call from a user gesture (click, key press): asks the browser to allow audio. */
  unlock(): void;
  getAccess(): AudioAccess;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export interface SoundPlayerOptions {
  loadHowler?: () => Promise<HowlerModule>;
  /**
   * How long a cue may wait for the browser to allow audio (the click that caused it is being
   * handled). Longer waits would play a chime late, so after this the cue stays silent.
   */
  unlockWaitMs?: number;
  /** `what` is "howler" or the sound, e.g. "bells/chime". */
  onLoadError?: (what: string, error: unknown) => void;
}

export function createSoundPlayer(options: SoundPlayerOptions = {}): SoundPlayer {
  const loadHowler = options.loadHowler ?? (() => import('howler'));
  const unlockWaitMs = options.unlockWaitMs ?? 1500;
  const listeners = new Set<() => void>();
  const watchedContexts = new WeakSet<AudioContext>();

  let howler: HowlerModule | null = null;
  let loading: Promise<HowlerModule | null> | null = null;
  let soundSet: SoundSet | null = null;
  let howls = new Map<SoundName, Howl>();
  let idle: { cancel(): void } | null = null;
  let volume = 70;
  let muted = false;
  let html5Refused = false;
  let disposed = false;
  let lastAccess: AudioAccess = 'pending';

  const notify = () => {
    const access = computeAccess();
    if (access === lastAccess) return;
    lastAccess = access;
    listeners.forEach((listener) => listener());
  };

  function computeAccess(): AudioAccess {
    if (!howler) return 'pending';
    const { Howler } = howler;
    if (Howler.noAudio) return 'ready'; // nothing to unlock: the visual twins carry the cue
    if (!Howler.usingWebAudio) return html5Refused ? 'locked' : 'ready';
    const state = contextState(howler);
    if (state === null) return 'pending';
    return state === 'running' ? 'ready' : 'locked';
  }

  function contextState(module: HowlerModule): string | null {
    const ctx = module.Howler.ctx as AudioContext | undefined | null;
    return ctx ? ctx.state : null;
  }

  /** Howler may replace its AudioContext (it does so once on some devices): watch each one. */
  function watchContext(module: HowlerModule) {
    const ctx = module.Howler.ctx as AudioContext | undefined | null;
    if (ctx && !watchedContexts.has(ctx) && typeof ctx.addEventListener === 'function') {
      watchedContexts.add(ctx);
      ctx.addEventListener('statechange', notify);
    }
    notify();
  }

  function ensureLoaded(): Promise<HowlerModule | null> {
    loading ??= loadHowler().then(
      (module) => {
        if (disposed) return null;
        howler = module;
        // A suspended context would look like a blocked browser; the app never idles it.
        module.Howler.autoSuspend = false;
        module.Howler.volume(volume / 100);
        module.Howler.mute(muted);
        createHowls(module);
        return module;
      },
      (error: unknown) => {
        options.onLoadError?.('howler', error);
        loading = null;
        return null;
      },
    );
    return loading;
  }

  function createHowls(module: HowlerModule) {
    howls.forEach((howl) => howl.unload());
    howls = new Map();
    if (soundSet) prepareWhenIdle(module);
    watchContext(module);
  }

  /** The sound's Howl in the current set, the sound made first if it has not been yet. */
  async function howlFor(module: HowlerModule, name: SoundName): Promise<Howl | null> {
    for (;;) {
      const set = soundSet;
      if (disposed || !set) return null;
      const url = await chimeUrl(set, name);
      // The set may have changed while the sound was being made: then make the new set's.
      if (set === soundSet && !disposed) return howls.get(name) ?? addHowl(module, set, name, url);
    }
  }

  function addHowl(module: HowlerModule, set: SoundSet, name: SoundName, url: string): Howl {
    const howl = new module.Howl({
      src: [url],
      format: ['wav'],
      preload: true,
      onloaderror: (_id, error) => options.onLoadError?.(`${set}/${name}`, error),
      onplayerror: () => {
        html5Refused = true;
        notify();
      },
    });
    howls.set(name, howl);
    return howl;
  }

  /**
   * Makes the set's sounds in idle moments, a few milliseconds at a time, so none holds up a
   * click or a frame, and hands each to howler as soon as it is made.
   */
  function prepareWhenIdle(module: HowlerModule) {
    cancelPreparing();
    const work = (hasTime: () => boolean) => {
      idle = null;
      const set = soundSet;
      if (disposed || !set) return;
      do {
        const name = SOUND_NAMES.find((n) => !howls.has(n));
        if (!name) return;
        const url = stepTowardsChime(set, name);
        if (url !== null) addHowl(module, set, name, url);
      } while (hasTime());
      idle = whenIdle(work);
    };
    idle = whenIdle(work);
  }

  function cancelPreparing() {
    idle?.cancel();
    idle = null;
  }

  /** Resolves true once the browser runs audio, false if it still refuses after the wait. */
  async function waitUntilAllowed(module: HowlerModule): Promise<boolean> {
    const { Howler } = module;
    if (Howler.noAudio) return false;
    if (!Howler.usingWebAudio) return !html5Refused;
    const ctx = Howler.ctx as AudioContext | undefined | null;
    if (!ctx) return false;
    if (ctx.state === 'running') return true;
    const askedAt = performance.now();
    const resumed = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), unlockWaitMs);
      ctx.resume().then(
        () => {
          clearTimeout(timer);
          // A throttled background tab may run the timer late: a late unlock is still too late.
          resolve(performance.now() - askedAt <= unlockWaitMs);
        },
        () => {
          clearTimeout(timer);
          resolve(false);
        },
      );
    });
    notify();
    return resumed && (ctx.state as AudioContextState) === 'running';
  }

  async function play(name: SoundName): Promise<PlayOutcome> {
    if (muted || volume === 0) return 'silent';
    const module = await ensureLoaded();
    const howl = module && (await howlFor(module, name));
    if (!module || !howl) return 'failed';
    // Never hand howler a sound while audio is locked: it would queue it and ring it late.
    if (!(await waitUntilAllowed(module))) return 'locked';
    if (muted || volume === 0) return 'silent';
    module.Howler.volume(volume / 100);
    howl.play();
    return 'played';
  }

  return {
    setSoundSet(set) {
      if (set === soundSet) return;
      soundSet = set;
      if (howler) createHowls(howler);
      else void ensureLoaded();
    },
    setVolume(next) {
      volume = Math.min(100, Math.max(0, Math.round(next)));
      howler?.Howler.volume(volume / 100);
    },
    setMuted(next) {
      muted = next;
      // Muting also hushes a bowl that is still ringing.
      howler?.Howler.mute(next);
    },
    playCue: (kind) => play(CUE_SOUNDS[kind]),
    playBreakCue: (kind) => play(BREAK_CUE_SOUNDS[kind]),
    test: () => play(TEST_SOUND),
    unlock() {
      html5Refused = false;
      const resume = (module: HowlerModule | null) => {
        const ctx = module?.Howler.ctx as AudioContext | undefined | null;
        if (ctx && ctx.state !== 'running' && ctx.state !== 'closed') {
          ctx.resume().then(notify, notify);
        }
        notify();
      };
      if (howler) resume(howler);
      else void ensureLoaded().then(resume);
    },
    getAccess: () => lastAccess,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      cancelPreparing();
      howls.forEach((howl) => howl.unload());
      howls = new Map();
      listeners.clear();
    },
  };
}
