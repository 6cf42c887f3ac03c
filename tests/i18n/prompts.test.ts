import { describe, expect, it } from 'vitest';
import { readLocales } from '../../scripts/i18n-keys.mjs';
import { PHASE_IDS } from '@/clinic/phases';
import { SUPPORTED_LANGUAGES } from '@/i18n/languages';
import type { TranslationResource } from '@/i18n/resources';

// In the roles phase the room reads the confidentiality note right above the prompt: a prompt
// that says the same sentence again reads twice on the wall.

const locales = readLocales() as unknown as Record<string, TranslationResource>;

/** A sentence as it reads: no case, no punctuation, no quotes, single spaces. */
const plain = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the phase prompts', () => {
  it.each(SUPPORTED_LANGUAGES)('in %s never repeat the confidentiality note', (language) => {
    const locale = locales[language]!;
    const note = plain(locale.session.confidentialityDefault);
    expect(note.length).toBeGreaterThan(10);
    for (const phaseId of PHASE_IDS) {
      const prompt = locale.phase[phaseId].prompt;
      expect(prompt.split('\n').filter(Boolean).length).toBeGreaterThan(0);
      expect(plain(prompt), `${language} ${phaseId}`).not.toContain(note);
    }
  });
});
