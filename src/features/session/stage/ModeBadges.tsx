import { useTranslation } from 'react-i18next';
import { useClinic } from '../../../store/store-context';
import { HourglassIcon, OvertimeIcon, PauseIcon } from '../../../ui/icons';
import { useClockValue } from '../../../ui/use-clock-value';
import { modeOf } from './session-view';

/** Wrap-up, overtime and pause are said in words with an icon, never by colour alone. */
export function ModeBadges() {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const mode = useClockValue(clinic, modeOf);
  return (
    <div className="mode-badges">
      {mode === 'wrapUp' && (
        <p className="mode-badge mode-badge-wrapup">
          <HourglassIcon />
          <span>{t('session.wrapUp')}</span>
        </p>
      )}
      {mode === 'overtime' && (
        <p className="mode-badge mode-badge-overtime">
          <OvertimeIcon />
          <span>{t('session.overtime')}</span>
        </p>
      )}
      {clinic.status === 'paused' && (
        <p className="mode-badge mode-badge-paused">
          <PauseIcon />
          <span>{t('session.paused')}</span>
        </p>
      )}
    </div>
  );
}
