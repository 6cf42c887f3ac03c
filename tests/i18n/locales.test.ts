import { describe, expect, it } from 'vitest';
import {
  diffLocale,
  expectedKeys,
  flatten,
  placeholders,
  pluralForms,
  readLocales,
  type LocaleTree,
} from '../../scripts/i18n-keys.mjs';
import { SUPPORTED_LANGUAGES } from '@/i18n/languages';
import { createI18n } from '@/i18n/setup';
import type { TranslationResource } from '@/i18n/resources';

// Every locale holds exactly English's keys, plurals included, none empty, each text with the
// same {{placeholders}} and <tags> as English.

const locales = readLocales();
const english = locales.en as LocaleTree;
const translations = SUPPORTED_LANGUAGES.filter((language) => language !== 'en');

describe('the locale files', () => {
  it('are exactly the four languages the app offers', () => {
    expect(Object.keys(locales).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('English has no empty text', () => {
    const empty = [...flatten(english)].filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '',
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  describe.each(translations)('%s', (language) => {
    const diff = diffLocale(english, locales[language] as LocaleTree);

    it('misses no key of English', () => {
      expect(diff.missing).toEqual([]);
    });
    it('has no key that English lacks', () => {
      expect(diff.extra).toEqual([]);
    });
    it('has no empty text', () => {
      expect(diff.empty).toEqual([]);
    });
    it('keeps the placeholders and tags of English', () => {
      expect(diff.placeholderMismatches).toEqual([]);
    });
    it('holds exactly the expected key set', () => {
      const keys = [...flatten(locales[language] as LocaleTree).keys()].sort();
      expect(keys).toEqual([...expectedKeys(english)].sort());
    });
    it('is translated, not English copied over: every phase reads differently', () => {
      const own = flatten(locales[language] as LocaleTree);
      const source = flatten(english);
      for (const phase of ['roles', 'presentation', 'clarification', 'mirroring', 'closing']) {
        for (const field of ['name', 'prompt', 'hint']) {
          const key = `phase.${phase}.${field}`;
          expect(own.get(key), key).not.toBe(source.get(key));
        }
      }
    });
  });
});

describe('the informal address of the method, the same throughout', () => {
  const texts = (language: string) => [...flatten(locales[language] as LocaleTree)];

  it('German says du (and ihr to the group), never Sie', () => {
    // "Exportieren Sie", "Ihnen", or a formal "Ihr" inside a sentence.
    const formal = /\b\w+en Sie\b|\bIhnen\b|(?<=\S )Ihr(e|en|er|em)?\b/;
    expect(texts('de').filter(([, text]) => formal.test(String(text)))).toEqual([]);
  });

  it('Spanish says tú, never usted', () => {
    const formal = /\busted(es)?\b/i;
    expect(texts('es').filter(([, text]) => formal.test(String(text)))).toEqual([]);
  });

  it('French speaks to one person with tu: "vous" only where a phase speaks to the group', () => {
    const toTheGroup = ['phase.clarification.prompt', 'phase.stillness.prompt'];
    const formal = /\b(vous|votre|vos)\b/i;
    const found = texts('fr').filter(([, text]) => formal.test(String(text)));
    expect(found.map(([key]) => key)).toEqual(toTheGroup);
  });
});

describe('French typography', () => {
  it('keeps « », : ; ? ! with their word (a no-break space, never a line break before them)', () => {
    const breakable = / [:;?!»]|« /;
    const found = [...flatten(locales.fr as LocaleTree)].filter(([, text]) =>
      breakable.test(String(text)),
    );
    expect(found.map(([key]) => key)).toEqual([]);
  });
});

describe('plural forms', () => {
  // French and Spanish have a third form, "many", for a million and its multiples. The locales
  // carry English's forms only, so no count the app shows may ask for another one. The counts
  // are fields to fix on the setup screen and minutes ahead of or behind plan.
  const largestCountShown = 100_000; // minutes: a clinic left running for over two months

  it('no count the app shows asks any language for a form English lacks', () => {
    const englishForms = pluralForms('en');
    for (const language of SUPPORTED_LANGUAGES) {
      const rules = new Intl.PluralRules(language);
      const foreign = new Set<string>();
      for (let count = 0; count <= largestCountShown; count += 1) {
        const form = rules.select(count);
        if (!englishForms.includes(form)) foreign.add(`${count}: ${form}`);
      }
      expect([...foreign], language).toEqual([]);
    }
  });

  it('reach the reader through i18next in each language', () => {
    const resources = locales as unknown as Record<string, TranslationResource>;
    const t = (language: string, count: number, fallbackToEnglish = false) =>
      createI18n(language, { resources, fallbackToEnglish }).t('timeline.behind', { count });
    expect(t('en', 1)).toBe('1 minute behind plan');
    expect(t('en', 3)).toBe('3 minutes behind plan');
    expect(t('de', 1)).toBe('1 Minute hinter dem Plan');
    expect(t('de', 3)).toBe('3 Minuten hinter dem Plan');
    // French counts 0 and 1 as singular.
    expect(t('fr', 0)).toBe('0 minute de retard');
    expect(t('fr', 2)).toBe('2 minutes de retard');
    expect(t('fr', largestCountShown)).toBe('100000 minutes de retard');
    expect(t('es', 1)).toBe('1 minuto de retraso');
    expect(t('es', 0)).toBe('0 minutos de retraso');
    // A million would ask for "many": the app falls back to English rather than show a key.
    expect(t('fr', 1_000_000, true)).toBe('1000000 minutes behind plan');
  });
});

describe('the key comparison itself', () => {
  const source: LocaleTree = {
    a: { greeting: 'Hello {{name}}', rich: '<small>over by</small> {{time}}' },
    items_one: 'One item',
    items_other: '{{count}} items',
    plain: 'Plain',
  };

  it('reports missing, extra and empty keys', () => {
    const diff = diffLocale(source, {
      a: { greeting: 'Hallo {{name}}', rich: '' },
      items_one: 'Ein',
      extra: 'x',
    });
    expect(diff.missing.sort()).toEqual(['items_other', 'plain']);
    expect(diff.extra).toEqual(['extra']);
    expect(diff.empty).toEqual(['a.rich']);
  });

  it('reports a dropped, renamed or invented placeholder or tag', () => {
    const diff = diffLocale(source, {
      a: { greeting: 'Hallo {{nom}}', rich: '<b>drüber</b> {{time}}' },
      items_one: 'Ein Eintrag',
      items_other: '{{count}} Einträge {{extra}}',
      plain: 'Schlicht',
    });
    expect(diff.placeholderMismatches).toEqual([
      { key: 'a.greeting', lacking: ['{{name}}'], unknown: ['{{nom}}'] },
      { key: 'a.rich', lacking: ['<small>'], unknown: ['<b>'] },
      { key: 'items_other', lacking: [], unknown: ['{{extra}}'] },
    ]);
  });

  it("expects English's plural forms in every language, no more and no fewer", () => {
    const french = diffLocale(source, {
      a: source.a,
      items_one: 'Un',
      items_many: 'y',
      plain: 'p',
    });
    expect(french.missing).toEqual(['items_other']);
    expect(french.extra).toEqual(['items_many']);
  });

  it('finds placeholders with spaces and formats, and tags', () => {
    expect(placeholders('{{ count }} and {{time, datetime}} <1>x</1> <br/>')).toEqual([
      '<1>',
      '<br>',
      '{{count}}',
      '{{time}}',
    ]);
  });
});
