import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  createSettingsStore,
  readSettings,
} from '@/store/settings-store';
import { MemoryStorage } from './memory-storage';
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
