import { useTranslation } from 'react-i18next';
import { sessionSchedule } from '../../../clinic/session/schedule';
import { findClinic, memberName } from '../../../clinic/session/plan/session-plan';
import type { SessionState } from '../../../clinic/session/state';
import { formatTime, intlLocale } from '../../../i18n/format';

/** What is left of the session: each clinic and break still to come, with its times. */
export function ScheduleList({ session, now }: { session: SessionState; now: number }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage ?? i18n.language);
  const items = sessionSchedule(session, now).items.filter((item) => item.progress !== 'done');
  return (
    <section className="session-schedule" aria-labelledby="session-schedule-heading">
      <h2 id="session-schedule-heading">{t('run.scheduleHeading')}</h2>
      <ol>
        {items.map((item) => {
          const times = t('run.fromTo', {
            from: formatTime(item.startAt, locale),
            to: formatTime(item.endAt, locale),
          });
          if (item.kind === 'break') {
            return (
              <li key={`break-${item.gapIndex}`} className="session-schedule-break">
                <span>{times}</span> {t('run.breakItem')}
              </li>
            );
          }
          const clinic = findClinic(session.plan, item.clinicId);
          const owner = clinic ? memberName(session.plan, clinic.caseOwnerId) : '';
          return (
            <li key={`clinic-${item.clinicId}`}>
              <span>{times}</span> {t('run.clinicItem', { name: owner })}
              {clinic?.caseTitle ? ` · ${clinic.caseTitle}` : ''}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
