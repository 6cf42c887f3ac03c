import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TurnSpeaker } from '../../../clinic/mirroring';
import { useClinic } from '../../../store/store-context';
import { useClockValue } from '../../../ui/use-clock-value';
import { sameTurn, turnView } from './session-view';

function useSpeakerName() {
  const { t } = useTranslation();
  const coaches = useClinic((s) => s.clinic.plan.coaches);
  const caseOwner = useClinic((s) => s.clinic.plan.caseOwner);
  return (speaker: TurnSpeaker): string => {
    if (speaker.kind === 'owner') {
      return caseOwner.trim() === ''
        ? t('session.caseOwnerFallback')
        : t('session.ownerName', { name: caseOwner });
    }
    const name = coaches[speaker.coachIndex]?.trim();
    return name ? name : t('setup.coach', { number: speaker.coachIndex + 1 });
  };
}

/**
 * Mirroring, one coach at a time: who speaks now, the turn's own countdown, who is next, and (on
 * the console) the hand-over control. It shows nothing outside the mirroring phase.
 */
export function MirroringPanel({ control }: { control?: ReactNode }) {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const turn = useClockValue(clinic, turnView, sameTurn);
  const nameOf = useSpeakerName();
  if (!turn) return null;
  return (
    <section className="mirroring" aria-labelledby="mirroring-now">
      <p className="mirroring-label" id="mirroring-now">
        {t('session.speakingNow')}
        <span className="mirroring-turn">
          {t('session.turnOf', { number: turn.turnIndex + 1, count: turn.turnCount })}
        </span>
      </p>
      <p className="mirroring-name">{nameOf(turn.speaker)}</p>
      <p className="mirroring-time">{t('session.turnLeft', { time: turn.remainingText })}</p>
      <p className="mirroring-next">
        {turn.next === null
          ? t('session.lastTurn')
          : turn.next.kind === 'owner'
            ? t('session.nextOwner')
            : t('session.nextSpeaker', { name: nameOf(turn.next) })}
      </p>
      {control}
    </section>
  );
}
