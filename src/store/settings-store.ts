import { createStore, type StoreApi } from 'zustand/vanilla';

export const SETTINGS_KEY = 'case-clinic-timer:settings';

export const THEMES = ['dark', 'light', 'system'] as const;
export type Theme = (typeof THEMES)[number];
export const SOUND_SETS = ['bells', 'softTones'] as const;
export type SoundSet = (typeof SOUND_SETS)[number];

export interface Settings {
  /** A language code the app ships, or null to follow the browser. */
  language: string | null;
  /** 0..100 */
  volume: number;
  soundOn: boolean;
  soundSet: SoundSet;
  theme: Theme;
  /** Play the chimes in the projector window instead of the console. */
  soundInProjector: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  volume: 70,
  soundOn: true,
  soundSet: 'bells',
  theme: 'dark',
  soundInProjector: false,
};

/** Takes what is valid from saved settings and falls back to defaults field by field. */
export function readSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS };
  const saved = value as Record<string, unknown>;
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] =>
    valid(saved[key]) ? (saved[key] as Settings[K]) : DEFAULT_SETTINGS[key];
  return {
    language: pick('language', (v) => v === null || (typeof v === 'string' && v.length <= 10)),
    volume: pick('volume', (v) => typeof v === 'number' && v >= 0 && v <= 100),
    soundOn: pick('soundOn', (v) => typeof v === 'boolean'),
    soundSet: pick('soundSet', (v) => (SOUND_SETS as readonly unknown[]).includes(v)),
    theme: pick('theme', (v) => (THEMES as readonly unknown[]).includes(v)),
    soundInProjector: pick('soundInProjector', (v) => typeof v === 'boolean'),
  };
}

export interface SettingsStoreState extends Settings {
  update: (patch: Partial<Settings>) => void;
}

export type SettingsStore = StoreApi<SettingsStoreState>;

export function createSettingsStore(storage: Storage | null = null): SettingsStore {
  let initial = { ...DEFAULT_SETTINGS };
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (raw) initial = readSettings(JSON.parse(raw));
  } catch {
    // Unreadable settings are not worth a notice: the defaults are a fine start.
  }
  const store = createStore<SettingsStoreState>()((set) => ({
    ...initial,
    update: (patch) => set(readSettings({ ...store.getState(), ...patch })),
  }));
  store.subscribe((state) => {
    const { update: _update, ...settings } = state;
    try {
      storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Full storage: settings live on in memory for this visit.
    }
  });
  return store;
}
