import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { memberName } from '../../../clinic/session/plan/session-plan';
import { useClinic } from '../../../store/store-context';
import { SessionForecastLine } from './SessionForecastLine';
import { useRunForecast } from './use-run-forecast';
import './session-run.css';

/**
 * Above the console and on the wall while a clinic runs against the clock: which clinic of a
 * session of how many, whose case, and the expected end against the end time (a session's, or a
 * single clinic's End by). `actions` holds the fit's controls in the console.
 */
export function SessionBar({ actions, wall = false }: { actions?: ReactNode; wall?: boolean }) {
  const { t } = useTranslation();
  const session = useClinic((s) => s.session);
  const forecast = useRunForecast();
  const inSessionClinic = session?.status === 'clinic';
  if (!inSessionClinic && (session !== null || forecast === null)) return null;
  const index = session ? session.runs.length - 1 : -1;
  const entry = session?.plan.clinics[index];
  return (
    <section
      className={wall ? 'session-bar session-bar-wall' : 'session-bar'}
      aria-label={t(session ? 'run.barLabel' : 'fit.endByButton')}
    >
      {session && (
        <p className="session-bar-place" dir="auto">
          {t('run.clinicOf', {
            number: index + 1,
            total: session.plan.clinics.length,
            name: entry ? memberName(session.plan, entry.caseOwnerId) : '',
          })}
        </p>
      )}
      <SessionForecastLine forecast={forecast} />
      {actions}
    </section>
  );
}
