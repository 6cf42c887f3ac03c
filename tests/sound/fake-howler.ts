import { vi } from 'vitest';

// A stand-in for howler (tests do `vi.mock('howler', ...)` with it): records which sounds each
// Howl was made for, which ones played, and lets a test decide what the browser's
// AudioContext does when asked to resume.

export class FakeAudioContext extends EventTarget {
  state: AudioContextState = 'running';
  /** 'allow': resume() starts audio; 'refuse': the promise never settles (Chrome without a click). */
  resumeBehaviour: 'allow' | 'refuse' = 'allow';
  resume = vi.fn(() => {
    if (this.resumeBehaviour === 'refuse') return new Promise<void>(() => {});
    this.setState('running');
    return Promise.resolve();
  });
  setState(state: AudioContextState) {
    if (this.state === state) return;
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

interface FakeHowlOptions {
  src: string[];
  format?: string[];
  preload?: boolean;
  onloaderror?: (id: number, error: unknown) => void;
  onplayerror?: (id: number, error: unknown) => void;
}

export class FakeHowl {
  static instances: FakeHowl[] = [];
  readonly src: string[];
  readonly options: FakeHowlOptions;
  plays = 0;
  unloaded = false;
  constructor(options: FakeHowlOptions) {
    this.options = options;
    this.src = options.src;
    FakeHowl.instances.push(this);
  }
  play() {
    this.plays += 1;
    fakeHowler.log.push(this.src[0] ?? '');
    return FakeHowl.instances.indexOf(this);
  }
  unload() {
    this.unloaded = true;
  }
}

export const fakeHowler = {
  ctx: new FakeAudioContext(),
  usingWebAudio: true,
  noAudio: false,
  autoSuspend: true,
  /** src[0] of every Howl played, in order. */
  log: [] as string[],
  volume: vi.fn(),
  mute: vi.fn(),
};

export function resetFakeHowler() {
  FakeHowl.instances = [];
  fakeHowler.ctx = new FakeAudioContext();
  fakeHowler.usingWebAudio = true;
  fakeHowler.noAudio = false;
  fakeHowler.autoSuspend = true;
  fakeHowler.log = [];
  fakeHowler.volume = vi.fn();
  fakeHowler.mute = vi.fn();
}

/** What played, by the name its URL carries after the "#", e.g. "bells/chime.wav". */
export function playedFiles(): string[] {
  return fakeHowler.log.map((url) => url.replace(/^[^#]*#/, ''));
}

export const howlerModule = { Howl: FakeHowl, Howler: fakeHowler };
