import MarkdownIt from 'markdown-it';
import type { ClinicOutcome } from '@/clinic/session/record';
import type { SessionState } from '@/clinic/session/state';
import { addItem, addNextStep, createNotes, setCase, type ClinicNotes } from '@/takeaway/notes';
import type { SessionExport } from '@/takeaway/session/session-file';
import type { SessionSummaryWords } from '@/takeaway/session/session-markdown';
import { NEXT, plannedSession, runSession } from '../../clinic/session/fixtures';
import { MINUTE, T0 } from '../../helpers/clinic-fixtures';
import { ENGLISH_WORDS } from '../../helpers/takeaway-fixtures';

/**
 * Ada's and Chloé's cases ran (Ben's was dropped: he was ill), with one 10-minute break
 * that ran 12 minutes. Quick clinics: 35 minutes planned each.
 */
export function finishedSession(): SessionState {
  return runSession(plannedSession(), [
    [0, { type: 'start' }],
    ...[2, 7, 10, 11, 16, 28].map((m): [number, typeof NEXT] => [m * MINUTE, NEXT]),
    [36 * MINUTE, { type: 'finishClinic' }],
    [37 * MINUTE, { type: 'skipCase', clinicId: 2, mode: 'drop' }],
    [48 * MINUTE, { type: 'startNextClinic' }],
    [80 * MINUTE, { type: 'finishClinic' }],
  ]);
}

export function sessionNotes(state: SessionState): ClinicNotes[] {
  return state.runs.map((run) => {
    const owner = run.plan.caseOwner;
    let notes = setCase(createNotes(run.plan), { helpAsked: `What should ${owner} try first?` });
    notes = addItem(notes, 'takeaways', `${owner} will listen before deciding`);
    notes = addItem(notes, 'takeaways', `${owner} names what each side is proud of`);
    notes = addNextStep(notes, `${owner} books a talk with the team`, owner);
    notes = addItem(notes, 'ideas', 'An idea that stays on the clinic sheet');
    return notes;
  });
}

export function sessionExport(): SessionExport {
  const session = finishedSession();
  return {
    exportedAt: T0 + 90 * MINUTE,
    language: 'en',
    session,
    notes: sessionNotes(session),
    details: session.runs.map(() => ({ place: 'Room 4', nextCheckIn: null })),
  };
}

const OUTCOMES: Record<ClinicOutcome, string> = {
  done: '',
  running: 'Still running',
  notRun: 'Not run',
  dropped: 'Dropped: the case owner was absent',
};

/** English words with time-zone-free formatting, so expected texts are the same everywhere. */
export const SUMMARY_WORDS: SessionSummaryWords = {
  ...pick(ENGLISH_WORDS, ['untitledCase', 'date', 'facilitator', 'question', 'takeaways']),
  ...pick(ENGLISH_WORDS, ['nextSteps', 'owner', 'timeTable', 'planned', 'actual']),
  ...pick(ENGLISH_WORDS, ['formatDateTime', 'formatTime', 'formatDuration']),
  title: 'Session summary',
  group: 'Group',
  part: 'Part',
  breakRow: 'Break',
  session: 'Whole session',
  endBy: 'End by',
  outcome: (outcome) => OUTCOMES[outcome],
};

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** The HTML elements a Markdown text renders to, with html allowed as a hostile reader would. */
export function renderedTags(markdown: string): { html: string; tags: string[] } {
  const html = new MarkdownIt({ html: true }).render(markdown);
  return {
    html,
    tags: [...new Set([...html.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1]!))].sort(),
  };
}
