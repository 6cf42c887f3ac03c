import type { ClinicNotes, StepStatus } from './notes';
import type { PhaseId } from '../clinic/phases';
import { clinicTotals, summarizePhases } from '../clinic/record';
import type { ClinicState } from '../clinic/state';
import { MAX_TEXT_LENGTH } from '../clinic/templates';

// The takeaway sheet: what people take home. Built from the clinic, the notes and the few
// details picked on the sheet itself. Exports (Markdown, iCalendar, JSON) all start from here.

export const MIN_CHECK_IN_MINUTES = 5;
export const MAX_CHECK_IN_MINUTES = 8 * 60;
export const DEFAULT_CHECK_IN_MINUTES = 60;

export interface NextCheckIn {
  /** Epoch ms of the agreed start. */
  startsAt: number;
  durationMinutes: number;
}

/** What is decided on the sheet itself, not during the clinic. */
export interface SheetDetails {
  place: string;
  nextCheckIn: NextCheckIn | null;
}

export function createSheetDetails(): SheetDetails {
  return { place: '', nextCheckIn: null };
}

/** The latest start a check-in may have: years 1970 to 9999 are what a calendar file carries. */
const LATEST_CHECK_IN_AT = Date.UTC(9999, 11, 31, 23, 59, 59);

/** A start for the next check-in: whole milliseconds within what a calendar file can carry. */
export function isCheckInStart(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value <= LATEST_CHECK_IN_AT
  );
}

export type SheetDetailsProblem = 'placeInvalid' | 'checkInInvalid';

export type SheetDetailsResult =
  { ok: true; value: SheetDetails } | { ok: false; problem: SheetDetailsProblem };

/**
 * The sheet's details read back from the device's storage or from a file: one rule for both.
 * A missing check-in is none; anything else must be a real one.
 */
export function readSheetDetails(value: unknown): SheetDetailsResult {
  const fail = (problem: SheetDetailsProblem): SheetDetailsResult => ({ ok: false, problem });
  if (typeof value !== 'object' || value === null) return fail('placeInvalid');
  const { place, nextCheckIn = null } = value as Record<string, unknown>;
  if (typeof place !== 'string' || place.length > MAX_TEXT_LENGTH) return fail('placeInvalid');
  if (nextCheckIn === null) return { ok: true, value: { place, nextCheckIn: null } };
  if (typeof nextCheckIn !== 'object') return fail('checkInInvalid');
  const { startsAt, durationMinutes } = nextCheckIn as Record<string, unknown>;
  if (!isCheckInStart(startsAt)) return fail('checkInInvalid');
  if (
    typeof durationMinutes !== 'number' ||
    !Number.isInteger(durationMinutes) ||
    durationMinutes < MIN_CHECK_IN_MINUTES ||
    durationMinutes > MAX_CHECK_IN_MINUTES
  ) {
    return fail('checkInInvalid');
  }
  return { ok: true, value: { place, nextCheckIn: { startsAt, durationMinutes } } };
}

export interface SheetMirror {
  coach: string;
  text: string;
}

export interface SheetNextStep {
  text: string;
  owner: string;
  /** Local calendar date YYYY-MM-DD, or null. */
  dueDate: string | null;
  status: StepStatus;
  /** Carried over from an earlier clinic's next steps. */
  carried: boolean;
}

export interface SheetTiming {
  phaseId: PhaseId;
  plannedMs: number;
  actualMs: number;
}

export interface TakeawaySheet {
  caseTitle: string;
  question: string;
  startedAt: number | null;
  endedAt: number | null;
  place: string;
  caseOwner: string;
  coaches: string[];
  facilitator: string;
  keyFacts: string[];
  mirrors: SheetMirror[];
  ideas: string[];
  takeaways: string[];
  nextSteps: SheetNextStep[];
  appreciations: string[];
  nextCheckIn: { startsAt: number; endsAt: number } | null;
  timings: SheetTiming[];
  plannedTotalMs: number;
  actualTotalMs: number;
}

const texts = (items: { text: string }[]) =>
  items.map((item) => item.text.trim()).filter((text) => text !== '');

/**
 * The sheet as of `now`: for a clinic still running, the current phase counts the time it has
 * run so far, so the sheet opened from the console is already right.
 */
