import { useTranslation } from 'react-i18next';
import { useClinic } from '../../store/store-context';
import { CueBanner } from '../../ui/CueBanner';
import { CaseLine } from './stage/CaseLine';
import { PhaseStage } from './stage/PhaseStage';
import { SessionFrame } from './stage/SessionFrame';
import './stage/session.css';
import './projector.css';

/**
 * What the room sees, from five metres: read-only, large, high contrast. It computes its clock
 * from the clinic's timestamps like the console does; nothing here dispatches.
 */
export function ProjectorScreen() {
  const { t } = useTranslation();
  const status = useClinic((s) => s.clinic.status);

  if (status === 'setup' || status === 'finished') {
    return (
      <div className="session session-projector projector-idle">
        <section className="projector-message" aria-labelledby="projector-title">
          <p className="app-name">{t('app.title')}</p>
          <h1 id="projector-title">
            {status === 'setup' ? t('projector.waiting') : t('projector.finished')}
          </h1>
          {status === 'setup' && <p>{t('projector.waitingHint')}</p>}
          <CaseLine />
        </section>
      </div>
    );
  }

  return (
    <SessionFrame variant="projector">
      <section className="stage projector-stage" aria-labelledby="projector-phase-name">
        <div className="projector-top">
          <CaseLine />
          <div className="cue-slot">
            <CueBanner />
          </div>
        </div>
        <PhaseStage headingId="projector-phase-name" />
      </section>
    </SessionFrame>
  );
}
