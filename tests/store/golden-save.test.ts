import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCountdown, phaseClock } from '@/clinic/clock';
import { createClinicStore } from '@/store/clinic-store';
import { createNotesStore, NOTES_KEY } from '@/store/notes-store';
import { CLINIC_KEY, SCHEMA_VERSION } from '@/store/persistence';
import { createSettingsStore, SETTINGS_KEY } from '@/store/settings-store';
import { deviceOf } from '../helpers/device';
import { MemoryStorage } from './memory-storage';

// A real save of schema 1, written by the app on main before the save format changed (see
// golden/schema-1-capture.json and the script beside it): a quick clinic in phase 2, running,
// with notes and settings. Whatever the format becomes, such a save must resume as it was.

const GOLDEN = join(__dirname, 'golden');
const golden = (name: string) => readFileSync(join(GOLDEN, name), 'utf8').trimEnd();
const capture = JSON.parse(golden('schema-1-capture.json')) as {
  capturedAt: number;
  countdownShown: string;
};

/** The device as the old app left it: the three values, byte for byte. */
function deviceLeftBySchema1() {
  const storage = new MemoryStorage();
  storage.setItem(CLINIC_KEY, golden('schema-1-clinic.json'));
  storage.setItem(NOTES_KEY, golden('schema-1-notes.json'));
  storage.setItem(SETTINGS_KEY, golden('schema-1-settings.json'));
  return storage;
}

function resume(storage: MemoryStorage, at: number) {
  const clock = { now: () => at };
  const clinic = createClinicStore({ storage: deviceOf(storage), clock });
  const notes = createNotesStore({ clinic });
  const settings = createSettingsStore(deviceOf(storage), clock);
  return { clinic, notes, settings };
}

describe('a save of schema 1, as the app wrote it', () => {
  it('resumes the same phase, running, with the countdown the old app showed', () => {
    const { clinic } = resume(deviceLeftBySchema1(), capture.capturedAt);
    const state = clinic.getState();
    expect(state.loadNotice).toBeNull();
    expect(state.clinic.status).toBe('running');
    expect(state.clinic.phaseIndex).toBe(1);
    const shown = phaseClock(state.clinic, capture.capturedAt);
    expect(shown.remainingMs).toBe(224_500);
    expect(formatCountdown(shown).text).toBe(capture.countdownShown);
  });

  it('minutes later, the countdown has run on by those minutes', () => {
    const { clinic } = resume(deviceLeftBySchema1(), capture.capturedAt + 120_000);
    expect(phaseClock(clinic.getState().clinic, capture.capturedAt + 120_000).remainingMs).toBe(
      104_500,
    );
  });

  it('keeps every note and the settings, and names the clinic by its start', () => {
    const { clinic, notes, settings } = resume(deviceLeftBySchema1(), capture.capturedAt);
    expect(clinic.getState().clinic.clinicId).toBe('1795338000000');
    const saved = notes.getState();
    expect(saved.backupKey).toBeNull();
    expect(saved.notes.keyFacts.map((item) => item.text)).toEqual([
      'Two teams of 8, merging in March',
      'Ada has led one of them for 3 years',
    ]);
    expect(saved.notes.mirrors[0]).toBe('A bridge from both banks');
    // A step from before follow-up is open, undated, and came from this clinic.
    expect(saved.notes.nextSteps).toEqual([
      {
        id: 4,
        text: 'Book the kick-off',
        owner: 'Chloé',
        dueDate: null,
        status: 'open',
        carriedFrom: null,
        reviewedIn: null,
      },
    ]);
    const { volume, soundSet, theme, language, notice } = settings.getState();
    expect({ volume, soundSet, theme, language, notice }).toEqual({
      volume: 40,
      soundSet: 'softTones',
      theme: 'light',
      language: null,
      notice: null,
    });
  });

  it('once the clinic moves on it is saved in the current schema, and resumes from that', () => {
    const storage = deviceLeftBySchema1();
    const first = resume(storage, capture.capturedAt);
    first.clinic.getState().dispatch({ type: 'next' });
    expect(JSON.parse(storage.getItem(CLINIC_KEY)!).schemaVersion).toBe(SCHEMA_VERSION);

    const again = resume(storage, capture.capturedAt + 1_000);
    expect(again.clinic.getState().clinic.phaseIndex).toBe(2);
    expect(again.notes.getState().notes.keyFacts).toHaveLength(2);
  });
});
