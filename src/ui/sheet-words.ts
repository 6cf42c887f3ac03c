import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../clinic/clock';
import { phaseTextKeys } from '../clinic/phases';
import {
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatTime,
  intlLocale,
} from '../i18n/format';
import type { SheetWords } from '../takeaway/sheet';
import type { TakeHomeWords } from '../takeaway/take-home';

/**
 * The sheet's words in the clinic's language, for the exports and the printed sheet, and the
 * language they are actually in (the app's own until the clinic's has been loaded).
 */
export function useSheetWords(language: string): {
  words: SheetWords & TakeHomeWords;
  language: string;
} {
  const { i18n } = useTranslation();
  const ready = i18n.hasResourceBundle(language, 'translation');
  const [, setLoads] = useState(0);
  // A sheet kept in another language than the app's: fetch its words, then draw it again.
  useEffect(() => {
    if (ready) return;
    let live = true;
    void i18n.loadLanguages(language).then(() => {
      if (live) setLoads((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [i18n, language, ready]);
  return useMemo(() => {
    // Until then (or for a language the app does not have), the app's current language
    // throughout, rather than English words with foreign dates.
    const usable = ready ? language : (i18n.resolvedLanguage ?? 'en');
    const t = i18n.getFixedT(usable);
    // The clinic's language, in the browser's region where it speaks it (en-GB: 24 hours).
    const locale = safeLocale(intlLocale(usable));
    const words: SheetWords & TakeHomeWords = {
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
      due: t('takeaway.sheet.due'),
      stepStatus: (status) => t(`takeaway.sheet.status.${status}`),
      carriedOver: t('takeaway.sheet.carriedOver'),
      continued: (heading) => t('takeaway.codes.continued', { heading }),
      appreciations: t('takeaway.sheet.appreciations'),
      nextCheckIn: t('takeaway.sheet.nextCheckIn'),
      timeTable: t('takeaway.sheet.timeTable'),
      phase: t('takeaway.sheet.phase'),
      planned: t('takeaway.sheet.planned'),
      actual: t('takeaway.sheet.actual'),
      total: t('takeaway.sheet.total'),
      checkInSummary: (title) => t('takeaway.sheet.checkInSummary', { title }),
      phaseName: (id) => t(phaseTextKeys(id).name),
      formatDateTime: (ms) => formatDateTime(ms, locale),
      formatDate: (ms) => formatDate(ms, locale),
      formatTime: (ms) => formatTime(ms, locale),
      formatLocalDate: (date) => formatLocalDate(date, locale),
      formatDuration,
    };
    return { words, language: usable };
  }, [i18n, language, ready]);
}

function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
