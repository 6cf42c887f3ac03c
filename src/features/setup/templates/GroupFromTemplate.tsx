import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnTemplate } from '../../../clinic/own-templates';
import { setGroupNames } from '../../../clinic/session/plan/plan-edit';
import type { SessionPlan } from '../../../clinic/session/plan/session-plan';
import { useOwnTemplates } from '../../../store/templates-context';
import { Field } from '../Field';
import './templates.css';

/**
 * Fills the group's names from an own template saved with names (a group that meets again):
 * at once while nobody is named yet, after a question otherwise.
 */
export function GroupFromTemplate({
  plan,
  onChange,
}: {
  plan: SessionPlan;
  onChange: (plan: SessionPlan) => void;
}) {
  const { t } = useTranslation();
  const withNames = useOwnTemplates().filter((template) => template.group !== null);
  const [asking, setAsking] = useState<OwnTemplate | null>(null);
  if (withNames.length === 0) return null;
  const fill = (template: OwnTemplate) => onChange(setGroupNames(plan, template.group ?? []));
  return (
    <>
      <Field label={t('planner.fillGroup')}>
        {(props) => (
          <select
            {...props}
            value=""
            onChange={(e) => {
              const template = withNames.find((own) => String(own.id) === e.target.value);
              if (!template) return;
              const named = plan.group.some((member) => member.name.trim() !== '');
              if (named) setAsking(template);
              else fill(template);
            }}
          >
            <option value="">{t('planner.fillGroupChoose')}</option>
            {withNames.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {asking && (
        <div className="template-names-question" role="group" aria-labelledby="group-fill-q">
          <p id="group-fill-q">
            {t('planner.fillGroupQuestion', {
              name: asking.name,
              names: asking.group?.join(', '),
            })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                fill(asking);
                setAsking(null);
              }}
            >
              {t('planner.fillGroupYes')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('planner.fillGroupNo')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
