import { createStore } from 'zustand/vanilla';
import { createAppClock, type Clock } from './clock';
import type { DeviceStorage } from './device-storage';
import { keepSaved, type SavedStore } from './persisted';
import { defineSave, type LoadNotice, type SaveParse } from './versioned-save';

export const SETTINGS_KEY = 'case-clinic-timer:settings';
export const SETTINGS_BACKUP_PREFIX = 'case-clinic-timer:settings-backup:';

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

const RULES: { [K in keyof Settings]: (value: unknown) => boolean } = {
  language: (v) => v === null || (typeof v === 'string' && v.length <= 10),
  volume: (v) => typeof v === 'number' && v >= 0 && v <= 100,
  soundOn: (v) => typeof v === 'boolean',
  soundSet: (v) => (SOUND_SETS as readonly unknown[]).includes(v),
  theme: (v) => (THEMES as readonly unknown[]).includes(v),
  soundInProjector: (v) => typeof v === 'boolean',
};
const KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

/** Takes what is valid from saved settings and falls back to defaults field by field. */
export function readSettings(value: unknown): Settings {
  const saved =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of KEYS) {
    if (RULES[key](saved[key])) Object.assign(settings, { [key]: saved[key] });
  }
  return settings;
}

/** Saved settings: kept field by field, and what was wrong is named (it goes to a backup). */
function parseSettings(value: unknown): SaveParse<Settings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'the settings are not an object' };
  }
  const saved = value as Record<string, unknown>;
  const wrong = KEYS.filter((key) => key in saved && !RULES[key](saved[key]));
  const settings = readSettings(saved);
  return wrong.length > 0
    ? { ok: true, value: settings, repaired: wrong.join(', ') }
    : { ok: true, value: settings };
}

export const SETTINGS_SAVE = defineSave<Settings>({
  key: SETTINGS_KEY,
  backupPrefix: SETTINGS_BACKUP_PREFIX,
  field: 'settings',
  version: 1,
  parse: parseSettings,
  // Until the shared envelope, the settings were saved as the bare object.
  legacy: (saved) => ({ version: 1, data: saved }),
});

export interface SettingsStoreState extends Settings {
  /** Saved settings that were damaged: what was kept aside, and where. */
  notice: LoadNotice | null;
  update: (patch: Partial<Settings>) => void;
  dismissNotice: () => void;
}

export type SettingsStore = SavedStore<SettingsStoreState>;

/** The settings of this device; every window follows what another saves. */
export function createSettingsStore(
  storage: DeviceStorage | null = null,
  clock: Clock = createAppClock(),
): SettingsStore {
  const pick = (state: SettingsStoreState): Settings =>
    Object.fromEntries(KEYS.map((key) => [key, state[key]])) as unknown as Settings;
  const store = createStore<SettingsStoreState>()((set, get) => ({
    ...DEFAULT_SETTINGS,
    notice: null,
    update: (patch) => set(readSettings({ ...pick(get()), ...patch })),
    dismissNotice: () => set({ notice: null }),
  }));
  return keepSaved(store, {
    save: SETTINGS_SAVE,
    storage,
    clock,
    pick,
    restore: ({ value, notice }) => ({ ...value, ...(notice && { notice }) }),
    // The clinic's own notice already says when nothing can be saved.
    problem: () => ({}),
  });
}
