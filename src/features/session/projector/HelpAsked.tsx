import { useTranslation } from 'react-i18next';
import type { PhaseId } from '../../../clinic/phases';
import { currentPhase } from '../../../clinic/state';
import { useClinic } from '../../../store/store-context';

/** The phases in which the room keeps the case owner's question in view. */
const ASKED_IN: ReadonlySet<PhaseId> = new Set([
  'presentation',
  'clarification',
  'mirroring',
  'dialogue',
]);

/** The help the case owner asked for, shown to the room while it is being worked on. */
export function HelpAsked() {
  const { t } = useTranslation();
  const phaseId = useClinic((s) => currentPhase(s.clinic).id);
  const helpWanted = useClinic((s) => s.clinic.plan.helpWanted.trim());
  if (!ASKED_IN.has(phaseId) || helpWanted === '') return null;
  return (
    <section className="wall-help" aria-labelledby="wall-help-heading">
      <h2 id="wall-help-heading">{t('projector.helpAsked')}</h2>
      <p dir="auto">{helpWanted}</p>
    </section>
  );
}
