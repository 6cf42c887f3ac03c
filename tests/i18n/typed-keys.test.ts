import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/setup';

// English is the source of the key type: asking for a key it lacks does not compile. The
// expected-error directives below are checked by `tsc` (npm run typecheck): if the keys ever
// stopped being typed, the directives would be unused and the type check would fail.

describe('typed keys', () => {
  it('accepts the keys English has and refuses the rest at compile time', () => {
    const { t } = createI18n('en');
    expect(t('setup.heading')).toBe('Set up the clinic');
    expect(t('timeline.behind', { count: 2 })).toBe('2 minutes behind plan');
    // @ts-expect-error a key English does not have
    expect(t('setup.noSuchKey')).toBe('setup.noSuchKey');
    // @ts-expect-error a section is not a text
    t('phase.roles', { returnObjects: false });
  });
});
