import type { Page } from '@playwright/test';
import { transitionSession, type SessionEvent } from '@/clinic/session/machine';
import { planForGroup, setAllBreaks, updateClinic } from '@/clinic/session/plan/plan-edit';
import { createSession, type SessionState } from '@/clinic/session/state';
import { toJson } from '@/takeaway/clinic-file';
import { addItem, addNextStep, createNotes, setCase, type ClinicNotes } from '@/takeaway/notes';
import { createSheetDetails } from '@/takeaway/sheet';
import { sessionToJson } from '@/takeaway/session/session-file';
import type { HistoryRecord } from '@/store/history-backend';

const MINUTE = 60_000;
const NEXT: SessionEvent = { type: 'clinic', event: { type: 'next' } };

export interface FinishedSession {
  session: SessionState;
  notes: ClinicNotes[];
  records: HistoryRecord[];
  sessionId: string;
}

/**
 * A session of `owners.length` quick clinics for a group (the owners plus Yuki), run from
 * `startAt`: each clinic's phases a few minutes apart, a 10-minute break between clinics that ran
 * 12; each case with its question, three take-aways and two next steps. Kept in the history as the
 * app keeps one: a record per clinic marked with the session, and the session's own record.
 */
export function finishedSession(owners: string[], startAt: number): FinishedSession {
  let plan = setAllBreaks(planForGroup([...owners, 'Yuki'], 'quick', owners.length), 10 * MINUTE);
  owners.forEach((owner, index) => {
    plan = updateClinic(plan, index + 1, { caseTitle: `The case of ${owner}` });
  });
  plan = { ...plan, facilitatorName: 'Yuki' };
  let at = startAt;
  let session = transitionSession(createSession(plan), { type: 'start' }, at);
  owners.forEach((_, index) => {
    if (index > 0) {
      at += 12 * MINUTE;
      session = transitionSession(session, { type: 'startNextClinic' }, at);
    }
    for (const minutes of [2, 5, 3, 1, 5, 12]) {
      at += minutes * MINUTE;
      session = transitionSession(session, NEXT, at);
    }
    at += 6 * MINUTE;
    session = transitionSession(session, { type: 'finishClinic' }, at);
  });
  const sessionId = 'e2e-session';
  session = {
    ...session,
    runs: session.runs.map((run, index) => ({ ...run, clinicId: `e2e-clinic-${index + 1}` })),
  };
  const notes = session.runs.map((run) => {
    const owner = run.plan.caseOwner;
    let clinicNotes = setCase(createNotes(run.plan), {
      helpAsked: `How can ${owner} bring the two teams together without losing anyone?`,
    });
    for (const text of [
      `${owner} listens to both teams before deciding anything`,
      `${owner} names what each team is proud of, out loud`,
      `${owner} asks the quiet ones first in the next meeting`,
    ]) {
      clinicNotes = addItem(clinicNotes, 'takeaways', text);
    }
    clinicNotes = addNextStep(clinicNotes, `${owner} books a talk with both team leads`, owner);
    clinicNotes = addNextStep(clinicNotes, `Send ${owner} the article on merging cultures`, 'Yuki');
    return clinicNotes;
  });
  const details = session.runs.map(() => createSheetDetails());
  const clinicRecords = session.runs.map((run, index): HistoryRecord => ({
    id: run.clinicId!,
    title: run.plan.caseTitle,
    startedAt: run.clinicStartedAt!,
    savedAt: run.clinicEndedAt!,
    json: toJson({
      exportedAt: run.clinicEndedAt!,
      language: 'en',
      clinic: run,
      notes: notes[index]!,
      details: details[index]!,
    }),
    session: { id: sessionId, place: index + 1, count: owners.length },
  }));
  const sessionRecord: HistoryRecord = {
    id: `session:${sessionId}`,
    kind: 'session',
    title: '',
    startedAt: session.startedAt!,
    savedAt: session.endedAt!,
    json: sessionToJson({ exportedAt: session.endedAt!, language: 'en', session, notes, details }),
    clinicIds: session.runs.map((run) => run.clinicId!),
  };
  return { session, notes, records: [...clinicRecords, sessionRecord], sessionId };
}

/** Writes history records into the origin's IndexedDB from a page that is not the app. */
export async function openWithHistory(page: Page, records: HistoryRecord[]): Promise<void> {
  await page.goto('/robots.txt');
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('case-clinic-timer', 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('history', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('history', 'readwrite');
      for (const item of items) transaction.objectStore('history').put(item);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, records);
  await page.goto('/');
}
