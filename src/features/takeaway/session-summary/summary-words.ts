import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../clinic/clock';
import { formatDateTime, formatTime, intlLocale } from '../../../i18n/format';
import type { SessionSummaryWords } from '../../../takeaway/session/session-markdown';

/** The summary's words in the app's language, for the page, the paper and the Markdown. */
export function useSummaryWords(): SessionSummaryWords {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = intlLocale(language);
    return {
      title: t('summary.title'),
      untitledCase: t('takeaway.sheet.untitledCase'),
      date: t('summary.date'),
      group: t('summary.group'),
      facilitator: t('summary.facilitator'),
      question: t('summary.question'),
      takeaways: t('summary.takeaways'),
      nextSteps: t('summary.nextSteps'),
      owner: t('summary.owner'),
      timeTable: t('summary.timeTable'),
      part: t('summary.part'),
      planned: t('summary.planned'),
      actual: t('summary.actual'),
      breakRow: t('summary.breakRow'),
      session: t('summary.session'),
      endBy: t('summary.endBy'),
      outcome: (outcome) => (outcome === 'done' ? '' : t(`summary.outcome.${outcome}`)),
      formatDateTime: (ms) => formatDateTime(ms, locale),
      formatTime: (ms) => formatTime(ms, locale),
      formatDuration,
    };
  }, [t, language]);
}
