import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { browserLanguages, pickLanguage } from './languages';
import { setDocumentLanguage, switchLanguage } from './setup';

/**
 * Keeps the app's language in step with the settings: the saved choice, or the browser's
 * languages while nothing is saved. `<html lang>` follows every change.
 */
export function useLanguageSync(savedLanguage: string | null): void {
  const { i18n } = useTranslation();
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
}
