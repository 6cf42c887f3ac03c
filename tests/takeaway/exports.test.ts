import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildSheet, formatCheckIn } from '@/takeaway/sheet';
import { escapeMarkdown, toMarkdown } from '@/takeaway/sheet-markdown';
import { escapeText, foldLine, toICalendar } from '@/takeaway/check-in-calendar';
import { fromJson, toJson } from '@/takeaway/clinic-file';
import { ENGLISH_WORDS, typicalExport } from '../helpers/takeaway-fixtures';
import { MINUTE, T0 } from '../helpers/clinic-fixtures';

// Golden files are written only when UPDATE_GOLDEN=1; otherwise the output must match them.
const GOLDEN = join(__dirname, 'golden');
function expectGolden(name: string, actual: string) {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

function typical() {
  const data = typicalExport();
  return { data, sheet: buildSheet(data.clinic, data.notes, data.details, data.exportedAt) };
}

describe('the takeaway sheet model', () => {
  it('shows planned against actual time per phase, extensions and pauses excluded from actual', () => {
    const { sheet } = typical();
    const mirroring = sheet.timings.find((timing) => timing.phaseId === 'mirroring');
    expect(mirroring).toEqual({
      phaseId: 'mirroring',
      plannedMs: 12 * MINUTE,
      actualMs: 14 * MINUTE,
    });
    // The presentation had a one-minute pause: it ran 15 of its 16 minutes.
    expect(sheet.timings[1]?.actualMs).toBe(15 * MINUTE);
    expect(sheet.actualTotalMs).toBe(75 * MINUTE);
  });

  it('counts the running phase up to now when opened from the console', () => {
    const data = typicalExport();
    const running = {
      ...data.clinic,
      status: 'running' as const,
      phaseIndex: 6,
      runningSince: T0 + 65 * MINUTE,
      clinicEndedAt: null,
    };
    const records = running.records.map((r, i) =>
      i === 6 ? { ...r, activeMs: 0, endedAt: null } : r,
    );
    const sheet = buildSheet({ ...running, records }, data.notes, data.details, T0 + 69 * MINUTE);
    expect(sheet.timings[6]?.actualMs).toBe(4 * MINUTE);
  });

  it('leaves out coaches without a mirror entry and blank items', () => {
    const data = typicalExport();
    const notes = { ...data.notes, mirrors: ['', '  ', 'Only Dev spoke'] };
    const sheet = buildSheet(data.clinic, notes, data.details, data.exportedAt);
    expect(sheet.mirrors).toEqual([{ coach: 'Dev', text: 'Only Dev spoke' }]);
  });
});

describe('the next check-in', () => {
  it('names the end date only when the check-in ends on another day', () => {
    const start = Date.UTC(2026, 11, 6, 23, 30);
    expect(formatCheckIn({ startsAt: start, endsAt: start + 15 * MINUTE }, ENGLISH_WORDS)).toBe(
      '2026-12-06 23:30 UTC – 23:45 UTC',
    );
    expect(formatCheckIn({ startsAt: start, endsAt: start + 60 * MINUTE }, ENGLISH_WORDS)).toBe(
      '2026-12-06 23:30 UTC – 2026-12-07 00:30 UTC',
    );
  });
});

describe('golden exports of a typical clinic', () => {
  it('Markdown', () => {
    const { sheet } = typical();
    expectGolden('typical.md', toMarkdown(sheet, ENGLISH_WORDS));
  });

  it('iCalendar', () => {
    const { data, sheet } = typical();
    expectGolden('typical.ics', toICalendar(sheet, ENGLISH_WORDS, { now: data.exportedAt })!);
  });

  it('JSON, in the current version (typical.json stays as version 1 wrote it)', () => {
    expectGolden('typical.v2.json', toJson(typicalExport()));
  });

  it('no calendar file without a next check-in', () => {
    const data = typicalExport();
    const sheet = buildSheet(
      data.clinic,
      data.notes,
      { place: '', nextCheckIn: null },
      data.exportedAt,
    );
    expect(toICalendar(sheet, ENGLISH_WORDS, { now: data.exportedAt })).toBeNull();
  });
});

describe('JSON round trip', () => {
  it('an export imported again equals the original', () => {
    const original = typicalExport();
    const result = fromJson(toJson(original));
    expect(result).toEqual({ ok: true, value: original });
  });

  it('the golden file of version 1 imports to the typical clinic, every step open and undated', () => {
    const result = fromJson(readFileSync(join(GOLDEN, 'typical.json'), 'utf8'));
    expect(result.ok && result.value).toEqual(typicalExport());
  });
});

describe('Markdown escaping', () => {
  const render = (markdown: string) =>
    new MarkdownIt({ html: true, linkify: false }).render(markdown);

  it.each([
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['# not a heading', '# not a heading'],
    ['[link](http://x)', '[link](http://x)'],
    ['1. not a list', '1. not a list'],
    ['*not emphasis*', '*not emphasis*'],
    ['a | b', 'a | b'],
    ['&amp;', '&amp;amp;'],
  ])('%s renders as the literal text', (input, html) => {
    expect(render(escapeMarkdown(input))).toBe(`<p>${html}</p>\n`);
  });

  it('drops bidirectional overrides, so one name cannot run backwards over the next', () => {
    expect(escapeMarkdown('evil\u202Egnp.exe \u2067x\u2069')).toBe('evilgnp.exe x');
    expect(escapeText('evil\u202Egnp.exe')).toBe('evilgnp.exe');
  });

  it('flattens line breaks so text cannot start a block of its own', () => {
    expect(escapeMarkdown('one\n# two\r\n- three\u2028four')).toBe('one \\# two - three four');
  });
});

describe('iCalendar text and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets with CRLF and a space, never inside a UTF-8 sequence', () => {
    const line = `SUMMARY:${'é'.repeat(50)}${'👩🏽‍💻'.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      // A split inside a sequence would leave a lone surrogate or a replacement character.
      expect(part).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
