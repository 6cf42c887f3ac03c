import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicExport } from '../../clinic/takeaway-json';
import type { HistoryEntry, HistoryError } from '../../store/history-store';
import { useHistory, useHistoryStoreApi, useNotesStoreApi } from '../../store/takeaway-context';

// Finished clinics kept on this device: list, open, export, delete, forget everything, and
// import of a JSON export. Nothing here is sent anywhere, and the screen says so.

export interface HistoryScreenProps {
  /** Draws a sheet with its exports; the app hands in the takeaway feature's sheet. */
  renderSheet: (data: ClinicExport) => ReactNode;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

function ConfirmDialog({
  text,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog?.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-describedby={textId}
      aria-label={confirmLabel}
      className="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <p id={textId} dir="auto">
        {text}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('history.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

function useErrorText() {
  const { t } = useTranslation();
  return (error: HistoryError) =>
    t('history.import.failed', {
      reason: t(`history.error.${error.code}`, { detail: error.detail ?? '' }),
    });
}

function ImportBox({ onMessage }: { onMessage: (message: Message) => void }) {
  const { t } = useTranslation();
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
    const entry = history.getState().entries.find((candidate) => candidate.id === result.id);
    onMessage({
      kind: 'status',
      text: t('history.import.done', { title: entry?.title || t('history.untitled') }),
    });
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

export function HistoryScreen({ renderSheet }: HistoryScreenProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const history = useHistoryStoreApi();
  const notes = useNotesStoreApi();
  const status = useHistory((s) => s.status);
  const entries = useHistory((s) => s.entries);
  const memoryOnly = useHistory((s) => s.memoryOnly);
  const problem = useHistory((s) => s.problem);
  const errorText = useErrorText();
  const [message, setMessage] = useState<Message>(null);
  const [opened, setOpened] = useState<ClinicExport | null>(null);
  const [pendingDelete, setPendingDelete] = useState<HistoryEntry | null>(null);
  const [confirmForget, setConfirmForget] = useState(false);

  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
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
            const date = dateFormat.format(entry.startedAt);
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
            await history.getState().forgetEverything();
            notes.getState().clear();
            setMessage({ kind: 'status', text: t('history.forgotten') });
          }}
        />
      )}
    </section>
  );
}
