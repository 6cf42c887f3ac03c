import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicExport } from '../../takeaway/clinic-file';
import { formatDateTime, intlLocale } from '../../i18n/format';
import type { HistoryEntry } from '../../store/history-store';
import { useForgetEverything, useHistory, useHistoryStoreApi } from '../../store/takeaway-context';
import { ConfirmDialog } from './ConfirmDialog';
import { ImportBox, useErrorText, type Message } from './ImportBox';

// Finished clinics kept on this device: list, open, export, delete, forget everything, and
// import of a JSON export. Nothing here is sent anywhere, and the screen says so.

export interface HistoryScreenProps {
  /** Draws a sheet with its exports; the app hands in the takeaway feature's sheet. */
  renderSheet: (data: ClinicExport) => ReactNode;
}

export function HistoryScreen({ renderSheet }: HistoryScreenProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const history = useHistoryStoreApi();
  const forgetEverything = useForgetEverything();
  const status = useHistory((s) => s.status);
  const entries = useHistory((s) => s.entries);
  const memoryOnly = useHistory((s) => s.memoryOnly);
  const problem = useHistory((s) => s.problem);
  const errorText = useErrorText('open');
  const [message, setMessage] = useState<Message>(null);
  const [opened, setOpened] = useState<ClinicExport | null>(null);
  const [pendingDelete, setPendingDelete] = useState<HistoryEntry | null>(null);
  const [confirmForget, setConfirmForget] = useState(false);

  const locale = intlLocale(i18n.resolvedLanguage ?? 'en');
  const titleOf = (entry: HistoryEntry) => entry.title || t('history.untitled');

  if (opened) {
    return (
      <div className="history-sheet">
        <button type="button" className="button" onClick={() => setOpened(null)} autoFocus>
          {t('history.back')}
        </button>
        {renderSheet(opened)}
      </div>
    );
  }

  return (
    <section className="history" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('history.heading')}</h1>
      <p className="history-privacy">{t('history.privacy')}</p>
      {memoryOnly && <p className="notice">{t('history.memoryOnly')}</p>}
      {problem && (
        <p className="notice" role="alert">
          {t(`history.${problem}`)}
        </p>
      )}
      <div aria-live="polite" className="history-message">
        {message?.kind === 'status' && <p>{message.text}</p>}
      </div>
      {message?.kind === 'error' && (
        <p role="alert" className="history-error" dir="auto">
          {message.text}
        </p>
      )}
      {status === 'loading' ? (
        <p>{t('history.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul className="history-list">
          {entries.map((entry) => {
            const date =
              entry.startedAt === null
                ? t('history.unknownDate')
                : formatDateTime(entry.startedAt, locale);
            return (
              <li key={entry.id}>
                <span className="history-title" dir="auto">
                  {titleOf(entry)}
                </span>{' '}
                <span className="history-date">{date}</span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('history.openEntry', { title: titleOf(entry), date })}
                    onClick={async () => {
                      const result = await history.getState().open(entry.id);
                      if (result.ok) setOpened(result.value);
                      else setMessage({ kind: 'error', text: errorText(result.error) });
                    }}
                  >
                    {t('history.openShort')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('history.deleteEntry', { title: titleOf(entry), date })}
                    onClick={() => setPendingDelete(entry)}
                  >
                    {t('history.deleteShort')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <ImportBox onMessage={setMessage} />
      <div className="history-forget">
        <button type="button" className="button" onClick={() => setConfirmForget(true)}>
          {t('history.forget')}
        </button>
      </div>
      {pendingDelete && (
        <ConfirmDialog
          text={t('history.confirmDelete', { title: titleOf(pendingDelete) })}
          confirmLabel={t('history.confirmDeleteYes')}
          onCancel={() => setPendingDelete(null)}
          onConfirm={async () => {
            const entry = pendingDelete;
            setPendingDelete(null);
            await history.getState().remove(entry.id);
            setMessage({ kind: 'status', text: t('history.deleted', { title: titleOf(entry) }) });
          }}
        />
      )}
      {confirmForget && (
        <ConfirmDialog
          text={t('history.confirmForget', { count: entries.length })}
          confirmLabel={t('history.confirmForgetYes')}
          onCancel={() => setConfirmForget(false)}
          onConfirm={async () => {
            setConfirmForget(false);
            await forgetEverything();
            setMessage({ kind: 'status', text: t('history.forgotten') });
          }}
        />
      )}
    </section>
  );
}
