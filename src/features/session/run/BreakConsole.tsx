import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakClock } from '../../../clinic/session/break-clock';
import { formatCountdown } from '../../../clinic/clock';
import { memberName } from '../../../clinic/session/plan/session-plan';
import { nextClinic } from '../../../clinic/session/state';
import { MINUTE_MS } from '../../../clinic/templates';
import { useClinic, useClinicStoreApi } from '../../../store/store-context';
import { LabelledField } from '../../../ui/LabelledField';
import { BreakFitActions } from '../fit/BreakFitActions';
import { useBreakNow } from './use-break-now';
import { ScheduleList } from './ScheduleList';
import { SessionForecastLine } from './SessionForecastLine';
import { useRunForecast } from './use-run-forecast';
import { SkipCaseDialog } from './SkipCaseDialog';
import './session-run.css';

const ADD_MS = 5 * MINUTE_MS;

/**
 * The console between two clinics: the break's countdown, whose case comes next (its title and
 * the help asked may be given now), start it now, lengthen the break, skip the case, and what
 * is left of the session.
 */
export function BreakConsole() {
  const { t } = useTranslation();
  const store = useClinicStoreApi();
  const session = useClinic((s) => s.session);
  const now = useBreakNow(session);
  const forecast = useRunForecast();
  const [skipping, setSkipping] = useState(false);
  const next = session ? nextClinic(session) : null;
  const clock = session ? breakClock(session, now) : null;
  if (!session || !next || !clock) return null;
  const send = store.getState().dispatchSession;
  const owner = memberName(session.plan, next.caseOwnerId);
  const left = session.plan.clinics.length - session.runs.length;
  const countdown = formatCountdown(clock);
  return (
    <section className="session-break" aria-labelledby="break-heading">
      <h1 id="break-heading">{t('run.breakHeading')}</h1>
      <div role="timer" aria-live="off" aria-atomic="true" className="break-countdown">
        {countdown.isOvertime ? t('run.breakOver', { time: countdown.text }) : countdown.text}
      </div>
      <p className="break-next" dir="auto">
        {t('run.nextCase', { name: owner })}
      </p>
      <div className="break-case">
        <LabelledField label={t('run.caseTitle')}>
          <input
            value={next.caseTitle}
            onChange={(e) =>
              send({ type: 'updateCase', clinicId: next.id, caseTitle: e.target.value })
            }
          />
        </LabelledField>
        <LabelledField label={t('run.helpWanted')}>
          <input
            value={next.helpWanted}
            onChange={(e) =>
              send({ type: 'updateCase', clinicId: next.id, helpWanted: e.target.value })
            }
          />
        </LabelledField>
      </div>
      <div className="button-row break-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => send({ type: 'startNextClinic' })}
        >
          {t('run.startNext')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => send({ type: 'lengthenBreak', deltaMs: ADD_MS })}
        >
          {t('run.addFive')}
        </button>
        <button type="button" className="button" onClick={() => setSkipping(true)}>
          {t('run.skipCase')}
        </button>
      </div>
      <SessionForecastLine forecast={forecast} />
      <BreakFitActions now={now} />
      <ScheduleList session={session} now={now} />
      {skipping && (
        <SkipCaseDialog
          name={owner}
          canMoveToEnd={left > 1}
          onCancel={() => setSkipping(false)}
          onSkip={(mode) => {
            setSkipping(false);
            send({ type: 'skipCase', clinicId: next.id, mode });
          }}
        />
      )}
    </section>
  );
}
