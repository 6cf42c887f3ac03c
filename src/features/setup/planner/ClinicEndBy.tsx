import { useTranslation } from 'react-i18next';
import { Suspense } from 'react';
import { useClinic } from '../../../store/store-context';
import { Field } from '../Field';
import { ClinicFitCheck } from './lazy-planner';
import { plannedEndBy, timeInputValue } from '../../../ui/time-of-day';
import { usePlanningNow } from './use-now';

/**
 * "End by" for one clinic: whether the phases, started now, end by the time typed, and the fit
 * that makes them (each phase in proportion, none below its floor), or what is missing. The end
 * time is the store's, so the running clinic keeps it.
 */
export function ClinicEndBy() {
  const { t } = useTranslation();
  const now = usePlanningNow();
  const endBy = useClinic((s) => s.endBy);
  const setEndBy = useClinic((s) => s.setEndBy);

  return (
    <fieldset className="card">
      <legend>{t('planner.timesSection')}</legend>
      <Field label={t('endBy.label')} hint={t('endBy.hint')}>
        {(props) => (
          <input
            {...props}
            type="time"
            value={endBy === null ? '' : timeInputValue(endBy)}
            onChange={(e) => setEndBy(plannedEndBy(e.target.value, now))}
          />
        )}
      </Field>
      {endBy !== null && (
        <Suspense fallback={null}>
          <ClinicFitCheck now={now} endBy={endBy} />
        </Suspense>
      )}
    </fieldset>
  );
}
