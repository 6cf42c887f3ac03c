import { useTranslation } from 'react-i18next';
import { formatTime, intlLocale } from '../../../i18n/format';
import type { RunForecast } from './run-forecast';

export type ForecastStanding = 'onTime' | 'ahead' | 'behind';

/** Within half a minute either way counts as on time: the room cannot act on less. */
export function standingOf(deltaMs: number): { standing: ForecastStanding; minutes: number } {
  const minutes = Math.round(Math.abs(deltaMs) / 60_000);
  if (minutes === 0) return { standing: 'onTime', minutes };
  return { standing: deltaMs > 0 ? 'behind' : 'ahead', minutes };
}

const ICON: Record<ForecastStanding, string> = { onTime: '✓', ahead: '✓', behind: '⚠' };

/**
 * The expected end (of a session, or of a single clinic with an End by), and how far ahead or
 * behind its end time it stands (or its plan, without an end time): in words, with an icon
 * beside them, never by colour alone.
 */
export function SessionForecastLine({
  forecast,
  className,
}: {
  forecast: RunForecast | null;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  if (!forecast) return null;
  const locale = intlLocale(i18n.resolvedLanguage ?? i18n.language);
  const { endBy } = forecast;
  const { standing, minutes } = standingOf(forecast.deltaMs);
  const against = endBy === null ? 'Plan' : 'EndBy';
  return (
    <p className={`session-forecast session-forecast-${standing} ${className ?? ''}`}>
      <span className="session-forecast-icon" aria-hidden="true">
        {ICON[standing]}
      </span>{' '}
      {t('run.expectedEnd', { time: formatTime(forecast.expectedEndAt, locale) })}
      {' · '}
      {t(`run.${standing}${against}`, {
        count: minutes,
        time: endBy === null ? '' : formatTime(endBy, locale),
      })}
    </p>
  );
}
