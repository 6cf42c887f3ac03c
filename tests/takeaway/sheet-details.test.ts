import { describe, expect, it } from 'vitest';
import { fromJson, toJson } from '@/takeaway/clinic-file';
import { readSheetDetails } from '@/takeaway/sheet';
import { NOTES_KEY, NOTES_SAVE, NOTES_VERSION } from '@/store/notes-store';
import { loadSave } from '@/store/versioned-save';
import { deviceOf } from '../helpers/device';
import { MemoryStorage } from '../store/memory-storage';
import { fromLocalInputs } from '@/ui/export-actions';
import { typicalExport } from '../helpers/takeaway-fixtures';

const LAST_SECOND_OF_9999 = Date.UTC(9999, 11, 31, 23, 59, 59);
const checkIn = (startsAt: unknown, durationMinutes: unknown = 45) => ({
  place: 'Room 4',
  nextCheckIn: { startsAt, durationMinutes },
});

// Each value and whether it is a check-in the sheet may hold.
const CASES: Array<[string, unknown, boolean]> = [
  ['none', { place: 'Room 4', nextCheckIn: null }, true],
  ['left out (none)', { place: 'Room 4' }, true],
  ['1 January 1970', checkIn(0), true],
  ['the last second of 9999', checkIn(LAST_SECOND_OF_9999), true],
  ['before 1970', checkIn(-1), false],
  ['year 10000', checkIn(LAST_SECOND_OF_9999 + 1000), false],
  ['year 275760', checkIn(8.64e15), false],
  ['a fraction of a millisecond', checkIn(1.5), false],
  ['not a number', checkIn('2026-12-06'), false],
  ['NaN', checkIn(Number.NaN), false],
  ['4 minutes long', checkIn(0, 4), false],
  ['8 hours long', checkIn(0, 480), true],
  ['a text, not a check-in', { place: 'Room 4', nextCheckIn: 'soon' }, false],
];

describe('the sheet details: one rule for the device and for a file', () => {
  it.each(CASES)('%s', (_name, details, valid) => {
    const direct = readSheetDetails(details);
    expect(direct.ok).toBe(valid);
    if (!direct.ok) expect(direct.problem).toBe('checkInInvalid');

    // A file with these details...
    const file = JSON.parse(toJson(typicalExport())) as Record<string, unknown>;
    file.details = details;
    const imported = fromJson(JSON.stringify(file));
    expect(imported.ok).toBe(valid);
    if (!imported.ok) expect(imported.error.code).toBe('checkInInvalid');

    // ...and the notes saved on the device with them agree.
    const storage = new MemoryStorage();
    storage.setItem(
      NOTES_KEY,
      JSON.stringify({
        schemaVersion: NOTES_VERSION,
        savedAt: 0,
        clinicId: null,
        notes: typicalExport().notes,
        details,
      }),
    );
    const saved = loadSave(deviceOf(storage), NOTES_SAVE, 1_000);
    expect(saved.value !== null).toBe(valid);
  });

  it('refuses a place that is not text or too long', () => {
    expect(readSheetDetails({ place: 7, nextCheckIn: null })).toEqual({
      ok: false,
      problem: 'placeInvalid',
    });
    expect(readSheetDetails({ place: 'x'.repeat(5001), nextCheckIn: null }).ok).toBe(false);
    expect(readSheetDetails(null)).toEqual({ ok: false, problem: 'placeInvalid' });
  });
});

describe('the check-in picker keeps to the same rule', () => {
  it('takes a date in the years a calendar file can carry', () => {
    expect(fromLocalInputs('2026-12-06', '14:30')).toBe(new Date(2026, 11, 6, 14, 30).getTime());
    expect(fromLocalInputs('9999-06-01', '12:00')).not.toBeNull();
  });

  it('refuses a year a file could not carry, even one the Date object reads as 19xx', () => {
    expect(fromLocalInputs('0080-05-01', '10:00')).toBeNull();
    expect(fromLocalInputs('1960-05-01', '10:00')).toBeNull();
    expect(fromLocalInputs('2026-12-06', '')).toBeNull();
  });
});
