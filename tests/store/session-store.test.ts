import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { createNotesStore } from '@/store/notes-store';
import { CLINIC_KEY } from '@/store/persistence';
import { SESSION_BACKUP_PREFIX, SESSION_KEY } from '@/store/session-save';
import { breakClock } from '@/clinic/session/break-clock';
import { phaseClock } from '@/clinic/clock';
import { addItem } from '@/takeaway/notes';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';
import { MINUTE, SECOND, T0, validPlan } from '../helpers/clinic-fixtures';
import { sessionPlan } from '../clinic/session/fixtures';

function clockAt(start: number) {
  let now = start;
  return { now: () => now, set: (value: number) => (now = value) };
}

type TestClock = ReturnType<typeof clockAt>;

function open(storage: Storage, clock: TestClock) {
  return createClinicStore({ storage: deviceOf(storage), clock });
}

/** A planned session of three quick clinics (Ada's, Ben's, Chloé's), 10-minute breaks, started. */
function startedSession(storage: Storage, clock: TestClock) {
  const store = open(storage, clock);
  store.getState().planSession(sessionPlan('quick'));
  store.getState().dispatchSession({ type: 'start' });
  return store;
}

/** The console's own moves through a clinic: six phase changes, then Finish. */
function runClinic(store: ClinicStore, clock: TestClock, from: number) {
  for (let phase = 1; phase <= 6; phase += 1) {
    clock.set(from + phase * MINUTE);
    store.getState().dispatch({ type: 'next' });
  }
  clock.set(from + 7 * MINUTE);
  store.getState().dispatch({ type: 'finish' });
}

