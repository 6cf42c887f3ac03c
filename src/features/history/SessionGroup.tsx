import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, intlLocale } from '../../i18n/format';
import type { HistoryEntry } from '../../store/history-store';
import type { SessionEntry } from '../../store/session-archive';
import { HistoryEntryRow } from './HistoryEntryRow';

/** A session in the history: its summary, then each of its clinics with its own sheet. */
export function SessionGroup({
  startedAt,
  record,
  clinics,
  onOpenSummary,
  onOpen,
  onDelete,
}: {
  startedAt: number | null;
  record: SessionEntry | null;
  clinics: HistoryEntry[];
  onOpenSummary: (record: SessionEntry) => void;
  onOpen: (entry: HistoryEntry) => void;
  onDelete: (entry: HistoryEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const date =
    startedAt === null
      ? t('history.unknownDate')
      : formatDateTime(startedAt, intlLocale(i18n.resolvedLanguage ?? 'en'));
  return (
    <li className="history-session" aria-labelledby={headingId}>
      <h2 id={headingId} className="history-session-heading">
        {t('history.session.heading', { date })}
      </h2>
      {record ? (
        <button
          type="button"
          className="button button-small"
          aria-label={t('history.session.openSummaryOf', { date })}
          onClick={() => onOpenSummary(record)}
        >
          {t('history.session.openSummary')}
        </button>
      ) : (
        <p className="history-date">{t('history.session.notEnded')}</p>
      )}
      {clinics.length > 0 && (
        <ol className="history-list history-session-clinics">
          {clinics.map((entry) => (
            <HistoryEntryRow key={entry.id} entry={entry} onOpen={onOpen} onDelete={onDelete} />
          ))}
        </ol>
      )}
    </li>
  );
}
