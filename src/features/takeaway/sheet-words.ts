import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../clinic/clock';
import { phaseTextKeys } from '../../clinic/phases';
import type { SheetWords } from '../../clinic/takeaway';

/**
 * The sheet's words in the clinic's language, for the exports and the printed sheet. A language
 * whose translations are not loaded falls back to English, like the rest of the app.
 */
export function useSheetWords(language: string): SheetWords {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const t = i18n.getFixedT(language);
    const locale = safeLocale(language);
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return {
      sheetTitle: t('takeaway.sheet.title'),
      untitledCase: t('takeaway.sheet.untitledCase'),
      date: t('takeaway.sheet.date'),
      place: t('takeaway.sheet.place'),
      caseOwner: t('takeaway.sheet.caseOwner'),
      coaches: t('takeaway.sheet.coaches'),
      facilitator: t('takeaway.sheet.facilitator'),
      question: t('takeaway.sheet.question'),
      keyFacts: t('takeaway.sheet.keyFacts'),
      mirrors: t('takeaway.sheet.mirrors'),
      ideas: t('takeaway.sheet.ideas'),
      takeaways: t('takeaway.sheet.takeaways'),
      nextSteps: t('takeaway.sheet.nextSteps'),
      owner: t('takeaway.sheet.owner'),
      appreciations: t('takeaway.sheet.appreciations'),
      nextCheckIn: t('takeaway.sheet.nextCheckIn'),
      timeTable: t('takeaway.sheet.timeTable'),
      phase: t('takeaway.sheet.phase'),
      planned: t('takeaway.sheet.planned'),
      actual: t('takeaway.sheet.actual'),
      total: t('takeaway.sheet.total'),
      checkInSummary: (title) => t('takeaway.sheet.checkInSummary', { title }),
      phaseName: (id) => t(phaseTextKeys(id).name),
      formatDateTime: (ms) => dateTime.format(ms),
      formatDate: (ms) => date.format(ms),
      formatTime: (ms) => time.format(ms),
      formatDuration,
    };
  }, [i18n, language]);
}

function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
