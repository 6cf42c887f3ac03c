import { describe, expect, it, vi } from 'vitest';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { createMemoryBackend } from '@/store/history-backend';
import { archiveFinishedClinics, createHistoryStore } from '@/store/history-store';
import { createNotesStore } from '@/store/notes-store';
import { buildSessionSummary } from '@/takeaway/session/session-summary';
import { addItem } from '@/takeaway/notes';
import { MINUTE, T0 } from '../helpers/clinic-fixtures';
import { sessionPlan } from '../clinic/session/fixtures';
import { MemoryStorage } from './memory-storage';
import { deviceOf } from '../helpers/device';

function setup() {
  let now = T0;
  const clock = { now: () => now };
  const clinic = createClinicStore({ storage: deviceOf(new MemoryStorage()), clock });
  const notes = createNotesStore({ clinic });
  const history = createHistoryStore(createMemoryBackend(), clock);
  archiveFinishedClinics(clinic, notes, history, () => 'en');
  const advance = (ms: number) => (now += ms);
  return { clinic, notes, history, advance };
}

function runClinic(clinic: ClinicStore, advance: (ms: number) => number) {
  for (let phase = 1; phase <= 6; phase += 1) {
    advance(MINUTE);
    clinic.getState().dispatch({ type: 'next' });
  }
  advance(MINUTE);
  clinic.getState().dispatch({ type: 'finish' });
}

describe('the history of a session', () => {
  it('keeps each clinic with its own notes, marked, and the session whole when it ends', async () => {
    const { clinic, notes, history, advance } = setup();
    await history.getState().refresh();
    clinic.getState().planSession(sessionPlan('quick'));
    clinic.getState().dispatchSession({ type: 'start' });
    notes.getState().change((n) => addItem(n, 'takeaways', 'Ada takes this home'));
    runClinic(clinic, advance);
    await vi.waitFor(() => expect(history.getState().entries).toHaveLength(1));
    const sessionId = clinic.getState().sessionId!;
    expect(history.getState().entries[0]).toMatchObject({
      title: 'A merger',
      session: { id: sessionId, place: 1 },
    });

    advance(10 * MINUTE);
    clinic.getState().dispatchSession({ type: 'startNextClinic' });
    expect(notes.getState().notes.takeaways).toEqual([]);
    notes.getState().change((n) => addItem(n, 'takeaways', 'Ben takes that home'));
    // The last case's owner is absent: dropped; Ben's clinic ends the session.
    clinic.getState().dispatchSession({ type: 'skipCase', clinicId: 3, mode: 'drop' });
    runClinic(clinic, advance);
    expect(clinic.getState().session?.status).toBe('finished');

    await vi.waitFor(() => expect(history.getState().sessions).toHaveLength(1));
    const [entry] = history.getState().sessions;
    const runs = clinic.getState().session!.runs;
    expect(entry).toMatchObject({
      id: `session:${sessionId}`,
      sessionId,
      startedAt: T0,
      clinicIds: runs.map((run) => run.clinicId),
    });
    // The history's clinics are still clinics only, each marked with its place.
    expect(
      history
        .getState()
        .entries.map((e) => e.session?.place)
        .sort(),
    ).toEqual([1, 2]);
    expect((await history.getState().readAll()).clinics).toHaveLength(2);

    const opened = await history.getState().openSession(entry!.id);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.session).toEqual(clinic.getState().session);
    const summary = buildSessionSummary(opened.value.session, opened.value.notes, T0 + 60 * MINUTE);
    const text = JSON.stringify(summary);
    expect(text).toContain('Ada takes this home');
    expect(text).toContain('Ben takes that home');
  });

  it('a refresh lists the kept sessions apart from the clinics', async () => {
    const backend = createMemoryBackend();
    const first = setup();
    const history = createHistoryStore(backend, { now: () => T0 });
    await history.getState().refresh();
    first.clinic.getState().planSession(sessionPlan('quick'));
    first.clinic.getState().dispatchSession({ type: 'start' });
    archiveFinishedClinics(first.clinic, first.notes, history, () => 'de');
    runClinic(first.clinic, first.advance);
    first.clinic.getState().dispatchSession({ type: 'finishSession' });
    await vi.waitFor(() => expect(history.getState().sessions).toHaveLength(1));
    const again = createHistoryStore(backend, { now: () => T0 });
    await again.getState().refresh();
    expect(again.getState().sessions).toEqual(history.getState().sessions);
    expect(again.getState().entries).toHaveLength(1);
  });
});
