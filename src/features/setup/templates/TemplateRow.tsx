import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnTemplate } from '../../../clinic/own-templates';
import type { TemplatesStore } from '../../../store/templates-store';
import { useTemplateErrorText } from './template-messages';
import { TemplateNameInput } from './TemplateNameInput';

export type RowMessage = { kind: 'status' | 'error'; text: string } | null;

/** One template in the list: its name and timing, rename in place, delete after a question. */
export function TemplateRow({
  template,
  summary,
  store,
  onMessage,
  onDeleted,
}: {
  template: OwnTemplate;
  summary: string;
  store: TemplatesStore;
  onMessage: (message: RowMessage) => void;
  /** The row is gone: the focus needs a new place. */
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useTemplateErrorText();
  const id = useId();
  const [mode, setMode] = useState<'show' | 'rename' | 'delete'>('show');
  const [name, setName] = useState(template.name);
  const [error, setError] = useState<string | null>(null);
  const { name: current } = template;

  if (mode === 'rename') {
    return (
      <li className="templates-row">
        <form
          className="templates-rename"
          onSubmit={(event) => {
            event.preventDefault();
            event.stopPropagation(); // not the setup's form behind the dialog
            const result = store.getState().rename(template.id, name);
            if (!result.ok) {
              setError(errorText(result.error));
              return;
            }
            setMode('show');
            onMessage({
              kind: 'status',
              text: t('templates.renamed', { name: result.template.name }),
            });
          }}
        >
          <TemplateNameInput
            id={id}
            label={t('templates.newName', { name: current })}
            value={name}
            hasError={Boolean(error)}
            onChange={(value) => {
              setName(value);
              setError(null);
            }}
          />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary">
              {t('templates.saveName')}
            </button>
            <button type="button" className="button" onClick={() => setMode('show')}>
              {t('templates.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="templates-row">
      <div className="templates-row-text">
        <strong dir="auto">{current}</strong>
        <span className="field-hint">{summary}</span>
      </div>
      {mode === 'delete' ? (
        <div className="templates-confirm" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>{t('templates.confirmDelete', { name: current })}</p>
          <div className="button-row">
            <button type="button" className="button" autoFocus onClick={() => setMode('show')}>
              {t('templates.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                store.getState().remove(template.id);
                onMessage({ kind: 'status', text: t('templates.deleted', { name: current }) });
                onDeleted();
              }}
            >
              {t('templates.confirmDeleteYes', { name: current })}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-label={t('templates.renameOf', { name: current })}
            onClick={() => {
              setName(current);
              setMode('rename');
            }}
          >
            {t('templates.rename')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('templates.deleteOf', { name: current })}
            onClick={() => setMode('delete')}
          >
            {t('templates.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
