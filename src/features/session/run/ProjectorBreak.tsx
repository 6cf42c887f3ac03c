import { useTranslation } from 'react-i18next';
import { breakClock } from '../../../clinic/session/break-clock';
import { formatCountdown } from '../../../clinic/clock';
import { memberName } from '../../../clinic/session/plan/session-plan';
import { nextClinic } from '../../../clinic/session/state';
import { useClinic } from '../../../store/store-context';
import { useBreakNow } from './use-break-now';
import { SessionForecastLine } from './SessionForecastLine';
import { useRunForecast } from './use-run-forecast';
import './session-run.css';

/** What the room sees between two clinics: a calm screen, the time left, whose case is next. */
export function ProjectorBreak() {
  const { t } = useTranslation();
  const session = useClinic((s) => s.session);
  const now = useBreakNow(session);
  const forecast = useRunForecast();
  const next = session ? nextClinic(session) : null;
  const clock = session ? breakClock(session, now) : null;
  if (!session || !next || !clock) return null;
  const countdown = formatCountdown(clock);
  return (
    <section className="session-break projector-break" aria-labelledby="projector-break-heading">
      <h1 id="projector-break-heading">{t('run.breakHeading')}</h1>
      <div role="timer" aria-live="off" aria-atomic="true" className="break-countdown">
        {countdown.isOvertime ? t('run.breakOver', { time: countdown.text }) : countdown.text}
      </div>
      <p className="break-next" dir="auto">
        {t('run.nextCase', { name: memberName(session.plan, next.caseOwnerId) })}
      </p>
      {next.caseTitle && (
        <p className="break-title" dir="auto">
          {next.caseTitle}
        </p>
      )}
      <SessionForecastLine forecast={forecast} />
    </section>
  );
}
