import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_IDS, phaseTextKeys, type PhaseId } from '../../clinic/phases';
import {
  MAX_COACHES,
  MIN_COACHES,
  MINUTE_MS,
  TEMPLATE_IDS,
  totalPlannedMs,
  validatePlan,
  type Plan,
  type PlanError,
  type PlanErrorCode,
  type TemplateId,
} from '../../clinic/templates';
import { THEMES, type Theme } from '../../store/settings-store';
import { useClinic, useSettings } from '../../store/store-context';
import './setup.css';

function errorFor(errors: PlanError[], field: string): PlanErrorCode | undefined {
  return errors.find((error) => error.field === field)?.code;
}

/** Reads "2", "2.5" or "2,5" as minutes; anything else is not a number. */
function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const minutes = Number(trimmed.replace(',', '.'));
  return Number.isFinite(minutes) ? minutes : null;
}

function formatMinutes(ms: number): string {
  return String(Math.round((ms / MINUTE_MS) * 100) / 100);
}

/** A labelled field with its message underneath, linked for screen readers. */
function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (props: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type PlanTextKey = 'caseOwner' | 'facilitator' | 'caseTitle' | 'helpWanted';

/** One of the plan's free-text fields, written into the plan as it is typed. */
function PlanTextField({
  field,
  label,
  hint,
  error,
  multiline = false,
  autoComplete,
}: {
  field: PlanTextKey;
  label: string;
  hint?: string;
  error?: string;
  multiline?: boolean;
  /** "off" for people's names: the browser's suggestions are other people's. */
  autoComplete?: 'off';
}) {
  const value = useClinic((s) => s.clinic.plan[field]);
  const dispatch = useClinic((s) => s.dispatch);
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const patch: Partial<Plan> = {};
    patch[field] = event.target.value;
    dispatch({ type: 'updatePlan', patch });
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) =>
        multiline ? (
          <textarea {...props} rows={2} value={value} onChange={onChange} />
        ) : (
          <input {...props} autoComplete={autoComplete} value={value} onChange={onChange} />
        )
      }
    </Field>
  );
}

