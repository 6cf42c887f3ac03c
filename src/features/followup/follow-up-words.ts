import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatLocalDate, intlLocale } from '../../i18n/format';
import type { FollowUpWords } from '../../takeaway/follow-up-markdown';

/** Dates in the app's language, in the browser's region where it speaks it. */
export function useFollowUpFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage ?? 'en');
  return useMemo(
    () => ({
      date: (ms: number) => formatDate(ms, locale),
      dateTime: (ms: number) => formatDateTime(ms, locale),
      localDate: (date: string) => formatLocalDate(date, locale),
    }),
    [locale],
  );
}

/** The Markdown export's words, in the app's language. */
export function useFollowUpWords(now: number): FollowUpWords {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  return useMemo(
    () => ({
      heading: t('followup.markdownHeading'),
      asOf: t('followup.asOf', { date: format.date(now) }),
      noOwner: t('followup.noOwner'),
      due: t('followup.due'),
      overdue: t('followup.overdue'),
      from: (title, date) => t('followup.from', { title, date }),
      untitledCase: t('history.untitled'),
      formatLocalDate: format.localDate,
      formatDate: format.date,
    }),
    [t, format, now],
  );
}
