import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomView, WallExhibit } from '../../../store/room-store';
import { TakeHomeCodes } from '../../../ui/TakeHomeCodes';
import { useShrinkToFit } from '../../../ui/use-shrink-to-fit';

// What the room sees besides the phase: the facilitator's message, a blank wall, or something
// shown to the room in place of the phase (the take-home codes, the review of last time).

export type ReviewExhibit = Extract<WallExhibit, { kind: 'review' }>;

/** What of the room's view applies to this clinic: set for another clinic, it is not shown. */
export function roomFor(room: RoomView | null, clinicId: string | null): RoomView | null {
  if (!room || (room.clinicId !== null && room.clinicId !== clinicId)) return null;
  return room;
}

/** The message, large; it shrinks to its box rather than push anything off the wall. */
export function WallMessage({ text, className }: { text: string; className: string }) {
  const { t } = useTranslation();
  const fitRef = useShrinkToFit<HTMLDivElement>();
  return (
    <section className={className} aria-label={t('projector.messageLabel')}>
      <div className="wall-fit" ref={fitRef}>
        <p className="wall-message-text" dir="auto">
          {text}
        </p>
      </div>
    </section>
  );
}

/** "Blank the wall": the message alone, or a calm empty screen. */
export function BlankWall({ message }: { message: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="session session-projector wall-blank">
      <h1 className="visually-hidden">{t('projector.blankHeading')}</h1>
      {message !== null && (
        <WallMessage text={message} className="wall-message wall-message-alone" />
      )}
    </div>
  );
}

/**
 * Lays out n codes so that each is at least 35% of the window's height and all of them fit:
 * up to three in a row, more in two rows; never wider than the row allows (3vw gaps, 4vw sides).
 */
function codeSize(count: number): string {
  const rows = count <= 3 ? 1 : 2;
  const columns = Math.ceil(count / rows);
  const width = (90 - 3 * (columns - 1)) / columns;
  return `min(${rows === 1 ? 64 : 35}vh, ${width.toFixed(2)}vw)`;
}

/** The take-home codes or the review, filling the wall until the facilitator takes it down. */
export function ExhibitWall({
  exhibit,
  renderReview,
}: {
  exhibit: WallExhibit;
  renderReview?: (review: ReviewExhibit) => ReactNode;
}) {
  const { t } = useTranslation();
  const fitRef = useShrinkToFit<HTMLDivElement>();
  if (exhibit.kind === 'codes') {
    return (
      <div className="session session-projector wall-exhibit wall-codes">
        <h1>{t('projector.codesHeading')}</h1>
        <div style={{ '--code-size': codeSize(exhibit.codes.length) } as CSSProperties}>
          <TakeHomeCodes codes={exhibit.codes} large />
        </div>
      </div>
    );
  }
  return (
    <div className="session session-projector wall-exhibit wall-review">
      <div className="wall-fit" ref={fitRef}>
        {renderReview?.(exhibit)}
      </div>
    </div>
  );
}
