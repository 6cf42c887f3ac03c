import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { createI18n } from '@/i18n/setup';
import { splitEnglish } from '../../scripts/english-split';
import { renderWithStores } from '../helpers/render';

// A build ships English in two parts (scripts/english-split.ts): the first screen draws before
// the second part arrives. Drawn with the first part alone, it must not miss a single string,
// or a facilitator would see a key such as "planner.modeOne" where a label belongs.

const english = JSON.parse(
  readFileSync(join(__dirname, '../../src/i18n/locales/en.json'), 'utf8'),
) as Record<string, never>;

function firstPartOnly() {
  const missing: string[] = [];
  const i18n = createI18n('en', {
    resources: { en: splitEnglish(english).first as never },
    onMissingKey: (_language, key) => missing.push(key),
  });
  return { i18n, missing };
}

describe('the first screen with the first part of English alone', () => {
  it('the setup of one clinic, with its launchers, sound and language, misses no string', async () => {
    const { i18n, missing } = firstPartOnly();
    renderWithStores(<App />, { i18n });
    expect(await screen.findByRole('heading', { name: 'Set up the clinic' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'One clinic' })).toBeChecked();
    expect(screen.getByLabelText(/End by/)).toBeInTheDocument();
    expect(missing).toEqual([]);
  });

  it('a start with empty names, its errors beside each field, misses no string', async () => {
    const { i18n, missing } = firstPartOnly();
    renderWithStores(<App />, { i18n });
    fireEvent.click(screen.getByRole('button', { name: 'Start clinic' }));
    expect(await screen.findByText(/fields? needs? attention/)).toBeVisible();
    expect(missing).toEqual([]);
  });
});
