import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTemplatesStore } from '../../../store/templates-context';
import { ManageTemplatesDialog, preloadTemplateDialogs, SaveTemplateDialog } from './lazy-dialogs';
import type { OwnTemplateChoice } from './use-own-template-choice';
import './templates.css';

/**
 * Under the template choice of "One clinic": Save as template, Manage templates, and the
 * question a template with names asks when names are typed already.
 */
export function TemplateTools({ choice }: { choice: OwnTemplateChoice }) {
  const { t } = useTranslation();
  const store = useTemplatesStore();
  const [open, setOpen] = useState<'save' | 'manage' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    preloadTemplateDialogs().catch(() => undefined); // offline before a full visit: on click
  }, []);
  const asking = choice.askingNames;
  return (
    <>
      {asking && (
        <div className="template-names-question" role="group" aria-labelledby="template-names-q">
          <p id="template-names-q">
            {t('setup.templateNamesQuestion', {
              name: asking.name,
              names: asking.group?.join(', '),
            })}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => choice.answerNames(true)}>
              {t('setup.templateNamesYes')}
            </button>
            <button type="button" className="button" onClick={() => choice.answerNames(false)}>
              {t('setup.templateNamesNo')}
            </button>
          </div>
        </div>
      )}
      <div className="button-row template-tools">
        <button type="button" className="button" disabled={!store} onClick={() => setOpen('save')}>
          {t('setup.saveAsTemplate')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!store}
          onClick={() => setOpen('manage')}
        >
          {t('setup.manageTemplates')}
        </button>
      </div>
      <p aria-live="polite" className="field-hint">
        {saved && t('setup.templateSaved', { name: saved })}
      </p>
      {store && open && (
        <Suspense fallback={null}>
          {open === 'save' ? (
            <SaveTemplateDialog
              store={store}
              onClose={(template) => {
                setOpen(null);
                setSaved(template ? template.name : null);
              }}
            />
          ) : (
            <ManageTemplatesDialog store={store} onClose={() => setOpen(null)} />
          )}
        </Suspense>
      )}
    </>
  );
}
