// The languages the app ships, and how the first one is chosen.

export const DEFAULT_LANGUAGE = 'en';
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * Each language named in itself, the same in every locale (so not in the locale files): a
 * German speaker who landed on the French screens still finds "Deutsch".
 */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** "de-AT" -> "de"; anything the app does not ship -> null. */
export function supportedLanguageOf(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isSupportedLanguage(primary) ? primary : null;
}

/**
 * The language to show: the one saved in the settings if the app ships it, otherwise the
 * first of the browser's preferred languages the app ships, otherwise English.
 */
export function pickLanguage(
  saved: string | null | undefined,
  browserLanguages: readonly string[] = [],
): Language {
  if (saved) {
    const fromSettings = supportedLanguageOf(saved);
    if (fromSettings) return fromSettings;
  }
  for (const tag of browserLanguages) {
    const language = supportedLanguageOf(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The browser's preferred languages, or none where there is no navigator (tests, workers). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