describe('the session in the clinic store', () => {
  it('is null for "One clinic", and a single clinic runs exactly as before', () => {
    const clock = clockAt(T0);
    const store = open(new MemoryStorage(), clock);
    expect(store.getState().session).toBeNull();
    store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
    store.getState().dispatch({ type: 'start' });
    expect(store.getState().clinic.status).toBe('running');
    expect(store.getState().session).toBeNull();
  });

  it('plans only from the setup, and leaving the planning goes back to One clinic', () => {
    const clock = clockAt(T0);
    const store = open(new MemoryStorage(), clock);
    store.getState().planSession();
    expect(store.getState().session?.status).toBe('planning');
    expect(store.getState().sessionId).toMatch(/^[0-9a-f]{32}$/);
    // A clinic's start while planning would run a clinic outside the session: ignored.
    store.getState().dispatch({ type: 'start' });
    expect(store.getState().clinic.status).toBe('setup');
    store.getState().leavePlanning();
    expect(store.getState().session).toBeNull();
    expect(store.getState().sessionId).toBeNull();

    store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
    store.getState().dispatch({ type: 'start' });
    store.getState().planSession();
    expect(store.getState().session).toBeNull();
  });

  it('refuses to start a plan with errors, leaving it in planning', () => {
    const store = open(new MemoryStorage(), clockAt(T0));
    store.getState().planSession();
    store.getState().dispatchSession({ type: 'start' });
    expect(store.getState().session?.status).toBe('planning');
    expect(store.getState().clinic.status).toBe('setup');
  });

  it('shows the current clinic, takes its events through the session and hands out its cues', () => {
    const clock = clockAt(T0);
    const store = startedSession(new MemoryStorage(), clock);
    const { clinic, session, lastCue } = store.getState();
    expect(session?.status).toBe('clinic');
    expect(clinic).toBe(session?.runs[0]);
    expect(clinic.status).toBe('running');
    expect(clinic.plan.caseOwner).toBe('Ada');
    expect(clinic.plan.caseTitle).toBe('A merger');
    expect(clinic.clinicId).toMatch(/^[0-9a-f]{32}$/);
    expect(lastCue).toMatchObject({ cue: { kind: 'phaseStart', phaseId: 'roles' }, firedAt: T0 });

    clock.set(T0 + 2 * MINUTE);
    store.getState().dispatch({ type: 'next' });
    expect(store.getState().clinic.phaseIndex).toBe(1);
    expect(store.getState().session?.runs[0]?.phaseIndex).toBe(1);
    expect(store.getState().lastCue?.cue).toMatchObject({ phaseId: 'presentation' });
    // A reset would wipe a clinic the session's record needs.
    store.getState().dispatch({ type: 'reset' });
    expect(store.getState().clinic.status).toBe('running');
  });

  it('a finished clinic begins the break at its end; the next clinic has its own id', () => {
    const clock = clockAt(T0);
    const store = startedSession(new MemoryStorage(), clock);
    const firstId = store.getState().clinic.clinicId;
    runClinic(store, clock, T0);
    const { session, clinic } = store.getState();
    expect(session?.status).toBe('break');
    expect(session?.breaks[0]).toMatchObject({
      startedAt: T0 + 7 * MINUTE,
      plannedMs: 10 * MINUTE,
    });
    expect(clinic.status).toBe('finished');
    expect(clinic.clinicId).toBe(firstId);

    clock.set(T0 + 12 * MINUTE);
    store.getState().dispatch({ type: 'tick' });
    expect(breakClock(store.getState().session!, clock.now())?.remainingMs).toBe(5 * MINUTE);
    store.getState().dispatchSession({ type: 'lengthenBreak', deltaMs: 5 * MINUTE });
    expect(breakClock(store.getState().session!, clock.now())?.remainingMs).toBe(10 * MINUTE);
    store.getState().dispatchSession({ type: 'startNextClinic' });
    const next = store.getState().clinic;
    expect(next.plan.caseOwner).toBe('Ben');
    expect(next.status).toBe('running');
    expect(next.clinicId).not.toBe(firstId);
  });

  it('rings the break’s end once, and the whole session ends after the last clinic', () => {
    const clock = clockAt(T0);
    const store = startedSession(new MemoryStorage(), clock);
    runClinic(store, clock, T0);
    clock.set(T0 + 17 * MINUTE + SECOND);
    store.getState().tick();
    expect(store.getState().lastBreakCue).toMatchObject({ cue: { kind: 'breakEnd' } });
    const rung = store.getState().lastBreakCue;
    clock.set(T0 + 17 * MINUTE + 2 * SECOND);
    store.getState().tick();
    expect(store.getState().lastBreakCue).toBe(rung);

    store.getState().dispatchSession({ type: 'startNextClinic' });
    runClinic(store, clock, clock.now());
    store.getState().dispatchSession({ type: 'skipCase', clinicId: 3, mode: 'drop' });
    const { session, clinic } = store.getState();
    expect(session?.status).toBe('finished');
    expect(session?.runs).toHaveLength(2);
    expect(clinic).toBe(session?.runs[1]);
    store.getState().closeSession();
    expect(store.getState().session).toBeNull();
    expect(store.getState().clinic.status).toBe('setup');
  });

  it('starts each clinic’s notes fresh, seeded with its case and question', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = startedSession(storage, clock);
    const notes = createNotesStore({ clinic: store });
    expect(notes.getState().notes.caseTitle).toBe('A merger');
    notes.getState().change((n) => addItem(n, 'takeaways', 'First clinic’s note'));
    runClinic(store, clock, T0);
    store
      .getState()
      .dispatchSession({ type: 'updateCase', clinicId: 2, helpWanted: 'Where to begin?' });
    store.getState().dispatchSession({ type: 'startNextClinic' });
    const { notes: fresh, clinicId } = notes.getState();
    expect(clinicId).toBe(store.getState().clinic.clinicId);
    expect(fresh.caseTitle).toBe('A new role');
    expect(fresh.helpAsked).toBe('Where to begin?');
    expect(JSON.stringify(fresh)).not.toContain('First clinic’s note');
  });
});

