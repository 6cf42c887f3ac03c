import { describe, expect, it } from 'vitest';
import { createMemoryBackend, type HistoryBackend } from '@/store/history-backend';
import { createHistoryStore } from '@/store/history-store';
import { toJson } from '@/takeaway/clinic-file';
import { addItem, setCase } from '@/takeaway/notes';
import { sessionToJson, type SessionExport } from '@/takeaway/session/session-file';
import { MINUTE, T0 } from '../helpers/clinic-fixtures';
import { HOSTILE_STRINGS } from '../helpers/takeaway-fixtures';
import { sessionExport } from '../takeaway/session/fixtures';

// A session file imported into the history: its clinics kept as the session's, each with its own
// sheet, and the session's record for its summary; validated first, nothing stored on an error,
// the same file twice kept once, a different session under the same id kept beside it.

const SESSION_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function file(change: (data: SessionExport) => SessionExport = (data) => data): string {
  return sessionToJson(change({ ...sessionExport(), sessionId: SESSION_ID }));
}

function history(backend: HistoryBackend = createMemoryBackend()) {
  const store = createHistoryStore(backend, { now: () => T0 + 100 * MINUTE });
  return { store, backend };
}

const takeawaysOf = (data: SessionExport) => data.notes.map((n) => n.takeaways.map((t) => t.text));

