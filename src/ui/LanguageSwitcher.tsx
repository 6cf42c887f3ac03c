import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_ENDONYMS, pickLanguage, SUPPORTED_LANGUAGES } from '../i18n/languages';
import { useSettings } from '../store/store-context';
import './language-switcher.css';

/**
 * Chooses the app's language, each one named in itself. The choice is saved in the settings;
 * the app (src/i18n/use-language-sync.ts) loads it and follows. Any screen may place it.
 */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const update = useSettings((s) => s.update);
  const selectId = useId();
  const current = pickLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className={className ? `language-switcher ${className}` : 'language-switcher'}>
      <label htmlFor={selectId}>{t('language.label')}</label>
      <select
        id={selectId}
        value={current}
        onChange={(event) => update({ language: event.target.value })}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_ENDONYMS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
