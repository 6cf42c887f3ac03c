import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  templateContentOf,
  type OwnTemplate,
  type OwnTemplateError,
  type OwnTemplatesResult,
} from '../../../clinic/own-templates';
import { sameName } from '../../../clinic/session/plan/plan-validate';
import { useClinic } from '../../../store/store-context';
import type { TemplatesStore } from '../../../store/templates-store';
import { ModalDialog } from '../../../ui/ModalDialog';
import { useTemplateErrorText } from './template-messages';
import { TemplateNameInput } from './TemplateNameInput';

/**
 * Saves the current plan's timing and habits under a name; with the group's names (the case
 * owner and the coaches) only when asked. A name already taken may be saved over, on purpose.
 */
export function SaveTemplateDialog({
  store,
  onClose,
}: {
  store: TemplatesStore;
  /** With the template saved, or nothing when cancelled. */
  onClose: (saved?: OwnTemplate) => void;
}) {
  const { t } = useTranslation();
  const errorText = useTemplateErrorText();
  const id = useId();
  const plan = useClinic((s) => s.clinic.plan);
  const [name, setName] = useState('');
  const [withNames, setWithNames] = useState(false);
  const [error, setError] = useState<OwnTemplateError | null>(null);
  const content = templateContentOf(plan, withNames ? [plan.caseOwner, ...plan.coaches] : null);
  const taken =
    error?.code === 'nameTaken'
      ? store.getState().templates.find((template) => sameName(template.name, name))
      : undefined;
  const finish = (result: OwnTemplatesResult) => {
    if (result.ok) onClose(result.template);
    else setError(result.error);
  };

  return (
    <ModalDialog size="narrow" aria-labelledby={`${id}-heading`} onClose={() => onClose()}>
      <form
        className="templates-dialog"
        noValidate
        onSubmit={(event) => {
          // The dialog sits in the setup's React tree: its submit must not start the clinic.
          event.preventDefault();
          event.stopPropagation();
          finish(store.getState().save(name, content));
        }}
      >
        <h2 id={`${id}-heading`}>{t('templates.saveHeading')}</h2>
        <p className="field-hint">{t('templates.saveIntro')}</p>
        <div className="field">
          <TemplateNameInput
            id={id}
            label={t('templates.name')}
            value={name}
            hasError={Boolean(error)}
            onChange={(value) => {
              setName(value);
              setError(null);
            }}
          />
        </div>
        <div className="check">
          <input
            type="checkbox"
            id={`${id}-names`}
            checked={withNames}
            aria-describedby={`${id}-names-hint`}
            onChange={(event) => {
              setWithNames(event.target.checked);
              setError(null);
            }}
          />
          <label htmlFor={`${id}-names`}>{t('templates.withNames')}</label>
        </div>
        <p className="field-hint" id={`${id}-names-hint`}>
          {t('templates.withNamesHint')}
        </p>
        <div role="alert">
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {errorText(error)}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => onClose()}>
            {t('templates.cancel')}
          </button>
          {taken && (
            <button
              type="button"
              className="button"
              onClick={() => finish(store.getState().replace(taken.id, content))}
            >
              {t('templates.saveOver', { name: taken.name })}
            </button>
          )}
          <button type="submit" className="button button-primary">
            {t('templates.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
