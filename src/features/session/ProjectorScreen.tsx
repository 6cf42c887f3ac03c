import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomState } from '../../store/room-context';
import { useClinic } from '../../store/store-context';
import { CaseLine } from './stage/CaseLine';
import { ProjectorStage } from './projector/ProjectorStage';
import {
  BlankWall,
  ExhibitWall,
  WallMessage,
  roomFor,
  type ReviewExhibit,
} from './projector/RoomWall';
import './stage/session.css';
import './projector.css';

export interface ProjectorScreenProps {
  /** Draws the review of last time when the facilitator shows it to the room. */
  renderReview?: (review: ReviewExhibit) => ReactNode;
}

/**
 * What the room sees, from five metres: read-only, large, high contrast. It computes its clock
 * from the clinic's timestamps like the console does; nothing here dispatches. What the
 * facilitator shows the room besides the phase (a message, a blank wall, the take-home codes)
 * comes from the room's own save.
 */
export function ProjectorScreen({ renderReview }: ProjectorScreenProps) {
  const { t } = useTranslation();
  const status = useClinic((s) => s.clinic.status);
  const room = roomFor(
    useRoomState(),
    useClinic((s) => s.clinic.clinicId),
  );
  const message = room?.messageShown && room.message.trim() !== '' ? room.message : null;

  if (room?.blank) return <BlankWall message={message} />;
  if (room?.exhibit) return <ExhibitWall exhibit={room.exhibit} renderReview={renderReview} />;

  if (status === 'setup' || status === 'finished') {
    return (
      <div className="session session-projector projector-idle">
        <section className="projector-message" aria-labelledby="projector-title">
          <p className="app-name">{t('app.title')}</p>
          <h1 id="projector-title">
            {status === 'setup' ? t('projector.waiting') : t('projector.finished')}
          </h1>
          {status === 'setup' && message === null && <p>{t('projector.waitingHint')}</p>}
          <CaseLine />
        </section>
        {message !== null && <WallMessage text={message} className="wall-message" />}
      </div>
    );
  }

  return <ProjectorStage message={message} />;
}
