import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_IDS, phaseTextKeys, type PhaseId } from '../../clinic/phases';
import {
  MINUTE_MS,
  TEMPLATE_IDS,
  totalPlannedMs,
  validatePlan,
  type PlanError,
  type TemplateId,
} from '../../clinic/templates';
import { useClinic } from '../../store/store-context';

function errorFor(errors: PlanError[], field: string): PlanError | undefined {
  return errors.find((error) => error.field === field);
}

export function SetupScreen() {
  const { t } = useTranslation();
  const plan = useClinic((s) => s.clinic.plan);
  const dispatch = useClinic((s) => s.dispatch);
  const [drafts, setDrafts] = useState<Partial<Record<PhaseId, string>>>({});
  const [attempted, setAttempted] = useState(false);
  const errors = validatePlan(plan);
  const showErrors = attempted ? errors : [];

  const setDuration = (phaseId: PhaseId, text: string) => {
    setDrafts((d) => ({ ...d, [phaseId]: text }));
    const minutes = Number(text.replace(',', '.'));
    if (text.trim() !== '' && Number.isFinite(minutes)) {
      dispatch({ type: 'setPhaseDuration', phaseId, ms: Math.round(minutes * MINUTE_MS) });
    }
  };
  const draftInvalid = (phaseId: PhaseId) => {
    const text = drafts[phaseId];
    return (
      text !== undefined && (text.trim() === '' || !Number.isFinite(Number(text.replace(',', '.'))))
    );
  };

  const start = () => {
    setAttempted(true);
    if (errors.length === 0 && !PHASE_IDS.some(draftInvalid)) dispatch({ type: 'start' });
  };

  const setCoach = (index: number, name: string) =>
    dispatch({
      type: 'updatePlan',
      patch: { coaches: plan.coaches.map((c, i) => (i === index ? name : c)) },
    });

  return (
    <section aria-labelledby="setup-heading">
      <h1 id="setup-heading">{t('setup.heading')}</h1>
      <label className="field">
        {t('setup.template')}{' '}
        <select
          value={plan.templateId}
          onChange={(e) => {
            setDrafts({});
            dispatch({ type: 'applyTemplate', templateId: e.target.value as TemplateId });
          }}
        >
          {TEMPLATE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`template.${id}`)}
            </option>
          ))}
          {plan.templateId === 'custom' && <option value="custom">{t('template.custom')}</option>}
        </select>
      </label>
      <label className="field">
        {t('setup.caseTitle')}{' '}
        <input
          value={plan.caseTitle}
          onChange={(e) => dispatch({ type: 'updatePlan', patch: { caseTitle: e.target.value } })}
        />
      </label>
      <label className="field">
        {t('setup.caseOwner')}{' '}
        <input
          value={plan.caseOwner}
          onChange={(e) => dispatch({ type: 'updatePlan', patch: { caseOwner: e.target.value } })}
        />
      </label>
      {errorFor(showErrors, 'caseOwner') && (
        <p className="error">{t(`errors.${errorFor(showErrors, 'caseOwner')!.code}`)}</p>
      )}
      {plan.coaches.map((name, index) => (
        <div key={index}>
          <label className="field">
            {t('setup.coach', { number: index + 1 })}{' '}
            <input value={name} onChange={(e) => setCoach(index, e.target.value)} />
          </label>
          {errorFor(showErrors, `coach.${index}`) && (
            <p className="error">{t(`errors.${errorFor(showErrors, `coach.${index}`)!.code}`)}</p>
          )}
        </div>
      ))}
      <fieldset>
        {PHASE_IDS.map((phaseId) => {
          const error = draftInvalid(phaseId)
            ? 'phaseNotANumber'
            : errorFor(errors, `duration.${phaseId}`)?.code;
          return (
            <div key={phaseId}>
              <label className="field">
                {t('setup.durationMinutes', { phase: t(phaseTextKeys(phaseId).name) })}{' '}
                <input
                  inputMode="decimal"
                  value={drafts[phaseId] ?? String(plan.durationsMs[phaseId] / MINUTE_MS)}
                  onChange={(e) => setDuration(phaseId, e.target.value)}
                  aria-invalid={error ? true : undefined}
                />
              </label>
              {error && <p className="error">{t(`errors.${error}`)}</p>}
            </div>
          );
        })}
        <p>
          {t('setup.total', { minutes: Math.round(totalPlannedMs(plan.durationsMs) / MINUTE_MS) })}
        </p>
      </fieldset>
      <button type="button" onClick={start}>
        {t('setup.start')}
      </button>
    </section>
  );
}
