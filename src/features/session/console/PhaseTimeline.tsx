import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../clinic/clock';
import { PHASES, phaseTextKeys } from '../../../clinic/phases';
import { formatTime, intlLocale } from '../../../i18n/format';
import { useClinic } from '../../../store/store-context';
import { useClockValue } from '../../../ui/use-clock-value';
import { forecastView, sameForecast } from '../stage/session-view';

/**
 * All seven phases, planned against actual so far. Changes only when the facilitator acts. The
 * console folds it into a strip (console.css); its table roles are spelt out, so it stays a
 * table to assistive technology whatever the strip's display.
 */
export function PhaseTimeline() {
  const { t } = useTranslation();
  const records = useClinic((s) => s.clinic.records);
  const durationsMs = useClinic((s) => s.clinic.plan.durationsMs);
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <table role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('timeline.phase')}
            </th>
            <th scope="col" role="columnheader">
              {t('timeline.planned')}
            </th>
            <th scope="col" role="columnheader">
              {t('timeline.actual')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {PHASES.map((phase, index) => {
            const record = records[index];
            const isCurrent = index === phaseIndex;
            const plannedMs = durationsMs[phase.id] + (record?.extensionMs ?? 0);
            const actual = isCurrent
              ? t('timeline.current')
              : record && record.visits > 0
                ? formatDuration(record.activeMs)
                : t('timeline.notYet');
            const overPlan =
              !isCurrent &&
              record !== undefined &&
              record.visits > 0 &&
              record.activeMs > plannedMs + 999;
            return (
              <tr
                key={phase.id}
                role="row"
                aria-current={isCurrent ? 'step' : undefined}
                data-state={isCurrent ? 'current' : index < phaseIndex ? 'done' : 'ahead'}
              >
                <th scope="row" role="rowheader">
                  {t(phaseTextKeys(phase.id).name)}
                </th>
                <td role="cell">{formatDuration(plannedMs)}</td>
                <td role="cell" data-over={overPlan ? 'true' : undefined}>
                  {actual}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Expected end and how far ahead or behind: re-renders only when the shown minute changes. */
export function ForecastLine() {
  const { t, i18n } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const view = useClockValue(clinic, forecastView, sameForecast);
  if (!view) return null;
  const time = formatTime(view.endMinuteAt, intlLocale(i18n.language));
  const delta = view.deltaMinutes;
  return (
    <div className="forecast">
      <p>{t('timeline.expectedEnd', { time })}</p>
      <p data-delta={delta > 0 ? 'behind' : delta < 0 ? 'ahead' : 'on-plan'}>
        {delta === 0
          ? t('timeline.onPlan')
          : delta > 0
            ? t('timeline.behind', { count: delta })
            : t('timeline.ahead', { count: -delta })}
      </p>
    </div>
  );
}
