import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commonBreakMs,
  setAllBreaks,
  setFacilitator,
} from '../../../clinic/session/plan/plan-edit';
import {
  DEFAULT_BREAK_MS,
  MAX_BREAK_MS,
  type FacilitatorMode,
  type SessionPlan,
} from '../../../clinic/session/plan/session-plan';
import { Field, MinutesField } from '../Field';
import { parseMinutes } from '../minutes';
import type { PlannerErrorText } from './planner-errors';

/** A break typed in minutes: a whole number of seconds from 0 to 60 minutes, or null. */
function breakMsOf(text: string): number | null {
  const minutes = parseMinutes(text);
  if (minutes === null) return null;
  const ms = Math.round(minutes * 60) * 1000;
  return ms >= 0 && ms <= MAX_BREAK_MS ? ms : null;
}

/** Who facilitates (one name, or one of the group per case) and the break between cases. */
export function SessionOptions({
  plan,
  onChange,
  errorText,
  onBreakDraftBroken,
}: {
  plan: SessionPlan;
  onChange: (plan: SessionPlan) => void;
  errorText: PlannerErrorText;
  /** Tells the planner a typed break is not a length, so it does not start meanwhile. */
  onBreakDraftBroken: (broken: boolean) => void;
}) {
  const { t } = useTranslation();
  const radioName = useId();
  const [breakDraft, setBreakDraft] = useState<string | undefined>(undefined);
  const common = commonBreakMs(plan);
  const broken = breakDraft !== undefined && breakMsOf(breakDraft) === null;
  // A typed length stays as typed while it is what the plan holds (a fit may change the breaks).
  const draft = broken || (breakDraft !== undefined && breakMsOf(breakDraft) === common);
  const modes: FacilitatorMode[] = ['fixed', 'rotating'];
  return (
    <fieldset className="card">
      <legend>{t('planner.sessionSection')}</legend>
      <fieldset className="planner-choice">
        <legend>{t('planner.facilitatorLegend')}</legend>
        {modes.map((mode) => (
          <div className="check" key={mode}>
            <input
              type="radio"
              id={`${radioName}-${mode}`}
              name={radioName}
              value={mode}
              checked={plan.facilitatorMode === mode}
              onChange={() => onChange(setFacilitator(plan, mode))}
            />
            <label htmlFor={`${radioName}-${mode}`}>
              {t(mode === 'fixed' ? 'planner.facilitatorFixed' : 'planner.facilitatorRotating')}
            </label>
          </div>
        ))}
      </fieldset>
      {plan.facilitatorMode === 'fixed' && (
        <Field
          label={t('planner.facilitatorName')}
          hint={t('setup.facilitatorHint')}
          error={errorText('facilitator')}
        >
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={plan.facilitatorName}
              onChange={(e) => onChange(setFacilitator(plan, 'fixed', e.target.value))}
            />
          )}
        </Field>
      )}
      {plan.breaksMs.length > 0 && (
        <>
          <MinutesField
            label={t('planner.breakMinutes')}
            error={broken ? t('planner.breakInvalid') : errorText('break.0')}
            ms={common ?? DEFAULT_BREAK_MS}
            draft={draft ? breakDraft : common === null ? '' : undefined}
            onType={(text) => {
              setBreakDraft(text);
              const ms = breakMsOf(text);
              onBreakDraftBroken(ms === null);
              if (ms !== null) onChange(setAllBreaks(plan, ms));
            }}
          />
          <p className="field-hint">
            {common === null ? t('planner.breaksDiffer') : t('planner.breakHint')}
          </p>
        </>
      )}
    </fieldset>
  );
}