describe('a session saved and resumed', () => {
  /** A new page on the same device, at the same instant. */
  const reload = (storage: Storage, clock: TestClock) => open(storage, clock);

  it('resumes mid-phase in the second clinic, with the countdown where it was', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = startedSession(storage, clock);
    runClinic(store, clock, T0);
    clock.set(T0 + 15 * MINUTE);
    store.getState().dispatchSession({ type: 'startNextClinic' });
    clock.set(T0 + 17 * MINUTE);
    store.getState().dispatch({ type: 'next' });
    clock.set(T0 + 19 * MINUTE + 30 * SECOND);
    const before = store.getState();
    const again = reload(storage, clock).getState();
    expect(again.session).toEqual(before.session);
    expect(again.sessionId).toBe(before.sessionId);
    expect(again.clinic).toEqual(before.clinic);
    expect(again.clinic.plan.caseOwner).toBe('Ben');
    expect(again.resumed).toBe(true);
    expect(phaseClock(again.clinic, clock.now()).remainingMs).toBe(2 * MINUTE + 30 * SECOND);
  });

  it('resumes during a break, its countdown computed from its start', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = startedSession(storage, clock);
    runClinic(store, clock, T0);
    store.getState().dispatchSession({ type: 'lengthenBreak', deltaMs: 5 * MINUTE });
    clock.set(T0 + 20 * MINUTE);
    const again = reload(storage, clock).getState();
    expect(again.session?.status).toBe('break');
    expect(again.clinic.status).toBe('finished');
    expect(breakClock(again.session!, clock.now())?.remainingMs).toBe(2 * MINUTE);
  });

  it('resumes on the end screen of a finished session', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = startedSession(storage, clock);
    runClinic(store, clock, T0);
    store.getState().dispatchSession({ type: 'finishSession' });
    const again = reload(storage, clock).getState();
    expect(again.session?.status).toBe('finished');
    expect(again.session).toEqual(store.getState().session);
  });

  it('resumes a plan in progress, and One clinic’s end time and fit', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = open(storage, clock);
    store.getState().planSession(sessionPlan('quick'));
    expect(reload(storage, clock).getState().session).toEqual(store.getState().session);

    store.getState().leavePlanning();
    store.getState().dispatch({ type: 'updatePlan', patch: validPlan('standard') });
    store.getState().dispatch({ type: 'start' });
    store.getState().setEndBy(T0 + 60 * MINUTE);
    store.getState().fitToEnd();
    const fitted = store.getState();
    expect(fitted.lastClinicFit).not.toBeNull();
    const again = reload(storage, clock);
    expect(again.getState().endBy).toBe(T0 + 60 * MINUTE);
    expect(again.getState().clinic).toEqual(fitted.clinic);
    again.getState().undoFit();
    expect(again.getState().clinic.plan.durationsMs).toEqual(validPlan('standard').durationsMs);
  });

  it('moves a damaged session save aside with a notice; the clinic resumes alone', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = startedSession(storage, clock);
    clock.set(T0 + 90 * SECOND);
    const running = store.getState().clinic;
    const damaged = '{"schemaVersion":1,"savedAt":1,"sessionId":"x","session":{"status":"clinic"}}';
    storage.setItem(SESSION_KEY, damaged);
    const again = reload(storage, clock).getState();
    expect(again.sessionNotice).toMatchObject({ problem: 'invalid' });
    const backupKey = again.sessionNotice!.backupKey;
    expect(backupKey.startsWith(SESSION_BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(backupKey)).toBe(damaged);
    expect(again.session).toBeNull();
    expect(again.clinic).toEqual(running);
    expect(again.loadNotice).toBeNull();
  });

  it('writes the clinic save in the format it had (the current clinic of the session)', () => {
    const clock = clockAt(T0);
    const storage = new MemoryStorage();
    const store = startedSession(storage, clock);
    const saved = JSON.parse(storage.getItem(CLINIC_KEY)!) as {
      schemaVersion: number;
      clinic: unknown;
    };
    expect(saved.schemaVersion).toBe(2);
    expect(saved.clinic).toEqual(store.getState().clinic);
  });
});

describe('saves from before sessions existed', () => {
  const golden = (name: string) => readFileSync(join(__dirname, 'golden', name), 'utf8').trimEnd();
  const capturedAt = (JSON.parse(golden('schema-1-capture.json')) as { capturedAt: number })
    .capturedAt;

  it('the schema-1 golden save resumes as One clinic, with no session and no notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, golden('schema-1-clinic.json'));
    const clock = clockAt(capturedAt);
    const state = open(storage, clock).getState();
    expect(state.clinic.status).toBe('running');
    expect(state.clinic.phaseIndex).toBe(1);
    expect(phaseClock(state.clinic, capturedAt).remainingMs).toBe(224_500);
    expect(state.session).toBeNull();
    expect(state.sessionNotice).toBeNull();
    expect(state.loadNotice).toBeNull();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
  });

  it('a schema-2 save as main writes it resumes unchanged, and a session can follow it', () => {
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, golden('schema-1-clinic.json'));
    const clock = clockAt(capturedAt);
    // Loading the schema-1 save upgrades it in place: the key now holds main's schema 2.
    const first = open(storage, clock);
    first.getState().dispatch({ type: 'next' });
    const schema2 = storage.getItem(CLINIC_KEY)!;
    expect(JSON.parse(schema2)).toMatchObject({ schemaVersion: 2 });
    const copy = new MemoryStorage();
    copy.setItem(CLINIC_KEY, schema2);
    const again = open(copy, clock);
    expect(again.getState().clinic).toEqual(first.getState().clinic);
    expect(again.getState().session).toBeNull();

    clock.set(capturedAt + MINUTE);
    again.getState().dispatch({ type: 'finish' });
    again.getState().dispatch({ type: 'reset' });
    again.getState().planSession(sessionPlan('quick'));
    again.getState().dispatchSession({ type: 'start' });
    expect(again.getState().clinic.plan.caseOwner).toBe('Ada');
    expect(open(copy, clock).getState().session).toEqual(again.getState().session);
  });
});
