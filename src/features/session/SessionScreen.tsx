import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../clinic/clock';
import { turnAtElapsed } from '../../clinic/mirroring';
import { PHASE_COUNT, phaseAt, phaseTextKeys } from '../../clinic/phases';
import { MINUTE_MS } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { usePhaseClock } from '../../ui/use-phase-clock';

function Countdown() {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const clock = usePhaseClock(clinic);
  const { text, isOvertime } = formatCountdown(clock);
  const turn = turnAtElapsed(clinic, clock.elapsedMs);
  return (
    <div>
      <div role="timer" aria-live="off">
        <p className="countdown">{isOvertime ? t('session.overBy', { time: text }) : text}</p>
      </div>
      {turn && (
        <p>
          {turn.speaker.kind === 'coach'
            ? t('session.speaking', { name: clinic.plan.coaches[turn.speaker.coachIndex] })
            : t('session.ownerTurn')}
        </p>
      )}
    </div>
  );
}

export function SessionScreen() {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const dispatch = useClinic((s) => s.dispatch);
  const phase = phaseAt(clinic.phaseIndex);
  const isMirroring = phase.id === 'mirroring';
  return (
    <section aria-labelledby="phase-heading">
      <p>{t('session.phaseOf', { number: clinic.phaseIndex + 1, count: PHASE_COUNT })}</p>
      <h1 id="phase-heading">{t(phaseTextKeys(phase.id).name)}</h1>
      <p>{t(`speakers.${phase.speakers}`)}</p>
      {clinic.status === 'paused' && <p>{t('session.paused')}</p>}
      <Countdown />
      <div>
        {clinic.status === 'running' ? (
          <button type="button" onClick={() => dispatch({ type: 'pause' })}>
            {t('controls.pause')}
          </button>
        ) : (
          <button type="button" onClick={() => dispatch({ type: 'resume' })}>
            {t('controls.resume')}
          </button>
        )}
        <button type="button" onClick={() => dispatch({ type: 'previous' })}>
          {t('controls.previous')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'next' })}>
          {t('controls.next')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'extend', deltaMs: MINUTE_MS })}>
          {t('controls.addMinute')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'extend', deltaMs: -MINUTE_MS })}>
          {t('controls.removeMinute')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'restartPhase' })}>
          {t('controls.restartPhase')}
        </button>
        {isMirroring && (
          <button type="button" onClick={() => dispatch({ type: 'nextTurn' })}>
            {t('controls.nextSpeaker')}
          </button>
        )}
        <button type="button" onClick={() => dispatch({ type: 'finish' })}>
          {t('controls.finish')}
        </button>
      </div>
    </section>
  );
}
