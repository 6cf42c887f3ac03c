import { useTranslation } from 'react-i18next';
import { phaseTextKeys } from '../../../clinic/phases';
import { currentPhase } from '../../../clinic/state';
import { useClinic } from '../../../store/store-context';

/** What the phase asks of the room, one paragraph a line. */
export function PhasePrompt() {
  const { t } = useTranslation();
  const phaseId = useClinic((s) => currentPhase(s.clinic).id);
  // The stillness has nothing to read: the room just breathes.
  if (phaseId === 'stillness') return null;
  const lines = t(phaseTextKeys(phaseId).prompt).split('\n');
  return (
    <div className="phase-prompt">
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}