/** One of the plan's switches, written into the plan as it is ticked. */
function PlanCheckbox({
  field,
  label,
}: {
  field: 'stillnessEndsAutomatically' | 'showConfidentiality';
  label: string;
}) {
  const id = useId();
  const checked = useClinic((s) => s.clinic.plan[field]);
  const dispatch = useClinic((s) => s.dispatch);
  return (
    <div className="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => {
          const patch: Partial<Plan> = {};
          patch[field] = event.target.checked;
          dispatch({ type: 'updatePlan', patch });
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function SetupScreen() {
  const { t } = useTranslation();
  const plan = useClinic((s) => s.clinic.plan);
  const dispatch = useClinic((s) => s.dispatch);
  const theme = useSettings((s) => s.theme);
  const updateSettings = useSettings((s) => s.update);
  const [durationDrafts, setDurationDrafts] = useState<Partial<Record<PhaseId, string>>>({});
  const [wrapUpDraft, setWrapUpDraft] = useState<string | null>(null);
  // Until edited, the reminder shows the app's own text in the current language.
  const [confidentialityDraft, setConfidentialityDraft] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const planErrors = validatePlan(plan);
  const durationDraftBroken = (phaseId: PhaseId) => {
    const text = durationDrafts[phaseId];
    return text !== undefined && parseMinutes(text) === null;
  };
  const wrapUpDraftBroken = wrapUpDraft !== null && parseMinutes(wrapUpDraft) === null;
  const brokenDrafts = PHASE_IDS.filter(durationDraftBroken).length + (wrapUpDraftBroken ? 1 : 0);
  // Time fields speak up at once; names only after a first try to start, so an empty form is calm.
  const nameFieldsShown = attempted ? planErrors : [];
  const problemCount =
    planErrors.filter((e) => !e.field.startsWith('duration.') || !durationDraftBroken(e.phaseId!))
      .length + brokenDrafts;

  const message = (code: PlanErrorCode | undefined) => (code ? t(`errors.${code}`) : undefined);

  const setDuration = (phaseId: PhaseId, text: string) => {
    setDurationDrafts((drafts) => ({ ...drafts, [phaseId]: text }));
    const minutes = parseMinutes(text);
    if (minutes !== null) {
      dispatch({ type: 'setPhaseDuration', phaseId, ms: Math.round(minutes * MINUTE_MS) });
    }
  };

  const setWrapUp = (text: string) => {
    setWrapUpDraft(text);
    const minutes = parseMinutes(text);
    if (minutes !== null) {
      dispatch({ type: 'updatePlan', patch: { wrapUpMs: Math.round(minutes * MINUTE_MS) } });
    }
  };

  const setCoaches = (coaches: string[]) => dispatch({ type: 'updatePlan', patch: { coaches } });

  const moveCoach = (from: number, to: number, direction: 'up' | 'down') => {
    const coaches = [...plan.coaches];
    const [moved] = coaches.splice(from, 1);
    coaches.splice(to, 0, moved ?? '');
    setCoaches(coaches);
    // Keep the focus on the button that moved the coach, now one row further.
    requestAnimationFrame(() => {
      const target =
        document.getElementById(`coach-${to}-${direction}`) ??
        document.getElementById(`coach-${to}-name`);
      if (target instanceof HTMLButtonElement && target.disabled) {
        document.getElementById(`coach-${to}-name`)?.focus();
      } else {
        target?.focus();
      }
    });
  };

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

  const totalMinutes = Math.round((totalPlannedMs(plan.durationsMs) / MINUTE_MS) * 10) / 10;

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
    >
      <header className="setup-header">
        <p className="app-name">{t('app.title')}</p>
        <h1 id="setup-heading">{t('setup.heading')}</h1>
        <p className="setup-intro">{t('setup.intro')}</p>
      </header>

      <div className="setup-columns">
        <div className="setup-column">
          <fieldset className="card">
            <legend>{t('setup.peopleSection')}</legend>
            <PlanTextField
              field="caseOwner"
              label={t('setup.caseOwner')}
              error={message(errorFor(nameFieldsShown, 'caseOwner'))}
              autoComplete="off"
            />

            <fieldset className="coaches">
              <legend>{t('setup.coachesLegend')}</legend>
              {errorFor(nameFieldsShown, 'coaches') && (
                <p className="field-error">{message(errorFor(nameFieldsShown, 'coaches'))}</p>
              )}
              <ol className="coach-list">
                {plan.coaches.map((name, index) => {
                  const number = index + 1;
                  const error = message(errorFor(nameFieldsShown, `coach.${index}`));
                  return (
                    <li key={index} className="coach-row">
                      <div className="coach-field">
                        <label htmlFor={`coach-${index}-name`}>
                          {t('setup.coach', { number })}
                        </label>
                        <input
                          id={`coach-${index}-name`}
                          autoComplete="off"
                          value={name}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `coach-${index}-error` : undefined}
                          onChange={(e) =>
                            setCoaches(
                              plan.coaches.map((c, i) => (i === index ? e.target.value : c)),
                            )
                          }
                        />
                        {error && (
                          <p className="field-error" id={`coach-${index}-error`}>
                            {error}
                          </p>
                        )}
                      </div>
                      <div className="coach-actions">
                        <button
                          type="button"
                          id={`coach-${index}-up`}
                          className="button button-icon"
                          title={t('setup.moveCoachUp', { number })}
                          disabled={index === 0}
                          onClick={() => moveCoach(index, index - 1, 'up')}
                        >
                          <span aria-hidden="true">↑</span>
                          <span className="visually-hidden">
                            {t('setup.moveCoachUp', { number })}
                          </span>
                        </button>
                        <button
                          type="button"
                          id={`coach-${index}-down`}
                          className="button button-icon"
                          title={t('setup.moveCoachDown', { number })}
                          disabled={index === plan.coaches.length - 1}
                          onClick={() => moveCoach(index, index + 1, 'down')}
                        >
                          <span aria-hidden="true">↓</span>
                          <span className="visually-hidden">
                            {t('setup.moveCoachDown', { number })}
                          </span>
                        </button>
                        <button
                          type="button"
                          className="button button-icon"
                          title={t('setup.removeCoach', { number })}
                          disabled={plan.coaches.length <= MIN_COACHES}
                          onClick={() => setCoaches(plan.coaches.filter((_, i) => i !== index))}
                        >
                          <span aria-hidden="true">×</span>
                          <span className="visually-hidden">
                            {t('setup.removeCoach', { number })}
                          </span>
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
              <button
                type="button"
                className="button"
                disabled={plan.coaches.length >= MAX_COACHES}
                onClick={() => {
                  setCoaches([...plan.coaches, '']);
                  const next = plan.coaches.length;
                  requestAnimationFrame(() =>
                    document.getElementById(`coach-${next}-name`)?.focus(),
                  );
                }}
              >
                {t('setup.addCoach')}
              </button>
            </fieldset>

            <PlanTextField
              field="facilitator"
              label={t('setup.facilitator')}
              hint={t('setup.facilitatorHint')}
              error={message(errorFor(nameFieldsShown, 'facilitator'))}
              autoComplete="off"
            />
          </fieldset>

          <fieldset className="card">
            <legend>{t('setup.caseSection')}</legend>
            <PlanTextField
              field="caseTitle"
              label={t('setup.caseTitle')}
              error={message(errorFor(nameFieldsShown, 'caseTitle'))}
            />
            <PlanTextField
              field="helpWanted"
              label={t('setup.helpWanted')}
              hint={t('setup.helpWantedHint')}
              error={message(errorFor(nameFieldsShown, 'helpWanted'))}
              multiline
            />
          </fieldset>
        </div>

        <div className="setup-column">
          <fieldset className="card">
            <legend>{t('setup.timingSection')}</legend>
            <Field label={t('setup.template')}>
              {(props) => (
                <select
                  {...props}
                  value={plan.templateId}
                  onChange={(e) => {
                    setDurationDrafts({});
                    dispatch({ type: 'applyTemplate', templateId: e.target.value as TemplateId });
                  }}
                >
                  {TEMPLATE_IDS.map((id) => (
                    <option key={id} value={id}>
                      {t(`template.${id}`)}
                    </option>
                  ))}
                  {plan.templateId === 'custom' && (
                    <option value="custom">{t('template.custom')}</option>
                  )}
                </select>
              )}
            </Field>
            <p className="field-hint">{t('setup.durationHint')}</p>
            <ol className="durations">
              {PHASE_IDS.map((phaseId, index) => {
                const code = durationDraftBroken(phaseId)
                  ? 'phaseNotANumber'
                  : errorFor(planErrors, `duration.${phaseId}`);
                return (
                  <li key={phaseId} className="duration-row">
                    <span className="duration-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <Field
                      label={t('setup.durationMinutes', { phase: t(phaseTextKeys(phaseId).name) })}
                      error={message(code)}
                    >
                      {(props) => (
                        <input
                          {...props}
                          className="input-minutes"
                          inputMode="decimal"
                          autoComplete="off"
                          value={
                            durationDrafts[phaseId] ?? formatMinutes(plan.durationsMs[phaseId])
                          }
                          onChange={(e) => setDuration(phaseId, e.target.value)}
                        />
                      )}
                    </Field>
                  </li>
                );
              })}
            </ol>
            <p className="setup-total" aria-live="polite">
              {t('setup.total', { minutes: totalMinutes })}
            </p>
            {errorFor(planErrors, 'total') && (
              <p className="field-error">{message(errorFor(planErrors, 'total'))}</p>
            )}
          </fieldset>

          <fieldset className="card">
            <legend>{t('setup.optionsSection')}</legend>
            <Field
              label={t('setup.wrapUpMinutes')}
              error={
                wrapUpDraftBroken
                  ? t('errors.wrapUpInvalid')
                  : message(errorFor(planErrors, 'wrapUp'))
              }
            >
              {(props) => (
                <input
                  {...props}
                  className="input-minutes"
                  inputMode="decimal"
                  autoComplete="off"
                  value={wrapUpDraft ?? formatMinutes(plan.wrapUpMs)}
                  onChange={(e) => setWrapUp(e.target.value)}
                />
              )}
            </Field>
            <PlanCheckbox
              field="stillnessEndsAutomatically"
              label={t('setup.stillnessEndsAutomatically')}
            />
            <PlanCheckbox field="showConfidentiality" label={t('setup.showConfidentiality')} />
            {plan.showConfidentiality && (
              <Field
                label={t('setup.confidentialityText')}
                hint={t('setup.confidentialityHint')}
                error={message(errorFor(nameFieldsShown, 'confidentialityText'))}
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    value={
                      confidentialityDraft ??
                      (plan.confidentialityText || t('session.confidentialityDefault'))
                    }
                    onChange={(e) => {
                      setConfidentialityDraft(e.target.value);
                      dispatch({
                        type: 'updatePlan',
                        patch: { confidentialityText: e.target.value },
                      });
                    }}
                  />
                )}
              </Field>
            )}
            <Field label={t('setup.theme')}>
              {(props) => (
                <select
                  {...props}
                  value={theme}
                  onChange={(e) => updateSettings({ theme: e.target.value as Theme })}
                >
                  {THEMES.map((id) => (
                    <option key={id} value={id}>
                      {t(`theme.${id}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
        </div>
      </div>

      <footer className="setup-footer">
        <div role="alert" className="setup-problems">
          {attempted && problemCount > 0 && t('setup.fixErrors', { count: problemCount })}
        </div>
        <button type="submit" className="button button-primary button-large">
          {t('setup.start')}
        </button>
      </footer>
    </form>
  );
}
