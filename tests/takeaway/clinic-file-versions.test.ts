import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION, fromJson, toJson } from '@/takeaway/clinic-file';
import { addNextStep, editNextStep, NEW_STEP_FIELDS } from '@/takeaway/notes';
import { parseNotes } from '@/takeaway/notes-validate';
import { typicalExport } from '../helpers/takeaway-fixtures';

// Files stay compatible: version 2 carries each step's due date, status and review links;
// every file version 1 wrote still imports (the golden file below is one, byte for byte as
// version 1 wrote it); a file from a newer version is refused with a message that says so.

const V1_GOLDEN = readFileSync(join(__dirname, 'golden', 'typical.json'), 'utf8');

function followedUp() {
  const data = typicalExport();
  let notes = editNextStep(data.notes, 7, { dueDate: '2026-12-06', status: 'done' });
  notes = editNextStep(notes, 8, { status: 'dropped', reviewedIn: '1795942800000' });
  notes = addNextStep(notes, 'Carried on', 'Ada', {
    dueDate: '2027-01-15',
    carriedFrom: { clinicId: '1794733200000', stepId: 3 },
  });
  return { ...data, notes };
}

describe('the JSON file, version 2', () => {
  it('is what this version writes', () => {
    expect(EXPORT_VERSION).toBe(2);
    expect(JSON.parse(toJson(typicalExport())).version).toBe(2);
  });

  it('keeps due dates, statuses and review links through an export and an import', () => {
    const original = followedUp();
    const text = toJson(original);
    const written = JSON.parse(text).notes.nextSteps;
    expect(written[0]).toMatchObject({ dueDate: '2026-12-06', status: 'done' });
    expect(written[1]).toMatchObject({ status: 'dropped', reviewedIn: '1795942800000' });
    expect(fromJson(text)).toEqual({ ok: true, value: original });
  });

  it.each([
    ['status', 'finished', 'notes.nextSteps[0].status'],
    ['dueDate', '2026-02-30', 'notes.nextSteps[0].dueDate'],
    ['dueDate', '2026-12-06T00:00:00Z', 'notes.nextSteps[0].dueDate'],
    ['reviewedIn', 42, 'notes.nextSteps[0].reviewedIn'],
    ['carriedFrom', { clinicId: 'x' }, 'notes.nextSteps[0].carriedFrom.stepId'],
  ])('refuses a step whose %s is %j, and says where', (field, value, detail) => {
    const file = JSON.parse(toJson(typicalExport()));
    file.notes.nextSteps[0][field] = value;
    expect(fromJson(JSON.stringify(file))).toEqual({
      ok: false,
      error: { code: 'notesItemInvalid', detail },
    });
  });
});

describe('files of version 1', () => {
  it('the golden file is version 1 and has no follow-up fields', () => {
    const file = JSON.parse(V1_GOLDEN);
    expect(file.version).toBe(1);
    expect(Object.keys(file.notes.nextSteps[0]).sort()).toEqual(['id', 'owner', 'text']);
  });

  it('the golden file imports: every step open, undated, never reviewed', () => {
    const result = fromJson(V1_GOLDEN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(typicalExport());
    for (const step of result.value.notes.nextSteps) expect(step).toMatchObject(NEW_STEP_FIELDS);
  });

  it('saved notes from before (the notes store’s own save) read the same way', () => {
    const saved = JSON.parse(V1_GOLDEN).notes;
    const result = parseNotes(saved);
    expect(result.ok && result.value.nextSteps[1]).toEqual({
      id: 8,
      text: 'Share the list of pairs',
      owner: 'Ben',
      ...NEW_STEP_FIELDS,
    });
  });
});

describe('a file from a newer version', () => {
  it('is refused with the version it has, so the message can say to update the app', () => {
    const file = { ...JSON.parse(toJson(typicalExport())), version: EXPORT_VERSION + 1 };
    expect(fromJson(JSON.stringify(file))).toEqual({
      ok: false,
      error: { code: 'versionNewer', detail: '3' },
    });
  });
});
