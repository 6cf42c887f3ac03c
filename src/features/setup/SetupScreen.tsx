import { Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validatePlan } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { CoachList } from './CoachList';
import { PlanTextField, useErrorText } from './Field';
import { useMinuteDrafts } from './minutes';
import { PhaseDurations } from './PhaseDurations';
import { SetupOptions } from './SetupOptions';
import { ClinicEndBy } from './planner/ClinicEndBy';
import { SessionSetup } from './planner/lazy-planner';
import { SetupModeSwitch } from './planner/SetupModeSwitch';
import { useSessionPlanning } from './planner/use-session-planning';
import './setup.css';
import './planner/planner.css';

/** The setup: one clinic (the default) or the planner of a session of several cases. */
export function SetupScreen() {
  const planning = useSessionPlanning();
  const modeSwitch = <SetupModeSwitch mode={planning.mode} onChange={planning.setMode} />;
  if (planning.plan) {
    return (
      <Suspense fallback={null}>
        <SessionSetup
          plan={planning.plan}
          onChange={planning.setPlan}
          onStart={planning.start}
          modeSwitch={modeSwitch}
        />
      </Suspense>
    );
  }
  return <ClinicSetup modeSwitch={modeSwitch} />;
}

/**
 * The plan of the clinic: who takes part, the case, the timing and the options, then Start.
 * Time fields speak up at once; names only after a first try to start, so an empty form is calm.
 */
function ClinicSetup({ modeSwitch }: { modeSwitch: ReactNode }) {
  const { t } = useTranslation();
  const plan = useClinic((s) => s.clinic.plan);
  const dispatch = useClinic((s) => s.dispatch);
  const drafts = useMinuteDrafts();
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const planErrors = validatePlan(plan);
  const shownErrors = attempted ? planErrors : [];
  const errorText = useErrorText(shownErrors);
  // A duration typed as text counts once: as the broken draft, not also as the plan's value.
  const problemCount =
    planErrors.filter((e) => !e.field.startsWith('duration.') || !drafts.isBroken(e.phaseId!))
      .length + drafts.brokenCount;

  const start = () => {
    setAttempted(true);
    if (problemCount === 0) {
      dispatch({ type: 'start' });
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
      aria-labelledby="setup-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
      onKeyDown={(event) => {
        // Enter in a field finishes typing, it does not start the clinic; Ctrl/Cmd+Enter does.
        const target = event.target as HTMLElement;
        if (event.key !== 'Enter' || target instanceof HTMLButtonElement) return;
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          start();
        } else if (target instanceof HTMLInputElement) {
          event.preventDefault();
        }
      }}
    >
      <header className="setup-header">
        <p className="app-name">{t('app.title')}</p>
        <h1 id="setup-heading">{t('setup.heading')}</h1>
        <p className="setup-intro">{t('setup.intro')}</p>
        {modeSwitch}
      </header>

      <div className="setup-columns">
        <div className="setup-column">
          <fieldset className="card">
            <legend>{t('setup.peopleSection')}</legend>
            <PlanTextField
              field="caseOwner"
              label={t('setup.caseOwner')}
              error={errorText('caseOwner')}
              autoComplete="off"
            />
            <CoachList errorText={errorText} />
            <PlanTextField
              field="facilitator"
              label={t('setup.facilitator')}
              hint={t('setup.facilitatorHint')}
              error={errorText('facilitator')}
              autoComplete="off"
            />
          </fieldset>

          <fieldset className="card">
            <legend>{t('setup.caseSection')}</legend>
            <PlanTextField
              field="caseTitle"
              label={t('setup.caseTitle')}
              error={errorText('caseTitle')}
            />
            <PlanTextField
              field="helpWanted"
              label={t('setup.helpWanted')}
              hint={t('setup.helpWantedHint')}
              error={errorText('helpWanted')}
              multiline
            />
          </fieldset>
        </div>

        <div className="setup-column">
          <PhaseDurations planErrors={planErrors} drafts={drafts} />
          <ClinicEndBy />
          <SetupOptions planErrors={planErrors} shownErrors={shownErrors} drafts={drafts} />
        </div>
      </div>

      <footer className="setup-footer">
        <div role="alert" className="setup-problems">
          {attempted && problemCount > 0 && t('setup.fixErrors', { count: problemCount })}
        </div>
        <p className="setup-start-hint" id="setup-start-hint">
          {t('setup.startHint')}
        </p>
        <button
          type="submit"
          className="button button-primary button-large"
          aria-describedby="setup-start-hint"
        >
          {t('setup.start')}
        </button>
      </footer>
    </form>
  );
}
