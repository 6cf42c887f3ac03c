import i18next, { type BackendModule, type i18n, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  browserLanguages,
  isSupportedLanguage,
  pickLanguage,
  SUPPORTED_LANGUAGES,
  type Language,
} from './languages';
import {
  bundledResources,
  DEFAULT_LANGUAGE,
  loadEnglishLater,
  loadLocale,
  type LocaleResources,
} from './resources';

export interface CreateI18nOptions {
  /** Translations to hold from the start besides English (tests pass all of them). */
  resources?: LocaleResources;
  /** Called with every key that is asked for but missing in the current language. */
  onMissingKey?: (language: string, key: string) => void;
  /**
   * Fall back to English for a key the language lacks (the default). Tests that hunt for
   * missing keys turn this off, so a gap in German is not papered over by English.
   */
  fallbackToEnglish?: boolean;
}

/**
 * Loads a language that is not held yet from its own chunk. With it, the plain i18next calls
 * work for every language: `changeLanguage('de')` waits for German before switching, and a
 * screen that needs another language (a sheet kept in French) can `loadLanguages('fr')`.
 */
const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isSupportedLanguage(language)) {
      callback(new Error(`No translations for "${language}"`), false);
      return;
    }
    loadLocale(language).then(
      (translation) => callback(null, translation as ResourceKey),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * A fresh i18next instance, ready synchronously; tests make their own. A language whose
 * translations are not passed in shows English until `switchLanguage` has loaded it.
 */
export function createI18n(
  language: string = DEFAULT_LANGUAGE,
  options: CreateI18nOptions = {},
): i18n {
  const instance = i18next.createInstance();
  const resources: Resource = { ...bundledResources };
  for (const [code, translation] of Object.entries(options.resources ?? {})) {
    resources[code] = { translation: translation as ResourceKey };
  }
  const onMissingKey = options.onMissingKey;
  void instance
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: options.fallbackToEnglish === false ? false : DEFAULT_LANGUAGE,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      load: 'languageOnly',
      // English comes with the main bundle; the backend fetches only what is not held yet.
      partialBundledLanguages: true,
      resources,
      initAsync: false,
      returnEmptyString: false,
      interpolation: { escapeValue: false }, // React escapes; double escaping would garble names
      ...(onMissingKey
        ? {
            saveMissing: true,
            missingKeyHandler: (languages: readonly string[], _namespace: string, key: string) => {
              for (const code of languages) onMissingKey(code, key);
            },
          }
        : {}),
    });
  return instance;
}

/** Puts the language on <html lang>, so screen readers and hyphenation follow it. */
export function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Adds a language's translations to the instance if it lacks them. (Not i18next's own
 * `loadLanguages`: that one resolves at once for a language already queued, before it has
 * arrived.) Rejects if the chunk cannot be had.
 */
export async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  const translation = await loadLocale(language);
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', translation, true, false);
  }
}

/** The latest language asked of each instance: a slower, older request never overrides it. */
const latestRequest = new WeakMap<i18n, number>();

/**
 * Makes `language` the instance's language, loading its translations first if needed. Never
 * rejects: if a locale cannot be loaded (an offline first visit that missed the chunk), the
 * app stays in the language it had and says so in the console.
 */
export async function switchLanguage(
  instance: i18n,
  language: Language,
  /** False once a newer choice was made while this one loaded: the newer one wins. */
  stillWanted: () => boolean = () => true,
): Promise<void> {
  const request = (latestRequest.get(instance) ?? 0) + 1;
  latestRequest.set(instance, request);
  try {
    await loadLanguage(instance, language);
    if (latestRequest.get(instance) !== request || !stillWanted()) return;
    if (instance.language !== language) await instance.changeLanguage(language);
  } catch (error) {
    console.warn(`Could not load the ${language} translations`, error);
  }
  setDocumentLanguage(instance.language);
}

let englishLaterAdded: Promise<void> = Promise.resolve();

/**
 * Resolves once the app's instance holds the whole of English: the screens loaded after the
 * first paint wait for it, so none of them ever shows a key instead of its text.
 */
export function englishComplete(): Promise<void> {
  return englishLaterAdded;
}

/**
 * The instance the app starts with: the saved language, else the browser's, else English,
 * loaded before the first render so a German visitor never sees English flash by.
 */
export async function startI18n(savedLanguage: string | null): Promise<i18n> {
  const language = pickLanguage(savedLanguage, browserLanguages());
  const instance = createI18n(DEFAULT_LANGUAGE);
  englishLaterAdded = loadEnglishLater().then(
    (later) => void instance.addResourceBundle(DEFAULT_LANGUAGE, 'translation', later, true, true),
    () => undefined, // offline before the first full visit: the later screens cannot load either
  );
  await switchLanguage(instance, language);
  return instance;
}
