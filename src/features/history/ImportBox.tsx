import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, intlLocale } from '../../i18n/format';
import type { HistoryError } from '../../store/history-store';
import { useHistoryStoreApi } from '../../store/takeaway-context';

export type Message = { kind: 'status' | 'error'; text: string } | null;

/** What went wrong, translated, with where in the file when known. */
export function useErrorText(when: 'import' | 'open' = 'import') {
  const { t } = useTranslation();
  return (error: HistoryError) => {
    const reason = t(`history.error.${error.code}`, { detail: error.detail ?? '' });
    return when === 'import'
      ? t('history.import.failed', { reason })
      : t('history.openFailed', { reason });
  };
}

/** Import of a JSON export (a clinic's or a session's), by file picker or by dropping it here. */
export function ImportBox({ onMessage }: { onMessage: (message: Message) => void }) {
  const { t, i18n } = useTranslation();
  const history = useHistoryStoreApi();
  const errorText = useErrorText();
  const [dragging, setDragging] = useState(false);
  const inputId = useId();

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      onMessage({
        kind: 'error',
        text: t('history.import.failed', { reason: t('history.import.unreadable') }),
      });
      return;
    }
    const result = await history.getState().importText(text);
    if (!result.ok) {
      onMessage({ kind: 'error', text: errorText(result.error) });
      return;
    }
    if (result.session) {
      const { startedAt, clinics: count } = result.session;
      const date =
        startedAt === null
          ? t('history.unknownDate')
          : formatDateTime(startedAt, intlLocale(i18n.resolvedLanguage ?? 'en'));
      const done = {
        added: 'sessionDone',
        unchanged: 'sessionUnchanged',
        keptBoth: 'sessionKeptBoth',
      } as const;
      onMessage({
        kind: 'status',
        text: t(`history.import.${done[result.outcome]}`, { date, count }),
      });
      return;
    }
    const entry = history.getState().entries.find((candidate) => candidate.id === result.id);
    const title = entry?.title || t('history.untitled');
    const done = { added: 'done', unchanged: 'unchanged', keptBoth: 'keptBoth' } as const;
    onMessage({ kind: 'status', text: t(`history.import.${done[result.outcome]}`, { title }) });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length !== 1) {
      onMessage({
        kind: 'error',
        text: t('history.import.failed', { reason: t('history.import.tooManyFiles') }),
      });
      return;
    }
    void importFile(files[0]!);
  };

  return (
    <section className="history-import" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('history.import.heading')}</h2>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="button">
          {t('history.import.choose')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <p>{t('history.import.drop')}</p>
      </div>
    </section>
  );
}
