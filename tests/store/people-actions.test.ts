import { describe, expect, it } from 'vitest';
import { currentTurn } from '@/clinic/mirroring';
import { createClinicStore } from '@/store/clinic-store';
import { createNotesStore } from '@/store/notes-store';
import { changePeople } from '@/store/people-actions';
import { setMirror } from '@/takeaway/notes';
import { buildSheet, createSheetDetails } from '@/takeaway/sheet';
import { MINUTE, T0, validPlan } from '../helpers/clinic-fixtures';
import { deviceOf } from '../helpers/device';
import { MemoryStorage } from './memory-storage';

// People change from the console while the clinic runs: the clinic shares the mirroring turns
// out again, the mirror notes follow their coaches (not their places), and a reload keeps it all.

let now = T0;
function openApp(storage: MemoryStorage) {
  const clinic = createClinicStore({ storage: deviceOf(storage), clock: { now: () => now } });
  return { clinic, notes: createNotesStore({ clinic }) };
}

/** A quick clinic in mirroring, a minute into Chloé's turn, with a mirror noted per coach. */
function inMirroring(storage: MemoryStorage) {
  now = T0;
  const app = openApp(storage);
  const dispatch = app.clinic.getState().dispatch;
  dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  dispatch({ type: 'start' });
  for (let phase = 0; phase < 4; phase += 1) dispatch({ type: 'next' });
  now = T0 + (5 * MINUTE) / 3.5 + MINUTE;
  app.notes
    .getState()
    .change((notes) =>
      ['a tree in wind', 'a bridge', 'a lighthouse'].reduce(
        (changed, text, index) => setMirror(changed, index, text),
        notes,
      ),
    );
  return app;
}

const speaker = (app: ReturnType<typeof openApp>) => {
  const { clinic } = app.clinic.getState();
  const turn = currentTurn(clinic, now);
  return turn?.speaker.kind === 'coach' ? clinic.plan.coaches[turn.speaker.coachIndex] : 'owner';
};

describe('changing people from the console', () => {
  it('a coach who leaves takes their place in the list, not their mirror, with them', () => {
    const storage = new MemoryStorage();
    const app = inMirroring(storage);
    expect(changePeople(app.clinic, app.notes, { type: 'removeCoach', coachIndex: 0 })).toBeNull();
    expect(app.clinic.getState().clinic.plan.coaches).toEqual(['Chloé', 'Dev']);
    const { notes } = app.notes.getState();
    expect(notes.mirrors).toEqual(['a bridge', 'a lighthouse']);
    expect(notes.leftMirrors).toEqual([{ coach: 'Ben', text: 'a tree in wind' }]);
    expect(speaker(app)).toBe('Chloé');
  });

  it('a late coach gets a mirror of their own; renames show on the sheet as they ended', () => {
    const storage = new MemoryStorage();
    const app = inMirroring(storage);
    changePeople(app.clinic, app.notes, { type: 'addCoach', name: 'Fay' });
    changePeople(app.clinic, app.notes, {
      type: 'renamePerson',
      person: { role: 'coach', index: 1 },
      name: 'Chloe',
    });
    changePeople(app.clinic, app.notes, { type: 'removeCoach', coachIndex: 0 });
    app.notes.getState().change((notes) => setMirror(notes, 2, 'an open door'));
    const sheet = buildSheet(
      app.clinic.getState().clinic,
      app.notes.getState().notes,
      createSheetDetails(),
      now,
    );
    expect(sheet.coaches).toEqual(['Chloe', 'Dev', 'Fay']);
    expect(sheet.mirrors).toEqual([
      { coach: 'Chloe', text: 'a bridge' },
      { coach: 'Dev', text: 'a lighthouse' },
      { coach: 'Fay', text: 'an open door' },
      { coach: 'Ben', text: 'a tree in wind' },
    ]);
  });

  it('refuses what the setup form would refuse, and changes nothing then', () => {
    const storage = new MemoryStorage();
    const app = inMirroring(storage);
    changePeople(app.clinic, app.notes, { type: 'removeCoach', coachIndex: 2 });
    const before = app.notes.getState().notes;
    expect(changePeople(app.clinic, app.notes, { type: 'removeCoach', coachIndex: 0 })).toBe(
      'tooFewCoaches',
    );
    expect(app.clinic.getState().clinic.plan.coaches).toEqual(['Ben', 'Chloé']);
    expect(app.notes.getState().notes).toBe(before);
  });

  it('a reload keeps the people, the turns from the change and the mirrors where they went', () => {
    const storage = new MemoryStorage();
    const app = inMirroring(storage);
    changePeople(app.clinic, app.notes, { type: 'removeCoach', coachIndex: 0 });
    const turnBefore = currentTurn(app.clinic.getState().clinic, now + 10_000);

    const reloaded = openApp(storage);
    expect(reloaded.clinic.getState().loadNotice).toBeNull();
    expect(reloaded.clinic.getState().clinic).toEqual(app.clinic.getState().clinic);
    expect(currentTurn(reloaded.clinic.getState().clinic, now + 10_000)).toEqual(turnBefore);
    expect(reloaded.notes.getState().notes.mirrors).toEqual(['a bridge', 'a lighthouse']);
    expect(reloaded.notes.getState().notes.leftMirrors).toEqual([
      { coach: 'Ben', text: 'a tree in wind' },
    ]);
    expect(reloaded.clinic.getState().clinic.givenTurns?.map((turn) => turn.name)).toEqual(['Ben']);
  });
});
