import { Trans, useTranslation } from 'react-i18next';
import { useClinic } from '../../../store/store-context';
import { useClockValue } from '../../../ui/use-clock-value';
import { countdownView, sameCountdown } from './session-view';

/**
 * The phase's time: the big countdown and the bar beneath it. This is the one part of the screen
 * that re-renders every second, and only when the shown second changes.
 */
export function Countdown({ showProgress = true }: { showProgress?: boolean }) {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const view = useClockValue(clinic, countdownView, sameCountdown);
  const percent = Math.round(view.progress * 100);
  return (
    <div className="countdown-block">
      <div role="timer" aria-live="off" aria-atomic="true" className="countdown">
        {view.isOvertime ? (
          <Trans
            i18nKey="session.overByRich"
            values={{ time: view.text }}
            components={{ small: <span className="countdown-prefix" /> }}
          />
        ) : (
          view.text
        )}
      </div>
      {showProgress && (
        <div
          className="phase-progress"
          role="progressbar"
          aria-label={t('session.phaseProgress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <div className="phase-progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
        </div>
      )}
    </div>
  );
}
