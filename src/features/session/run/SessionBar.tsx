import { useTranslation } from 'react-i18next';
import { memberName } from '../../../clinic/session/plan/session-plan';
import { useClinic } from '../../../store/store-context';
import { useSecond } from '../../../ui/use-second';
import { SessionForecastLine } from './SessionForecastLine';
import './session-run.css';

/**
 * Above the console while a clinic of a session runs: which clinic of how many, whose case, and
 * the session's expected end against its end time. `actions` holds the fit's controls.
 */
export function SessionBar({ actions }: { actions?: React.ReactNode }) {
  const { t } = useTranslation();
  const session = useClinic((s) => s.session);
  const now = useSecond(session?.status === 'clinic');
  if (session?.status !== 'clinic') return null;
  const index = session.runs.length - 1;
  const entry = session.plan.clinics[index];
  return (
    <section className="session-bar" aria-label={t('run.barLabel')}>
      <p className="session-bar-place" dir="auto">
        {t('run.clinicOf', {
          number: index + 1,
          total: session.plan.clinics.length,
          name: entry ? memberName(session.plan, entry.caseOwnerId) : '',
        })}
      </p>
      <SessionForecastLine now={now} />
      {actions}
    </section>
  );
}
