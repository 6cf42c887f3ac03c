import { describe, expect, it } from 'vitest';
import { SESSION_FORMAT, sessionFromJson, sessionToJson } from '@/takeaway/session/session-file';
import { MAX_IMPORT_CHARS } from '@/takeaway/clinic-file';
import { plannedSession } from '../../clinic/session/fixtures';
import { sessionExport } from './fixtures';

/** The good file, edited as JSON: what a damaged or hostile file looks like. */
function edited(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(sessionToJson(sessionExport())) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}
const session = (file: Record<string, unknown>) => file.session as Record<string, unknown>;
const runs = (file: Record<string, unknown>) =>
  session(file).runs as Array<Record<string, unknown>>;
const notes = (file: Record<string, unknown>) => file.notes as Array<Record<string, unknown>>;

describe('the session file', () => {
  it('reads back exactly what was written', () => {
    const original = sessionExport();
    expect(sessionFromJson(sessionToJson(original))).toEqual({ ok: true, value: original });
  });

  it('says what it is, with a version, a date and the language', () => {
    const file = JSON.parse(sessionToJson(sessionExport()));
    expect(file).toMatchObject({
      format: SESSION_FORMAT,
      version: 1,
      exportedAt: '2026-11-22T10:30:00.000Z',
      language: 'en',
    });
  });

  it('reads a file with a byte-order mark', () => {
    expect(sessionFromJson(`\uFEFF${sessionToJson(sessionExport())}`).ok).toBe(true);
  });

  const bad: Array<[string, string, string, string?]> = [
    ['an empty file', '  \n', 'empty'],
    ['a giant', `{"pad":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`, 'tooLarge'],
    ['a cut-off file', sessionToJson(sessionExport()).slice(0, 500), 'truncated'],
    ['not JSON', 'Session summary\n- Ada', 'notJson'],
    ['a JSON list', '[1, 2]', 'notObject'],
    ['a clinic file', edited((f) => (f.format = 'case-clinic-timer/clinic')), 'notOurFormat'],
    ['no version', edited((f) => delete f.version), 'versionMissing'],
    ['a newer version', edited((f) => (f.version = 2)), 'versionNewer', '2'],
    ['a version as text', edited((f) => (f.version = '1')), 'versionUnknown', '"1"'],
    ['no date', edited((f) => (f.exportedAt = 'yesterday')), 'exportedAtInvalid'],
    ['a hostile language', edited((f) => (f.language = '<script>')), 'languageInvalid'],
    [
      'a session with an unknown status',
      edited((f) => (session(f).status = 'lunch')),
      'sessionInvalid',
      'status is unknown',
    ],
    [
      'a session never started',
      JSON.stringify({
        ...JSON.parse(sessionToJson(sessionExport())),
        session: plannedSession(),
        notes: [],
        details: [],
      }),
      'sessionNotStarted',
    ],
    [
      'a clinic with a 10,000-character case owner',
      edited((f) => ((runs(f)[0]!.plan as Record<string, unknown>).caseOwner = 'A'.repeat(10_000))),
      'planInvalid',
      'runs[0].caseOwner: nameTooLong',
    ],
    [
      'a group of two',
      edited((f) => {
        const plan = session(f).plan as Record<string, unknown>;
        plan.group = (plan.group as unknown[]).slice(0, 2);
      }),
      'planInvalid',
      'group: groupTooSmall',
    ],
    [
      'notes for one clinic of two',
      edited((f) => (f.notes = notes(f).slice(0, 1))),
      'notesMismatch',
    ],
    ['details missing', edited((f) => delete f.details), 'notesMismatch', 'details'],
    [
      'a take-away that is a number',
      edited((f) => ((notes(f)[1]!.takeaways as Array<Record<string, unknown>>)[0]!.text = 42)),
      'notesTextInvalid',
      '1: notes.takeaways[0].text',
    ],
    [
      'more mirror images than coaches',
      edited((f) => (notes(f)[0]!.mirrors = ['a', 'b', 'c', 'd', 'e'])),
      'mirrorsMismatch',
      '0',
    ],
    [
      'a place that is not text',
      edited((f) => ((f.details as Array<Record<string, unknown>>)[1]!.place = 4)),
      'placeInvalid',
      '1',
    ],
    [
      'a check-in that is not a date',
      edited(
        (f) =>
          ((f.details as Array<Record<string, unknown>>)[0]!.nextCheckIn = {
            startsAt: 'soon',
            durationMinutes: 30,
          }),
      ),
      'checkInInvalid',
      '0',
    ],
  ];

  it.each(bad)('refuses %s with its own code', (_, raw, code, detail) => {
    const result = sessionFromJson(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      if (detail !== undefined) expect(result.error.detail).toBe(detail);
    }
  });

  it('a prototype-polluting file pollutes nothing', () => {
    const file = sessionToJson(sessionExport()).replace(
      '"session": {',
      '"session": {"__proto__": {"polluted": true},',
    );
    sessionFromJson(file);
    sessionFromJson('{"__proto__": {"polluted": true}, "format": "case-clinic-timer/session"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
