import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_ENDONYMS,
  pickLanguage,
  supportedLanguageOf,
  SUPPORTED_LANGUAGES,
} from '@/i18n/languages';

describe('choosing the language', () => {
  it('keeps the language saved in the settings', () => {
    expect(pickLanguage('fr', ['de-DE', 'en'])).toBe('fr');
  });
  it('on a first visit, takes the first browser language the app ships', () => {
    expect(pickLanguage(null, ['it-IT', 'es-MX', 'de'])).toBe('es');
    expect(pickLanguage(null, ['de-AT'])).toBe('de');
    expect(pickLanguage(null, ['FR_ca'])).toBe('fr');
  });
  it('falls back to English when nothing the browser asks for is shipped', () => {
    expect(pickLanguage(null, ['it', 'pt-BR'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
  it('ignores a saved language the app does not ship (an old or edited setting)', () => {
    expect(pickLanguage('xx', ['de'])).toBe('de');
    expect(supportedLanguageOf('tlh')).toBeNull();
  });
  it('names every language in itself', () => {
    expect(SUPPORTED_LANGUAGES.map((language) => LANGUAGE_ENDONYMS[language])).toEqual([
      'English',
      'Deutsch',
      'Français',
      'Español',
    ]);
  });
});
