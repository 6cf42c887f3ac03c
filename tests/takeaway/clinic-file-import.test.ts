import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJson, MAX_IMPORT_CHARS, toJson } from '@/takeaway/clinic-file';
import { typicalExport } from '../helpers/takeaway-fixtures';

const CORPUS = join(__dirname, 'bad-imports');
const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<
  string,
  string
>;
const files = readdirSync(CORPUS).filter((name) => name !== 'expected.json');

describe('the corpus of bad import files', () => {
  it('holds at least 15 files, each with the rejection it must get', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it('covers many different problems, not one problem many times', () => {
    expect(new Set(Object.values(expected)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s is rejected with its own reason', (name) => {
    const result = fromJson(readFileSync(join(CORPUS, name), 'utf8'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(expected[name]);
  });

  it('says where a notes problem is', () => {
    const result = fromJson(readFileSync(join(CORPUS, 'notes-text-is-number.json'), 'utf8'));
    expect(result).toEqual({
      ok: false,
      error: { code: 'notesTextInvalid', detail: 'notes.takeaways[0].text' },
    });
  });

  it('a prototype-polluting file pollutes nothing', () => {
    fromJson(readFileSync(join(CORPUS, 'prototype-pollution.json'), 'utf8'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('files that are not in the corpus', () => {
  it('a giant file is refused before it is parsed', () => {
    const giant = `{"format":"case-clinic-timer/clinic","pad":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`;
    expect(fromJson(giant)).toEqual({ ok: false, error: { code: 'tooLarge' } });
  });

  it('a byte-order mark does not stop an otherwise good file', () => {
    const original = typicalExport();
    expect(fromJson(`\uFEFF${toJson(original)}`)).toEqual({ ok: true, value: original });
  });

  it('a file without a check-in or a place imports with none', () => {
    const original = { ...typicalExport(), details: { place: '', nextCheckIn: null } };
    expect(fromJson(toJson(original))).toEqual({ ok: true, value: original });
  });
});

// Issue 12, class 7: a version that is not text was printed as "[object Object]".
describe('the detail a refused file is told', () => {
  it.each([
    ['an object', { major: 2 }, '{"major":2}'],
    ['a list', [1, 2], '[1,2]'],
    ['text', '1', '"1"'],
    ['a fraction', 1.5, '1.5'],
    ['a long text, cut short', 'x'.repeat(40), `"${'x'.repeat(18)}…`],
  ])('a version given as %s reads as the file wrote it', (_name, version, detail) => {
    const file = { ...JSON.parse(toJson(typicalExport())), version };
    expect(fromJson(JSON.stringify(file))).toEqual({
      ok: false,
      error: { code: 'versionUnknown', detail },
    });
  });
});
