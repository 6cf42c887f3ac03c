#!/usr/bin/env node
// Compares every locale with English (src/i18n/locales/en.json, the source of truth) and lists,
// per locale, the keys that are missing, extra or empty, and the texts whose {{placeholders}} or
// <tags> differ from English. Every locale holds exactly English's keys, plurals included:
// French and Spanish also know a "many" form, but only for a million and its multiples, a count
// the app never shows (tests/i18n/locales.test.ts checks the counts it does show).
//
//   node scripts/i18n-keys.mjs            report; exit code 1 if any locale differs
//   node scripts/i18n-keys.mjs --missing  also print the English text of each missing key
//
// tests/i18n/locales.test.ts uses the same functions, so the script and the test agree.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** { a: { b: 'x' } } -> Map { 'a.b' => 'x' }; non-string leaves are kept to be reported. */
export function flatten(tree, prefix = '', into = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value, path, into);
    } else {
      into.set(path, value);
    }
  }
  return into;
}

/** 'a.count_other' -> { base: 'a.count', form: 'other' }; a plain key -> null. */
function pluralParts(key) {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1], form: match[2] } : null;
}

/** Bases of i18next plural keys in English: every base that has an "_other" form. */
export function pluralBases(englishKeys) {
  const bases = new Set();
  for (const key of englishKeys) {
    const parts = pluralParts(key);
    if (parts && parts.form === 'other') bases.add(parts.base);
  }
  return bases;
}

/** The plural forms i18next asks for in a language (from Intl.PluralRules, as i18next does). */
export function pluralForms(language) {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return PLURAL_SUFFIXES.filter((form) => forms.includes(form));
}

/** The keys a locale must have: exactly English's. */
export function expectedKeys(english) {
  return new Set(flatten(english).keys());
}

/** {{name}} placeholders and <tag> names (for <Trans>), sorted and de-duplicated. */
export function placeholders(text) {
  if (typeof text !== 'string') return [];
  const found = new Set();
  for (const match of text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)) found.add(`{{${match[1]}}}`);
  for (const match of text.matchAll(/<\/?([A-Za-z0-9]+)\s*\/?>/g)) found.add(`<${match[1]}>`);
  return [...found].sort();
}

/**
 * How one locale differs from English. For a plural, every form must carry the placeholders
 * English uses in any of its forms, except that {{count}} may be left out where the word says
 * the number ("une minute").
 */
export function diffLocale(english, translated) {
  const englishFlat = flatten(english);
  const translatedFlat = flatten(translated);
  const bases = pluralBases([...englishFlat.keys()]);
  const expected = expectedKeys(english);

  const englishPlaceholders = (key) => {
    const parts = pluralParts(key);
    if (parts && bases.has(parts.base)) {
      const union = new Set();
      for (const [englishKey, text] of englishFlat) {
        const englishParts = pluralParts(englishKey);
        if (englishParts && englishParts.base === parts.base) {
          for (const placeholder of placeholders(text)) union.add(placeholder);
        }
      }
      return { required: [...union].filter((p) => p !== '{{count}}'), allowed: union };
    }
    const own = placeholders(englishFlat.get(key));
    return { required: own, allowed: new Set(own) };
  };

  const missing = [...expected].filter((key) => !translatedFlat.has(key));
  const extra = [...translatedFlat.keys()].filter((key) => !expected.has(key));
  const empty = [];
  const placeholderMismatches = [];
  for (const key of expected) {
    if (!translatedFlat.has(key)) continue;
    const text = translatedFlat.get(key);
    if (typeof text !== 'string' || text.trim() === '') {
      empty.push(key);
      continue;
    }
    const { required, allowed } = englishPlaceholders(key);
    const own = placeholders(text);
    const lacking = required.filter((p) => !own.includes(p));
    const unknown = own.filter((p) => !allowed.has(p));
    if (lacking.length > 0 || unknown.length > 0) {
      placeholderMismatches.push({ key, lacking, unknown });
    }
  }
  return { missing, extra, empty, placeholderMismatches };
}

export function isClean(diff) {
  return (
    diff.missing.length === 0 &&
    diff.extra.length === 0 &&
    diff.empty.length === 0 &&
    diff.placeholderMismatches.length === 0
  );
}

// (Not `new URL(..., import.meta.url)`: Vite, and so vitest, would rewrite that into an asset URL.)
export const LOCALES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'i18n',
  'locales',
);

/** Every locale file but English, by language code. */
export function readLocales(dir = LOCALES_DIR) {
  const locales = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    locales[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  }
  return locales;
}

function main() {
  const showEnglish = process.argv.includes('--missing');
  const locales = readLocales();
  const english = locales.en;
  const englishFlat = flatten(english);
  let clean = true;
  for (const [language, translated] of Object.entries(locales)) {
    if (language === 'en') continue;
    const diff = diffLocale(english, translated);
    if (isClean(diff)) {
      console.log(`${language}: complete (${flatten(translated).size} keys)`);
      continue;
    }
    clean = false;
    console.log(
      `${language}: ${diff.missing.length} missing, ${diff.extra.length} extra, ` +
        `${diff.empty.length} empty, ${diff.placeholderMismatches.length} placeholder mismatches`,
    );
    for (const key of diff.missing) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const source = englishFlat.get(key) ?? englishFlat.get(`${base}_other`);
      console.log(`  missing  ${key}${showEnglish ? `  = ${JSON.stringify(source)}` : ''}`);
    }
    for (const key of diff.extra) console.log(`  extra    ${key}`);
    for (const key of diff.empty) console.log(`  empty    ${key}`);
    for (const { key, lacking, unknown } of diff.placeholderMismatches) {
      console.log(
        `  placeholders ${key}: lacks [${lacking.join(', ')}], unknown [${unknown.join(', ')}]`,
      );
    }
  }
  process.exitCode = clean ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
