import { useTranslation } from 'react-i18next';
import { fitClinic } from '../../../clinic/session/fit/fit-session';
import { phaseTextKeys } from '../../../clinic/phases';
import { useClinic } from '../../../store/store-context';
import { EndByCheck } from './EndByCheck';

/** Whether one clinic, started now, ends by its end time; the fit that makes it, or what is missing. */
export function ClinicFitCheck({ now, endBy }: { now: number; endBy: number }) {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const lastFit = useClinic((s) => s.lastClinicFit);
  const fitToEnd = useClinic((s) => s.fitToEnd);
  const undoFit = useClinic((s) => s.undoFit);
  return (
    <EndByCheck
      fit={fitClinic(clinic, endBy, now)}
      describePart={(key) => (key.kind === 'phase' ? t(phaseTextKeys(key.phaseId).name) : '')}
      describeCases={() => ''}
      onFit={fitToEnd}
      onUndo={lastFit && undoFit}
    />
  );
}
