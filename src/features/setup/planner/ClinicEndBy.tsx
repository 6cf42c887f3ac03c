import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fitClinic } from '../../../clinic/session/fit/fit-session';
import type { FitChange } from '../../../clinic/session/state';
import { phaseTextKeys, type PhaseId } from '../../../clinic/phases';
import { useClinic } from '../../../store/store-context';
import { Field } from '../Field';
import { EndByCheck } from './EndByCheck';
import { plannedEndBy } from './time-of-day';
import { usePlanningNow } from './use-now';

/**
 * "End by" for one clinic: whether the phases, started now, end by the time typed, and the fit
 * that makes them (each phase in proportion, none below its floor), or what is missing.
 */
export function ClinicEndBy({
  endText,
  onEndText,
}: {
  endText: string;
  onEndText: (text: string) => void;
}) {
  const { t } = useTranslation();
  const now = usePlanningNow();
  const clinic = useClinic((s) => s.clinic);
  const dispatch = useClinic((s) => s.dispatch);
  const [lastFit, setLastFit] = useState<FitChange[] | null>(null);
  const endBy = plannedEndBy(endText, now);
  const setLengths = (lengths: FitChange[], pick: 'afterMs' | 'beforeMs') => {
    for (const change of lengths) {
      if (change.key.kind !== 'phase') continue;
      const phaseId: PhaseId = change.key.phaseId;
      // An undo restores only a phase that still has its fitted length (not one edited since).
      if (pick === 'beforeMs' && clinic.plan.durationsMs[phaseId] !== change.afterMs) continue;
      dispatch({ type: 'setPhaseDuration', phaseId, ms: change[pick] });
    }
  };

  return (
    <fieldset className="card">
      <legend>{t('planner.timesSection')}</legend>
      <Field label={t('endBy.label')} hint={t('endBy.hint')}>
        {(props) => (
          <input
            {...props}
            type="time"
            value={endText}
            onChange={(e) => onEndText(e.target.value)}
          />
        )}
      </Field>
      {endBy !== null && (
        <EndByCheck
          fit={fitClinic(clinic, endBy, now)}
          describePart={(key) => (key.kind === 'phase' ? t(phaseTextKeys(key.phaseId).name) : '')}
          describeCases={() => ''}
          onFit={(lengths) => {
            setLengths(lengths, 'afterMs');
            setLastFit(lengths);
          }}
          onUndo={
            lastFit &&
            (() => {
              setLengths(lastFit, 'beforeMs');
              setLastFit(null);
            })
          }
        />
      )}
    </fieldset>
  );
}
