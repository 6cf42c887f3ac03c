import englishFirst from 'virtual:english-first';
import type english from './locales/en.json';
import { DEFAULT_LANGUAGE, type Language } from './languages';

export { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, type Language } from './languages';

// English is the source of truth: its shape types every key the app may ask for.
export type TranslationResource = typeof english;

// In a build, the first part of English: the strings only later screens read come with them
// (loadEnglishLater, added before those screens draw). Elsewhere, the whole of en.json.
const en = englishFirst as TranslationResource;

/** The rest of English (empty outside a build); see scripts/english-split.ts. */
export function loadEnglishLater(): Promise<Record<string, unknown>> {
  return import('virtual:english-later').then((module) => module.default);
}

/** Locales a caller already holds (tests pass all four), keyed by language. */
export type LocaleResources = Partial<Record<Language, TranslationResource>>;

/** English ships in the main bundle: it is the fallback for every other language. */
export const bundledResources = { en: { translation: en } } as const;

// The other languages are separate chunks, fetched (or read from the offline cache) only when
// chosen. Their JSON is not typed against English here: tests/i18n/locales.test.ts holds each
// to exactly English's keys, with a message that names the key, where tsc would not.
const loaders: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<unknown>> = {
  de: () => import('./locales/de.json').then((module) => module.default),
  fr: () => import('./locales/fr.json').then((module) => module.default),
  es: () => import('./locales/es.json').then((module) => module.default),
};

/** The translations of one language: English at once, the others from their own chunk. */
export async function loadLocale(language: Language): Promise<TranslationResource> {
  if (language === DEFAULT_LANGUAGE) return en;
  return (await loaders[language]()) as TranslationResource;
}
