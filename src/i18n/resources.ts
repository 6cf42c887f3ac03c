import en from './locales/en.json';

// English is the source of truth: its shape types every key the app may ask for.
export type TranslationResource = typeof en;

export const DEFAULT_LANGUAGE = 'en';
export const SUPPORTED_LANGUAGES = ['en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const bundledResources = { en: { translation: en } } as const;