describe('importing a session file into the history', () => {
  it('keeps each clinic with its sheet, grouped, and the session with its summary', async () => {
    const { store } = history();
    await store.getState().refresh();
    const result = await store.getState().importText(file());
    expect(result).toEqual({
      ok: true,
      id: `session:${SESSION_ID}`,
      outcome: 'added',
      session: { startedAt: T0, clinics: 2 },
    });
    const { entries, sessions } = store.getState();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ sessionId: SESSION_ID, startedAt: T0 });
    const byPlace = [...entries].sort((a, b) => a.session!.place - b.session!.place);
    expect(byPlace.map((e) => [e.title, e.session])).toEqual([
      ['A merger', { id: SESSION_ID, place: 1 }],
      ['', { id: SESSION_ID, place: 2 }], // Chloé's case, untitled
    ]);
    // Each clinic opens as its own sheet, with its own notes.
    const original = sessionExport();
    for (const [index, run] of original.session.runs.entries()) {
      const opened = await store.getState().open(run.clinicId!);
      expect(opened.ok && opened.value.notes).toEqual(original.notes[index]);
      expect(opened.ok && opened.value.clinic).toEqual(run);
    }
    const summary = await store.getState().openSession(sessions[0]!.id);
    expect(summary.ok && takeawaysOf(summary.value)).toEqual(takeawaysOf(original));
    expect(summary.ok && summary.value.session).toEqual(original.session);
  });

  it('the same file twice is kept once', async () => {
    const { store, backend } = history();
    await store.getState().importText(file());
    const again = await store.getState().importText(file());
    expect(again).toMatchObject({ ok: true, outcome: 'unchanged' });
    expect(await backend.list()).toHaveLength(3);
    // Exported again later (another export time), it is still the same session.
    const later = await store
      .getState()
      .importText(file((data) => ({ ...data, exportedAt: data.exportedAt + 60 * MINUTE })));
    expect(later).toMatchObject({ ok: true, outcome: 'unchanged' });
    expect(await backend.list()).toHaveLength(3);
  });

  it('a file from before session ids is kept once too', async () => {
    const { store, backend } = history();
    const old = sessionToJson(sessionExport());
    expect(await store.getState().importText(old)).toMatchObject({ ok: true, outcome: 'added' });
    expect(await store.getState().importText(old)).toMatchObject({ outcome: 'unchanged' });
    expect(await backend.list()).toHaveLength(3);
  });

  it('a different session under the same id keeps both, the first untouched', async () => {
    const { store, backend } = history();
    await store.getState().importText(file());
    const before = await backend.list();
    const changed = file((data) => ({
      ...data,
      notes: data.notes.map((n) => addItem(n, 'takeaways', 'Written later')),
    }));
    expect(await store.getState().importText(changed)).toMatchObject({
      ok: true,
      outcome: 'keptBoth',
    });
    const after = await backend.list();
    expect(after).toHaveLength(6);
    for (const record of before) expect(after).toContainEqual(record);
    expect(store.getState().sessions).toHaveLength(2);
    // The copy is a session of its own: its clinics under their own ids, grouped with it.
    const copy = store.getState().sessions.find((s) => s.sessionId !== SESSION_ID)!;
    const grouped = store.getState().entries.filter((e) => e.session?.id === copy.sessionId);
    expect(grouped.map((e) => e.id).sort()).toEqual([...copy.clinicIds].sort());
    const opened = await store.getState().openSession(copy.id);
    expect(opened.ok && opened.value.notes[0]!.takeaways.at(-1)?.text).toBe('Written later');
    // And that copy imported again is not a third.
    expect(await store.getState().importText(changed)).toMatchObject({ outcome: 'unchanged' });
    expect(await backend.list()).toHaveLength(6);
  });

  it('a clinic of it imported alone before joins the session instead of standing twice', async () => {
    const { store, backend } = history();
    const data = sessionExport();
    const [run] = data.session.runs;
    const alone = {
      exportedAt: T0,
      language: 'en',
      clinic: run!,
      notes: data.notes[0]!,
      details: data.details[0]!,
    };
    await store.getState().importText(toJson(alone));
    await store.getState().importText(file());
    expect(await backend.list()).toHaveLength(3);
    expect(store.getState().entries.every((e) => e.session?.id === SESSION_ID)).toBe(true);
  });

  it.each([
    ['a cut-off file', file().slice(0, 400), 'truncated', undefined],
    ['not JSON', 'Session summary\n- Ada', 'notJson', undefined],
    ['a newer version', file().replace('"version": 1', '"version": 2'), 'versionNewer', '2'],
    ['no version', file().replace('"version": 1,', ''), 'versionMissing', undefined],
    [
      'notes for one clinic of two',
      file((data) => ({ ...data, notes: data.notes.slice(0, 1) })),
      'notesMismatch',
      'notes',
    ],
    [
      'details for three clinics of two',
      file((data) => ({ ...data, details: [...data.details, data.details[0]!] })),
      'notesMismatch',
      'details',
    ],
    [
      'a hostile session id',
      file().replace(SESSION_ID, '<script>'),
      'sessionInvalid',
      'sessionId is bad',
    ],
  ])('refuses %s with its code, storing nothing', async (_, text, code, detail) => {
    const { store, backend } = history();
    const result = await store.getState().importText(text);
    expect(result).toEqual({ ok: false, error: detail ? { code, detail } : { code } });
    expect(await backend.list()).toEqual([]);
  });

  it('keeps hostile text as text, exactly', async () => {
    const { store } = history();
    const hostile = file((data) => ({
      ...data,
      notes: data.notes.map((n) =>
        addItem(
          setCase(n, { caseTitle: HOSTILE_STRINGS.script }),
          'takeaways',
          HOSTILE_STRINGS.markdown,
        ),
      ),
    }));
    expect(await store.getState().importText(hostile)).toMatchObject({ ok: true });
    expect(store.getState().entries.map((e) => e.title)).toEqual([
      HOSTILE_STRINGS.script,
      HOSTILE_STRINGS.script,
    ]);
    const opened = await store.getState().openSession(`session:${SESSION_ID}`);
    expect(opened.ok && opened.value.notes[1]!.takeaways.at(-1)?.text).toBe(
      HOSTILE_STRINGS.markdown,
    );
  });

  it('when the device refuses the session, the clinics it added go again', async () => {
    const memory = createMemoryBackend();
    const refusing: HistoryBackend = {
      ...memory,
      put: async (record) => {
        if (record.kind === 'session') throw new Error('QuotaExceededError');
        await memory.put(record);
      },
    };
    const { store } = history(refusing);
    const result = await store.getState().importText(file());
    expect(result).toEqual({ ok: false, error: { code: 'saveFailed' } });
    expect(await memory.list()).toEqual([]);
    expect(store.getState().entries).toEqual([]);
  });
});
