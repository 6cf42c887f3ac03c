import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  createSettingsStore,
  readSettings,
} from '@/store/settings-store';
import { screen } from '@testing-library/react';
import { ConsoleApp } from '@/app/App';
import { MemoryStorage } from './memory-storage';
import { renderWithStores } from '../helpers/render';
import { deviceOf } from '../helpers/device';

describe('settings', () => {
  it('are remembered across a reload', () => {
    const storage = new MemoryStorage();
    createSettingsStore(deviceOf(storage))
      .getState()
      .update({ volume: 35, theme: 'light', language: 'de' });
    const again = createSettingsStore(deviceOf(storage)).getState();
    expect([again.volume, again.theme, again.language]).toEqual([35, 'light', 'de']);
  });

  it('keep what is valid and fall back field by field', () => {
    expect(
      readSettings({ volume: 500, soundOn: 'yes', theme: 'light', soundSet: 'softTones' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      soundSet: 'softTones',
    });
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('start from the defaults when the saved settings are not JSON', () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, '{oops');
    const state = createSettingsStore(deviceOf(storage)).getState();
    expect(state.volume).toBe(DEFAULT_SETTINGS.volume);
  });

  it('refuse an out-of-range update', () => {
    const store = createSettingsStore(null);
    store.getState().update({ volume: -3 });
    expect(store.getState().volume).toBe(DEFAULT_SETTINGS.volume);
  });
});

// Issue 12, class 5: damaged settings were ignored in silence and left in place. Now what cannot
// be read goes to a backup key like the clinic's, what can be read is kept, with a quiet notice.
describe('damaged saved settings', () => {
  const BACKUP = 'case-clinic-timer:settings-backup:';
  const load = (raw: string) => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, raw);
    const store = createSettingsStore(deviceOf(storage), { now: () => 77 });
    return { storage, state: store.getState() };
  };

  it.each([
    ['invalid JSON', '{"volume": 40,', 'unreadable'],
    ['a list', '[1, 2, 3]', 'unreadable'],
    ['a number', '42', 'unreadable'],
    ['settings that are text', '{"schemaVersion": 1, "savedAt": 5, "settings": "loud"}', 'invalid'],
    ['a future version', '{"schemaVersion": 9, "savedAt": 5, "settings": {}}', 'unknownVersion'],
  ])('%s: the defaults, the old value under a backup key, a notice', (_name, raw, problem) => {
    const { storage, state } = load(raw);
    expect(state.volume).toBe(DEFAULT_SETTINGS.volume);
    expect(state.notice).toMatchObject({ problem, backupKey: `${BACKUP}77` });
    expect(storage.getItem(`${BACKUP}77`)).toBe(raw);
  });

  it('an absurd number: the rest is kept, the old value goes to a backup, and says which', () => {
    const raw = JSON.stringify({
      ...DEFAULT_SETTINGS,
      volume: 500,
      theme: 'light',
      language: 'de',
    });
    const { storage, state } = load(raw);
    expect([state.volume, state.theme, state.language]).toEqual([70, 'light', 'de']);
    expect(state.notice).toMatchObject({ problem: 'repaired', detail: 'volume' });
    expect(storage.getItem(`${BACKUP}77`)).toBe(raw);
    // What is saved now reads back clean: no notice the next time.
    const again = createSettingsStore(deviceOf(storage), { now: () => 78 }).getState();
    expect([again.volume, again.theme, again.language, again.notice]).toEqual([
      70,
      'light',
      'de',
      null,
    ]);
  });

  it('settings saved before the envelope (the bare object) still load, without a notice', () => {
    const { state } = load(
      JSON.stringify({ ...DEFAULT_SETTINGS, volume: 35, soundSet: 'softTones' }),
    );
    expect([state.volume, state.soundSet, state.notice]).toEqual([35, 'softTones', null]);
  });

  it('the notice is a quiet status line, not an alert', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, '{"volume": 40,');
    renderWithStores(<ConsoleApp soundControls={null} />, {
      settings: createSettingsStore(deviceOf(storage)),
    });
    expect(screen.getByRole('status')).toHaveTextContent(/saved settings could not be read/);
    const alerts = screen.queryAllByRole('alert').map((alert) => alert.textContent ?? '');
    expect(alerts.filter((text) => /settings/.test(text))).toEqual([]);
  });
});
