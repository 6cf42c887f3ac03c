import { useTranslation } from 'react-i18next';
import { PHASE_COUNT, phaseTextKeys } from '../../../clinic/phases';
import { currentPhase } from '../../../clinic/state';
import { useClinic } from '../../../store/store-context';

/** "Phase 2 of 7", the phase's name, and who may speak. */
export function PhaseHeading({ id }: { id: string }) {
  const { t } = useTranslation();
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  const phase = useClinic((s) => currentPhase(s.clinic));
  return (
    <header className="phase-heading">
      <p className="phase-place">
        {t('session.phaseOf', { number: phaseIndex + 1, count: PHASE_COUNT })}
      </p>
      <h1 id={id} className="phase-name">
        {t(phaseTextKeys(phase.id).name)}
      </h1>
      <p className="phase-speakers">{t(`speakers.${phase.speakers}`)}</p>
    </header>
  );
}
