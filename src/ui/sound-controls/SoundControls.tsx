import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SOUND_SETS, type SoundSet } from '../../store/settings-store';
import { useSettings } from '../../store/store-context';
import { useAudioAccessState, useSoundAccess } from './sound-access';
import './sound-controls.css';

/**
 * Shown while the browser keeps the page silent (no click yet, e.g. after a reload in the
 * middle of a clinic). The click itself is what the browser needs to allow sound.
 */
export function SoundUnlockButton() {
  const { t } = useTranslation();
  const access = useSoundAccess();
  const state = useAudioAccessState();
  if (!access || state !== 'locked') return null;
  return (
    <button type="button" className="sound-unlock" onClick={() => access.unlock()}>
      {t('sound.enable')}
    </button>
  );
}

/** Mute, volume, sound set, a test chime and where the sound plays; kept in the settings. */
export function SoundControls() {
  const { t } = useTranslation();
  const access = useSoundAccess();
  const soundOn = useSettings((s) => s.soundOn);
  const volume = useSettings((s) => s.volume);
  const soundSet = useSettings((s) => s.soundSet);
  const soundInProjector = useSettings((s) => s.soundInProjector);
  const update = useSettings((s) => s.update);
  const volumeId = useId();
  const setId = useId();
  const projectorId = useId();

  return (
    <div className="sound-controls" role="group" aria-label={t('sound.groupLabel')}>
      <button
        type="button"
        className="sound-mute"
        data-sound={soundOn ? 'on' : 'off'}
        onClick={() => update({ soundOn: !soundOn })}
      >
        {soundOn ? t('sound.mute') : t('sound.unmute')}
      </button>
      <span className="sound-field">
        <label htmlFor={volumeId}>{t('sound.volume')}</label>
        <input
          id={volumeId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={volume}
          aria-valuetext={t('sound.volumeValue', { volume })}
          onChange={(event) => update({ volume: Number(event.currentTarget.value) })}
        />
      </span>
      <span className="sound-field">
        <label htmlFor={setId}>{t('sound.soundSet')}</label>
        <select
          id={setId}
          value={soundSet}
          onChange={(event) => update({ soundSet: event.currentTarget.value as SoundSet })}
        >
          {SOUND_SETS.map((set) => (
            <option key={set} value={set}>
              {t(`sound.sets.${set}`)}
            </option>
          ))}
        </select>
      </span>
      {access && (
        <button
          type="button"
          disabled={!soundOn || volume === 0}
          onClick={() => {
            access.unlock();
            void access.test();
          }}
        >
          {t('sound.test')}
        </button>
      )}
      <span className="sound-field">
        <input
          id={projectorId}
          type="checkbox"
          checked={soundInProjector}
          onChange={(event) => update({ soundInProjector: event.currentTarget.checked })}
        />
        <label htmlFor={projectorId}>{t('sound.inProjector')}</label>
      </span>
    </div>
  );
}
