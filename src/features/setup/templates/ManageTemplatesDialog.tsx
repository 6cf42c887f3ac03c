import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnTemplate } from '../../../clinic/own-templates';
import { MINUTE_MS, totalPlannedMs } from '../../../clinic/templates';
import { useClock } from '../../../store/store-context';
import { useTemplates } from '../../../store/templates-context';
import type { TemplatesStore } from '../../../store/templates-store';
import { exportFileName } from '../../../takeaway/file-names';
import { downloadText } from '../../../ui/export-actions';
import { ModalDialog } from '../../../ui/ModalDialog';
import { TemplateRow, type RowMessage } from './TemplateRow';
import { useImportErrorText } from './template-messages';

/** Rename, delete (asked first), export all to a JSON file, import one: the user's templates. */
export function ManageTemplatesDialog({
  store,
  onClose,
}: {
  store: TemplatesStore;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const clock = useClock();
  const importErrorText = useImportErrorText();
  const templates = useTemplates(store, (state) => state.templates, []);
  const saveProblem = useTemplates(store, (state) => state.saveProblem, null);
  const [message, setMessage] = useState<RowMessage>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const minutes = (ms: number) => Math.round((ms / MINUTE_MS) * 10) / 10;
  const summaryOf = (template: OwnTemplate) => {
    const timing = t('templates.summary', {
      minutes: minutes(totalPlannedMs(template.durationsMs)),
      wrapUp: minutes(template.wrapUpMs),
    });
    if (!template.group) return timing;
    return `${timing} · ${t('templates.withGroup', { names: template.group.join(', ') })}`;
  };

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: t('templates.importUnreadable') });
      return;
    }
    const result = store.getState().importFile(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: importErrorText(result) });
      return;
    }
    const names = result.added.map((template) => template.name).join(', ');
    setMessage({
      kind: 'status',
      text: t('templates.imported', { count: result.added.length, names }),
    });
  };

  return (
    <ModalDialog size="narrow" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <div className="templates-dialog">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {t('templates.manageHeading')}
        </h2>
        {saveProblem && <p className="field-error">{t('templates.saveProblem')}</p>}
        {templates.length === 0 ? (
          <p>{t('templates.none')}</p>
        ) : (
          <ul className="templates-list">
            {templates.map((template) => (
              <TemplateRow
                key={template.id}
                template={template}
                summary={summaryOf(template)}
                store={store}
                onMessage={setMessage}
                onDeleted={() => headingRef.current?.focus()}
              />
            ))}
          </ul>
        )}
        <p role="status">{message?.kind === 'status' && message.text}</p>
        <div role="alert">
          {message?.kind === 'error' && <p className="field-error">{message.text}</p>}
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={templates.length === 0}
            onClick={() => {
              downloadText(
                store.getState().exportFile(),
                exportFileName(clock.now(), 'templates', 'json'),
                'application/json',
              );
              setMessage({
                kind: 'status',
                text: t('templates.exported', { count: templates.length }),
              });
            }}
          >
            {t('templates.exportAll')}
          </button>
          <label htmlFor={`${id}-file`} className="button">
            {t('templates.import')}
          </label>
          <input
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('templates.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
