import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../scripts/i18n-keys.mjs';
import { KEPT_FIRST, splitEnglish } from '../../scripts/english-split';

// English in two parts: the first download carries what the setup screen and the launchers
// read; the rest comes with the screens that read it. Together they are en.json, key for key.

const english = JSON.parse(
  readFileSync(join(__dirname, '../../src/i18n/locales/en.json'), 'utf8'),
) as Record<string, never>;

describe('English in two parts', () => {
  const { first, later } = splitEnglish(english);
  const keys = (tree: object) => [...flatten(tree as never).keys()];

  it('together hold every key of en.json exactly once', () => {
    expect([...keys(first), ...keys(later)].sort()).toEqual(keys(english).sort());
  });

  it('the later part holds the takeaway and follow-up strings, the first keeps the launchers’', () => {
    expect(Object.keys(later).sort()).toEqual(['followup', 'room', 'takeaway', 'templates']);
    expect(keys(first).filter((key) => key.startsWith('followup.'))).toEqual([...KEPT_FIRST]);
    expect(keys(first).some((key) => key.startsWith('takeaway.'))).toBe(false);
    expect(keys(first)).toEqual(expect.arrayContaining(['app.title', 'history.open']));
  });
});
