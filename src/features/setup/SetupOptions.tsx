import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanError } from '../../clinic/templates';
import { THEMES, type Theme } from '../../store/settings-store';
import { useClinic, useSettings } from '../../store/store-context';
import { Field, MinutesField, PlanCheckbox, useErrorText } from './Field';
import type { MinuteDrafts } from './minutes';

/** The options card: the wrap-up, the stillness, the confidentiality reminder, the theme. */
export function SetupOptions({
  planErrors,
  shownErrors,
  drafts,
}: {
  planErrors: PlanError[];
  /** Errors of the text fields: shown only after a first try to start. */
  shownErrors: PlanError[];
  drafts: MinuteDrafts;
}) {
  const { t } = useTranslation();
  const wrapUpMs = useClinic((s) => s.clinic.plan.wrapUpMs);
  const showConfidentiality = useClinic((s) => s.clinic.plan.showConfidentiality);
  const confidentialityText = useClinic((s) => s.clinic.plan.confidentialityText);
  const dispatch = useClinic((s) => s.dispatch);
  const theme = useSettings((s) => s.theme);
  const updateSettings = useSettings((s) => s.update);
  // Until edited, the reminder shows the app's own text in the current language.
  const [confidentialityDraft, setConfidentialityDraft] = useState<string | null>(null);
  const planErrorText = useErrorText(planErrors);
  const shownErrorText = useErrorText(shownErrors);
  return (
    <fieldset className="card">
      <legend>{t('setup.optionsSection')}</legend>
      <MinutesField
        label={t('setup.wrapUpMinutes')}
        error={drafts.isBroken('wrapUp') ? t('errors.wrapUpInvalid') : planErrorText('wrapUp')}
        ms={wrapUpMs}
        draft={drafts.draft('wrapUp')}
        onType={(text) =>
          drafts.type('wrapUp', text, (ms) =>
            dispatch({ type: 'updatePlan', patch: { wrapUpMs: ms } }),
          )
        }
      />
      <PlanCheckbox
        field="stillnessEndsAutomatically"
        label={t('setup.stillnessEndsAutomatically')}
      />
      <PlanCheckbox field="showConfidentiality" label={t('setup.showConfidentiality')} />
      {showConfidentiality && (
        <Field
          label={t('setup.confidentialityText')}
          hint={t('setup.confidentialityHint')}
          error={shownErrorText('confidentialityText')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={
                // The draft while it is the plan's text; a template's text replaces it.
                confidentialityDraft !== null && confidentialityDraft === confidentialityText
                  ? confidentialityDraft
                  : confidentialityText || t('session.confidentialityDefault')
              }
              onChange={(e) => {
                setConfidentialityDraft(e.target.value);
                dispatch({ type: 'updatePlan', patch: { confidentialityText: e.target.value } });
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
  );
}
