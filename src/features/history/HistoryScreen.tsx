import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicExport } from '../../takeaway/clinic-file';
import type { SessionExport } from '../../takeaway/session/session-file';
import type { HistoryEntry } from '../../store/history-store';
import type { SessionEntry } from '../../store/session-archive';
import { useForgetEverything, useHistory, useHistoryStoreApi } from '../../store/takeaway-context';
import { ConfirmDialog } from './ConfirmDialog';
import { HistoryEntryRow, useEntryTitle } from './HistoryEntryRow';
import { groupHistory } from './history-groups';
import { ImportBox, useErrorText, type Message } from './ImportBox';
import { SessionGroup } from './SessionGroup';

// Finished clinics kept on this device: list, open, export, delete, forget everything, and
// import of a JSON export. Nothing here is sent anywhere, and the screen says so.

export interface HistoryScreenProps {
  /** Draws a sheet with its exports; the app hands in the takeaway feature's sheet. */
  renderSheet: (data: ClinicExport) => ReactNode;
  /** Draws a session's summary with its exports; the app hands in the takeaway feature's. */
  renderSession?: (data: SessionExport) => ReactNode;
}

type Opened = { kind: 'clinic'; data: ClinicExport } | { kind: 'session'; data: SessionExport };

export function HistoryScreen({ renderSheet, renderSession }: HistoryScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const history = useHistoryStoreApi();
  const forgetEverything = useForgetEverything();
  const status = useHistory((s) => s.status);
  const entries = useHistory((s) => s.entries);
  const sessions = useHistory((s) => s.sessions);
  const memoryOnly = useHistory((s) => s.memoryOnly);
  const problem = useHistory((s) => s.problem);
  const errorText = useErrorText('open');
  const [message, setMessage] = useState<Message>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [pendingDelete, setPendingDelete] = useState<HistoryEntry | null>(null);
  const [confirmForget, setConfirmForget] = useState(false);

  const titleOf = useEntryTitle();
  const items = groupHistory(entries, sessions);
  const openClinic = async (entry: HistoryEntry) => {
    const result = await history.getState().open(entry.id);
    if (result.ok) setOpened({ kind: 'clinic', data: result.value });
    else setMessage({ kind: 'error', text: errorText(result.error) });
  };
  const openSummary = async (record: SessionEntry) => {
    const result = await history.getState().openSession(record.id);
    if (result.ok) setOpened({ kind: 'session', data: result.value });
    else setMessage({ kind: 'error', text: t('history.session.openFailed') });
  };

  if (opened) {
    return (
      <div className="history-sheet">
        <button type="button" className="button" onClick={() => setOpened(null)} autoFocus>
          {t('history.back')}
        </button>
        {opened.kind === 'clinic' ? renderSheet(opened.data) : renderSession?.(opened.data)}
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
      ) : items.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul className="history-list">
          {items.map((item) =>
            item.kind === 'clinic' ? (
              <HistoryEntryRow
                key={item.entry.id}
                entry={item.entry}
                onOpen={openClinic}
                onDelete={setPendingDelete}
              />
            ) : (
              <SessionGroup
                key={item.sessionId}
                startedAt={item.startedAt}
                record={item.record}
                clinics={item.clinics}
                onOpenSummary={openSummary}
                onOpen={openClinic}
                onDelete={setPendingDelete}
              />
            ),
          )}
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
