import { useTranslation } from 'react-i18next';
import type { OwnTemplate } from '../../../clinic/own-templates';

// The user's own templates in a template choice, after the built-in ones: the setup's and each
// clinic card's of the planner. Their values carry a prefix so they never meet a built-in id.

const OWN = 'own:';

export const ownTemplateValue = (template: OwnTemplate) => `${OWN}${template.id}`;

/** The own template a choice's value names, or null for a built-in one. */
export function ownTemplateOf(value: string, templates: OwnTemplate[]): OwnTemplate | null {
  if (!value.startsWith(OWN)) return null;
  return templates.find((template) => ownTemplateValue(template) === value) ?? null;
}

export function OwnTemplateOptions({ templates }: { templates: OwnTemplate[] }) {
  const { t } = useTranslation();
  if (templates.length === 0) return null;
  return (
    <optgroup label={t('setup.ownTemplates')}>
      {templates.map((template) => (
        <option key={template.id} value={ownTemplateValue(template)}>
          {template.name}
        </option>
      ))}
    </optgroup>
  );
}
