import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type SetupMode = 'clinic' | 'session';
const MODES: SetupMode[] = ['clinic', 'session'];

/** "One clinic" (the default) or "A session of several cases": two radio buttons. */
export function SetupModeSwitch({
  mode,
  onChange,
}: {
  mode: SetupMode;
  onChange: (mode: SetupMode) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="setup-mode">
      <legend>{t('planner.modeLegend')}</legend>
      {MODES.map((value) => (
        <div className="setup-mode-option" key={value}>
          <input
            type="radio"
            id={`${name}-${value}`}
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />
          <label htmlFor={`${name}-${value}`}>
            {t(value === 'clinic' ? 'planner.modeOne' : 'planner.modeSession')}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
