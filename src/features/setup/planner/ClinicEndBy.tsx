import { useTranslation } from 'react-i18next';
import { fitClinic } from '../../../clinic/session/fit/fit-session';
import { phaseTextKeys } from '../../../clinic/phases';
import { useClinic } from '../../../store/store-context';
import { Field } from '../Field';
import { EndByCheck } from './EndByCheck';
import { plannedEndBy, timeInputValue } from './time-of-day';
import { usePlanningNow } from './use-now';

/**
 * "End by" for one clinic: whether the phases, started now, end by the time typed, and the fit
 * that makes them (each phase in proportion, none below its floor), or what is missing. The end
 * time is the store's, so the running clinic keeps it.
 */
export function ClinicEndBy() {
  const { t } = useTranslation();
  const now = usePlanningNow();
  const clinic = useClinic((s) => s.clinic);
  const endBy = useClinic((s) => s.endBy);
  const lastFit = useClinic((s) => s.lastClinicFit);
  const setEndBy = useClinic((s) => s.setEndBy);
  const fitToEnd = useClinic((s) => s.fitToEnd);
  const undoFit = useClinic((s) => s.undoFit);

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
        <EndByCheck
          fit={fitClinic(clinic, endBy, now)}
          describePart={(key) => (key.kind === 'phase' ? t(phaseTextKeys(key.phaseId).name) : '')}
          describeCases={() => ''}
          onFit={fitToEnd}
          onUndo={lastFit && undoFit}
        />
      )}
    </fieldset>
  );
}