export function buildSheet(
  clinic: ClinicState,
  notes: ClinicNotes,
  details: SheetDetails,
  now: number,
): TakeawaySheet {
  const { plan } = clinic;
  const phases = summarizePhases(clinic, now);
  const timings = phases.map(({ phaseId, plannedMs, actualMs }) => ({
    phaseId,
    plannedMs,
    actualMs,
  }));
  const totals = clinicTotals(phases, clinic, now);
  // The coaches as the clinic ended, then those who left during it, with what they mirrored.
  const mirrors = [
    ...plan.coaches.map((coach, index) => ({ coach, text: notes.mirrors[index] ?? '' })),
    ...(notes.leftMirrors ?? []),
  ]
    .map(({ coach, text }) => ({ coach: coach.trim(), text: text.trim() }))
    .filter((mirror) => mirror.text !== '');
  const checkIn = details.nextCheckIn;
  return {
    caseTitle: (notes.caseTitle.trim() || plan.caseTitle.trim()).slice(0, MAX_TEXT_LENGTH),
    question: (notes.helpAsked.trim() || plan.helpWanted.trim()).slice(0, MAX_TEXT_LENGTH),
    startedAt: clinic.clinicStartedAt,
    endedAt: clinic.clinicEndedAt,
    place: details.place.trim(),
    caseOwner: plan.caseOwner.trim(),
    coaches: plan.coaches.map((coach) => coach.trim()).filter((coach) => coach !== ''),
    facilitator: plan.facilitator.trim(),
    keyFacts: texts(notes.keyFacts),
    mirrors,
    ideas: texts(notes.ideas),
    takeaways: texts(notes.takeaways),
    nextSteps: notes.nextSteps
      .map((step) => ({
        text: step.text.trim(),
        owner: step.owner.trim(),
        dueDate: step.dueDate,
        status: step.status,
        carried: step.carriedFrom !== null,
      }))
      .filter((step) => step.text !== ''),
    appreciations: texts(notes.appreciations),
    nextCheckIn: checkIn
      ? { startsAt: checkIn.startsAt, endsAt: checkIn.startsAt + checkIn.durationMinutes * 60_000 }
      : null,
    timings,
    plannedTotalMs: totals.plannedMs,
    actualTotalMs: totals.actualMs,
  };
}

/** "December 6, 2026 at 2:30 PM – 3:15 PM": the end's date only when it is another day. */
export function formatCheckIn(
  checkIn: { startsAt: number; endsAt: number },
  words: Pick<SheetWords, 'formatDateTime' | 'formatDate' | 'formatTime'>,
): string {
  const sameDay = words.formatDate(checkIn.startsAt) === words.formatDate(checkIn.endsAt);
  const end = sameDay ? words.formatTime(checkIn.endsAt) : words.formatDateTime(checkIn.endsAt);
  return `${words.formatDateTime(checkIn.startsAt)} – ${end}`;
}

/**
 * What follows a step's text in plain-text exports: "owner: Ada", "due: 6 Dec 2026", its status
 * when not open, "carried over". An open step with an owner only reads as it always did.
 */
export function stepDetails(
  step: SheetNextStep,
  words: Pick<SheetWords, 'owner' | 'due' | 'stepStatus' | 'carriedOver' | 'formatLocalDate'>,
): string[] {
  return [
    ...(step.owner ? [`${words.owner}: ${step.owner}`] : []),
    ...(step.dueDate ? [`${words.due}: ${words.formatLocalDate(step.dueDate)}`] : []),
    ...(step.status !== 'open' ? [words.stepStatus(step.status)] : []),
    ...(step.carried ? [words.carriedOver] : []),
  ];
}

/** "Hold a kick-off (owner: Ada, due: 6 Dec 2026)": one step as one line of plain text. */
export function stepLine(step: SheetNextStep, words: Parameters<typeof stepDetails>[1]): string {
  const details = stepDetails(step, words);
  return details.length > 0 ? `${step.text} (${details.join(', ')})` : step.text;
}

/**
 * The words an export needs, in the clinic's language. The UI fills this from its
 * translations; the domain stays free of i18next.
 */
export interface SheetWords {
  sheetTitle: string;
  untitledCase: string;
  date: string;
  place: string;
  caseOwner: string;
  coaches: string;
  facilitator: string;
  question: string;
  keyFacts: string;
  mirrors: string;
  ideas: string;
  takeaways: string;
  nextSteps: string;
  owner: string;
  /** "due", before a step's due date. */
  due: string;
  /** "done", "dropped", "open". */
  stepStatus: (status: StepStatus) => string;
  carriedOver: string;
  appreciations: string;
  nextCheckIn: string;
  timeTable: string;
  phase: string;
  planned: string;
  actual: string;
  total: string;
  /** Summary of the calendar event, e.g. "Check-in: {title}". */
  checkInSummary: (caseTitle: string) => string;
  phaseName: (phaseId: PhaseId) => string;
  formatDateTime: (epochMs: number) => string;
  formatDate: (epochMs: number) => string;
  formatTime: (epochMs: number) => string;
  /** A local calendar date (YYYY-MM-DD) as people read it; never shifted by a time zone. */
  formatLocalDate: (localDate: string) => string;
  formatDuration: (ms: number) => string;
}
