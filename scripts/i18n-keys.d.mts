// Types for scripts/i18n-keys.mjs, which tests/i18n/locales.test.ts imports.
export type LocaleTree = { [key: string]: unknown };

export interface PlaceholderMismatch {
  key: string;
  lacking: string[];
  unknown: string[];
}

export interface LocaleDiff {
  missing: string[];
  extra: string[];
  empty: string[];
  placeholderMismatches: PlaceholderMismatch[];
}

export const PLURAL_SUFFIXES: readonly string[];
export const LOCALES_DIR: string;
export function flatten(
  tree: LocaleTree,
  prefix?: string,
  into?: Map<string, unknown>,
): Map<string, unknown>;
export function pluralBases(englishKeys: Iterable<string>): Set<string>;
export function pluralForms(language: string): string[];
export function expectedKeys(english: LocaleTree): Set<string>;
export function placeholders(text: unknown): string[];
export function diffLocale(english: LocaleTree, translated: LocaleTree): LocaleDiff;
export function isClean(diff: LocaleDiff): boolean;
export function readLocales(dir?: string): Record<string, LocaleTree>;
