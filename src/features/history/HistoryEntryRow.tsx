import { useTranslation } from 'react-i18next';
import { formatDateTime, intlLocale } from '../../i18n/format';
import type { HistoryEntry } from '../../store/history-store';

/** "Untitled case" for a clinic kept without a title. */
export function useEntryTitle(): (entry: HistoryEntry) => string {
  const { t } = useTranslation();
  return (entry) => entry.title || t('history.untitled');
}

/** One kept clinic: its title and date, Open and Delete. */
export function HistoryEntryRow({
  entry,
  onOpen,
  onDelete,
}: {
  entry: HistoryEntry;
  onOpen: (entry: HistoryEntry) => void;
  onDelete: (entry: HistoryEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const title = useEntryTitle()(entry);
  const date =
    entry.startedAt === null
      ? t('history.unknownDate')
      : formatDateTime(entry.startedAt, intlLocale(i18n.resolvedLanguage ?? 'en'));
  return (
    <li>
      <span className="history-title" dir="auto">
        {title}
      </span>{' '}
      <span className="history-date">{date}</span>
      <span className="button-row">
        <button
          type="button"
          className="button button-small"
          aria-label={t('history.openEntry', { title, date })}
          onClick={() => onOpen(entry)}
        >
          {t('history.openShort')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('history.deleteEntry', { title, date })}
          onClick={() => onDelete(entry)}
        >
          {t('history.deleteShort')}
        </button>
      </span>
    </li>
  );
}
