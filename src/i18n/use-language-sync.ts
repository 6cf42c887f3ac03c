import { useContext, useEffect } from 'react';
import { I18nContext } from 'react-i18next';
import { browserLanguages, pickLanguage, SUPPORTED_LANGUAGES } from './languages';
import { loadLanguage, setDocumentLanguage, switchLanguage } from './setup';

/**
 * Keeps the app's language in step with the settings: the saved choice, or the browser's
 * languages while nothing is saved. `<html lang>` follows every change. A choice made in another
 * window of the app (the console, while the projector is open) reaches this one through the
 * settings store, which follows what the other window saves.
 */
export function useLanguageSync(savedLanguage: string | null): void {
  // The instance itself: useTranslation() hands out a new wrapper at every language change,
  // which would re-run these effects and put the saved language back over a newer choice.
  const { i18n } = useContext(I18nContext);

  useEffect(() => {
    let wanted = true;
    void switchLanguage(i18n, pickLanguage(savedLanguage, browserLanguages()), () => wanted);
    return () => {
      wanted = false;
    };
  }, [i18n, savedLanguage]);

  useEffect(() => {
    setDocumentLanguage(i18n.language);
    const follow = (language: string) => setDocumentLanguage(language);
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);

  // Once the first screen shows, the other languages follow in the background (a few kB each,
  // from the offline cache after the first visit), so a sheet kept in another language, opened
  // from the history, is written in its own language at once.
  useEffect(() => {
    const preload = () => {
      // Offline there is nothing to fetch (the service worker has every language already).
      if (navigator.onLine === false) return;
      for (const language of SUPPORTED_LANGUAGES) {
        loadLanguage(i18n, language).catch(() => undefined); // tried again when chosen
      }
    };
    const timer = window.setTimeout(preload, 2_000);
    return () => window.clearTimeout(timer);
  }, [i18n]);
}
