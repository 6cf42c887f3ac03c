import { useTranslation } from 'react-i18next';
import { fitPlan, setFittedLengths } from '../../../clinic/session/fit/fit-session';
import { setEndBy } from '../../../clinic/session/plan/plan-edit';
import { memberName, type SessionPlan } from '../../../clinic/session/plan/session-plan';
import { schedulePlan } from '../../../clinic/session/schedule';
import { createSession, type FitChange } from '../../../clinic/session/state';
import { phaseTextKeys } from '../../../clinic/phases';
import { formatTime, intlLocale } from '../../../i18n/format';
import { Field } from '../Field';
import { EndByCheck } from './EndByCheck';

interface PlanTimesProps {
  plan: SessionPlan;
  onChange: (plan: SessionPlan) => void;
  startText: string;
  onStartText: (text: string) => void;
  endText: string;
  onEndText: (text: string) => void;
  /** When the session starts (typed, or now) and the end time typed, as instants. */
  startAt: number;
  endBy: number | null;
  /** The fit last applied, kept to take it back; null when there is none. */
  lastFit: FitChange[] | null;
  onLastFit: (lengths: FitChange[] | null) => void;
}

/** When the session starts and must end, whether it fits, and each case's and break's times. */
export function PlanTimes(props: PlanTimesProps) {
  const { plan, onChange, startAt, endBy, lastFit, onLastFit } = props;
  const { t, i18n } = useTranslation();
  const time = (epochMs: number) => formatTime(epochMs, intlLocale(i18n.language));
  const clinicLabel = (clinicId: number) => {
    const index = plan.clinics.findIndex((clinic) => clinic.id === clinicId);
    const name = memberName(plan, plan.clinics[index]?.caseOwnerId ?? null).trim();
    const number = index + 1;
    return name ? t('planner.clinicOf', { number, name }) : t('planner.clinic', { number });
  };
  const schedule = schedulePlan(plan, startAt);
  const fit = fitPlan(setEndBy(plan, endBy), startAt);
  const applyLengths = (lengths: FitChange[], pick: 'afterMs' | 'beforeMs') =>
    onChange(setFittedLengths(createSession(plan), lengths, pick).plan);

  return (
    <fieldset className="card">
      <legend>{t('planner.timesSection')}</legend>
      <div className="planner-times">
        <Field label={t('planner.startAt')} hint={t('planner.startAtHint')}>
          {(field) => (
            <input
              {...field}
              type="time"
              value={props.startText}
              onChange={(e) => props.onStartText(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('endBy.label')} hint={t('endBy.hint')}>
          {(field) => (
            <input
              {...field}
              type="time"
              value={props.endText}
              onChange={(e) => props.onEndText(e.target.value)}
            />
          )}
        </Field>
      </div>
      <EndByCheck
        fit={fit}
        describePart={(key) =>
          key.kind === 'break'
            ? t('endBy.breakAfter', { number: key.gapIndex + 1 })
            : t('endBy.phaseOf', {
                number: plan.clinics.findIndex((clinic) => clinic.id === key.clinicId) + 1,
                phase: t(phaseTextKeys(key.phaseId).name),
              })
        }
        describeCases={(ids) => ids.map(clinicLabel).join('; ')}
        onFit={(lengths) => {
          applyLengths(lengths, 'afterMs');
          onLastFit(lengths);
        }}
        onUndo={
          lastFit &&
          (() => {
            applyLengths(lastFit, 'beforeMs');
            onLastFit(null);
          })
        }
      />
      <h2 className="planner-schedule-heading">{t('planner.scheduleHeading')}</h2>
      <ol className="planner-schedule">
        {schedule.items.map((item) => (
          <li
            key={item.kind === 'clinic' ? `c${item.clinicId}` : `b${item.gapIndex}`}
            className={item.kind === 'break' ? 'planner-schedule-break' : undefined}
          >
            <span>
              {item.kind === 'clinic' ? clinicLabel(item.clinicId) : t('planner.scheduleBreak')}
            </span>
            <span className="planner-schedule-time">
              {t('planner.timeRange', { start: time(item.startAt), end: time(item.endAt) })}
            </span>
          </li>
        ))}
      </ol>
      <p className="planner-schedule-end" aria-live="polite">
        {t('planner.scheduleEnd', { end: time(schedule.endAt) })}
      </p>
    </fieldset>
  );
}
