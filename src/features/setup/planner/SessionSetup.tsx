import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addClinic, setEndBy } from '../../../clinic/session/plan/plan-edit';
import { validateSessionPlan } from '../../../clinic/session/plan/plan-validate';
import { MAX_CLINICS, type SessionPlan } from '../../../clinic/session/plan/session-plan';
import type { FitChange } from '../../../clinic/session/state';
import { focusSoon } from '../CoachList';
import { ClinicCard } from './ClinicCard';
import { GroupMembers } from './GroupMembers';
import { PlanTimes } from './PlanTimes';
import { usePlannerErrors } from './planner-errors';
import { SessionOptions } from './SessionOptions';
import { plannedEndBy, plannedStart, timeInputValue } from '../../../ui/time-of-day';
import { usePlanningNow } from './use-now';

export interface SessionSetupProps {
  plan: SessionPlan;
  onChange: (plan: SessionPlan) => void;
  /** Starts the session with this plan (its end time set); only called for a valid plan. */
  onStart: (plan: SessionPlan) => void;
  /** "One clinic" or "A session of several cases", above the planner. */
  modeSwitch?: ReactNode;
}

/** The first case owner not yet bringing a case, for a case added to the plan. */
function nextOwner(plan: SessionPlan): number | null {
  const owners = new Set(plan.clinics.map((clinic) => clinic.caseOwnerId));
  return plan.group.find((member) => !owners.has(member.id))?.id ?? null;
}

/**
 * The planner of a session: the group, the cases in running order, the facilitator and the
 * breaks, the times with the end time's check, then Start. Like the one-clinic setup, problems
 * show once a start was tried: next to each field and listed above the Start button.
 */
export function SessionSetup({ plan, onChange, onStart, modeSwitch }: SessionSetupProps) {
  const { t } = useTranslation();
  const now = usePlanningNow();
  const [attempted, setAttempted] = useState(false);
  const [breakBroken, setBreakBroken] = useState(false);
  const [startText, setStartText] = useState('');
  const [endText, setEndText] = useState(() =>
    plan.endBy === null ? '' : timeInputValue(plan.endBy),
  );
  const [lastFit, setLastFit] = useState<FitChange[] | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const startAt = plannedStart(startText, now);
  const endBy = plannedEndBy(endText, startAt);
  const planErrors = validateSessionPlan(plan);
  const shown = usePlannerErrors(plan, attempted ? planErrors : []);
  // An edit that does not apply (an unknown id, a full group) returns the same plan: no change.
  const change = (next: SessionPlan) => {
    if (next !== plan) onChange(next);
  };
  const problems = breakBroken
    ? [
        ...shown.summary,
        t('planner.errorIn', {
          place: t('planner.breakMinutes'),
          message: t('planner.breakInvalid'),
        }),
      ]
    : shown.summary;

  const start = () => {
    setAttempted(true);
    if (planErrors.length === 0 && !breakBroken) {
      onStart(setEndBy(plan, endBy));
      return;
    }
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  };

  return (
    <form
      ref={formRef}
      className="setup"
      aria-labelledby="planner-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <header className="setup-header">
        <p className="app-name">{t('app.title')}</p>
        <h1 id="planner-heading">{t('planner.heading')}</h1>
        <p className="setup-intro">{t('planner.intro')}</p>
        {modeSwitch}
      </header>

      <div className="setup-columns">
        <div className="setup-column">
          <GroupMembers plan={plan} onChange={change} errorText={shown.errorText} />
          <SessionOptions
            plan={plan}
            onChange={change}
            errorText={shown.errorText}
            onBreakDraftBroken={setBreakBroken}
          />
          <PlanTimes
            plan={plan}
            onChange={change}
            startText={startText}
            onStartText={setStartText}
            endText={endText}
            onEndText={(text) => {
              // Kept in the plan as it is typed, so a reload while planning keeps it.
              setEndText(text);
              change(setEndBy(plan, plannedEndBy(text, startAt)));
            }}
            startAt={startAt}
            endBy={endBy}
            lastFit={lastFit}
            onLastFit={setLastFit}
          />
        </div>
        <div className="setup-column">
          <section className="planner-clinics" aria-labelledby="planner-clinics-heading">
            <h2 id="planner-clinics-heading">{t('planner.clinicsSection')}</h2>
            {shown.errorText('clinics') && (
              <p className="field-error">{shown.errorText('clinics')}</p>
            )}
            <ol className="planner-clinic-list">
              {plan.clinics.map((clinic, index) => (
                <ClinicCard
                  key={clinic.id}
                  plan={plan}
                  clinic={clinic}
                  index={index}
                  onChange={change}
                  errorText={shown.errorText}
                />
              ))}
            </ol>
            <button
              type="button"
              className="button"
              disabled={plan.clinics.length >= MAX_CLINICS}
              onClick={() => {
                change(addClinic(plan, nextOwner(plan)));
                focusSoon(`clinic-${plan.nextClinicId}-down`, `clinic-${plan.nextClinicId}-up`);
              }}
            >
              {t('planner.addClinic')}
            </button>
          </section>
        </div>
      </div>

      <footer className="setup-footer">
        <div role="alert" className="setup-problems">
          {attempted && problems.length > 0 && (
            <>
              <p>{t('planner.fixErrors', { count: problems.length })}</p>
              <ul className="planner-problems">
                {problems.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <button type="submit" className="button button-primary button-large">
          {t('planner.start')}
        </button>
      </footer>
    </form>
  );
}
