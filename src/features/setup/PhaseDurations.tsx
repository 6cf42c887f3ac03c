import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_IDS, phaseTextKeys } from '../../clinic/phases';
import {
  MINUTE_MS,
  TEMPLATE_IDS,
  totalPlannedMs,
  type PlanError,
  type TemplateId,
} from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { Field, MinutesField, useErrorText } from './Field';
import type { MinuteDrafts } from './minutes';
import { OwnTemplateOptions, ownTemplateOf } from './templates/own-template-options';
import { TemplateTools } from './templates/lazy-tools';
import { useOwnTemplateChoice } from './templates/use-own-template-choice';

/** The timing card: a template, each phase's minutes, and the total. */
export function PhaseDurations({
  planErrors,
  drafts,
}: {
  planErrors: PlanError[];
  drafts: MinuteDrafts;
}) {
  const { t } = useTranslation();
  const templateId = useClinic((s) => s.clinic.plan.templateId);
  const durationsMs = useClinic((s) => s.clinic.plan.durationsMs);
  const dispatch = useClinic((s) => s.dispatch);
  const errorText = useErrorText(planErrors);
  const own = useOwnTemplateChoice(drafts);
  const totalMinutes = Math.round((totalPlannedMs(durationsMs) / MINUTE_MS) * 10) / 10;
  const totalError = errorText('total');
  return (
    <fieldset className="card">
      <legend>{t('setup.timingSection')}</legend>
      <Field label={t('setup.template')}>
        {(props) => (
          <select
            {...props}
            value={own.value}
            onChange={(e) => {
              const template = ownTemplateOf(e.target.value, own.templates);
              if (template) return own.apply(template);
              drafts.forgetPhases();
              dispatch({ type: 'applyTemplate', templateId: e.target.value as TemplateId });
            }}
          >
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`template.${id}`)}
              </option>
            ))}
            {templateId === 'custom' && <option value="custom">{t('template.custom')}</option>}
            <OwnTemplateOptions templates={own.templates} />
          </select>
        )}
      </Field>
      <Suspense fallback={null}>
        <TemplateTools choice={own} />
      </Suspense>
      <p className="field-hint">{t('setup.durationHint')}</p>
      <ol className="durations">
        {PHASE_IDS.map((phaseId, index) => (
          <li key={phaseId} className="duration-row">
            <span className="duration-number" aria-hidden="true">
              {index + 1}
            </span>
            <MinutesField
              label={t('setup.durationMinutes', { phase: t(phaseTextKeys(phaseId).name) })}
              error={
                drafts.isBroken(phaseId)
                  ? t('errors.phaseNotANumber')
                  : errorText(`duration.${phaseId}`)
              }
              ms={durationsMs[phaseId]}
              draft={drafts.draft(phaseId)}
              onType={(text) =>
                drafts.type(phaseId, text, (ms) =>
                  dispatch({ type: 'setPhaseDuration', phaseId, ms }),
                )
              }
            />
          </li>
        ))}
      </ol>
      <p className="setup-total" aria-live="polite">
        {t('setup.total', { minutes: totalMinutes })}
      </p>
      {totalError && <p className="field-error">{totalError}</p>}
    </fieldset>
  );
}
