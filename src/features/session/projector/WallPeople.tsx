import { useTranslation } from 'react-i18next';
import type { PhaseId } from '../../../clinic/phases';
import { currentPhase } from '../../../clinic/state';
import { useClinic } from '../../../store/store-context';

type Who = 'owner' | 'coaches' | 'facilitator';

/** Whose names the room sees in each phase (mirroring has its own panel with the turns). */
const PEOPLE_OF: Record<PhaseId, readonly Who[]> = {
  roles: ['owner', 'coaches', 'facilitator'],
  presentation: ['owner'],
  clarification: ['coaches', 'owner'],
  stillness: [],
  mirroring: [],
  dialogue: ['owner', 'coaches'],
  closing: ['coaches', 'owner'],
};

/** Who speaks, by name: the case owner, the coaches, the facilitator, as the phase asks. */
export function WallPeople() {
  const { t } = useTranslation();
  const phaseId = useClinic((s) => currentPhase(s.clinic).id);
  const plan = useClinic((s) => s.clinic.plan);
  const coaches = plan.coaches.map(
    (name, index) => name.trim() || t('setup.coach', { number: index + 1 }),
  );
  const rows = PEOPLE_OF[phaseId].flatMap(
    (who): Array<{ who: Who; label: string; names: string[] }> => {
      if (who === 'owner') {
        const name = plan.caseOwner.trim();
        return name ? [{ who, label: t('projector.caseOwner'), names: [name] }] : [];
      }
      if (who === 'facilitator') {
        const name = plan.facilitator.trim();
        return name ? [{ who, label: t('projector.facilitator'), names: [name] }] : [];
      }
      return [{ who, label: t('projector.coaches'), names: coaches }];
    },
  );
  if (rows.length === 0) return null;
  return (
    <dl className="wall-people">
      {rows.map(({ who, label, names }) => (
        <div key={who} className="wall-people-row" data-who={who}>
          <dt>{label}</dt>
          <dd>
            {names.map((name, index) => (
              <span key={index} className="wall-name" dir="auto">
                {name}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
