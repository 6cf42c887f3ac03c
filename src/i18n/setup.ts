import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundledResources, DEFAULT_LANGUAGE } from './resources';

/** A fresh, synchronously ready i18next instance; tests make their own. */
export function createI18n(language: string = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: bundledResources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; double escaping would garble names
  });
  return instance;
}
