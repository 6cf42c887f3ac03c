import type { ClinicExport } from './clinic-file';
import { addDays, localDateOf, mondayOf } from './local-date';
import type { StepStatus } from './notes';

// Across every kept clinic: the next steps still open, by person and by due date, and the
// check-ins to come and past. Pure rules: `now` is a parameter, and "today" is the local
// calendar date of `now` on this device, compared with due dates as dates (never as instants).

/** A clinic kept in the history, under its id there. */
export interface KeptClinic {
  id: string;
  data: ClinicExport;
}

export type DueBucket = 'overdue' | 'today' | 'thisWeek' | 'later' | 'none';
export const DUE_BUCKETS: readonly DueBucket[] = ['overdue', 'today', 'thisWeek', 'later', 'none'];

export interface FollowUpStep {
  clinicId: string;
  clinicTitle: string;
  clinicStartedAt: number;
  caseOwner: string;
  stepId: number;
  text: string;
  owner: string;
  dueDate: string | null;
  status: StepStatus;
  bucket: DueBucket;
}

export interface FollowUpCheckIn {
  clinicId: string;
  clinicTitle: string;
  caseOwner: string;
  /** Everyone named in the clinic's plan: the filter by person finds the check-in by any. */
  people: string[];
  startsAt: number;
  endsAt: number;
  place: string;
}

/** The same person however the name was typed: spaces, Unicode form and case aside. */
export function personKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function clinicTitle(data: ClinicExport): string {
  return data.notes.caseTitle.trim() || data.clinic.plan.caseTitle.trim();
}

/** Overdue: still open and due on a day before today. Due today is not overdue yet. */
export function isOverdue(
  step: { dueDate: string | null; status: StepStatus },
  today: string,
): boolean {
  return step.status === 'open' && step.dueDate !== null && step.dueDate < today;
}

export function dueBucket(dueDate: string | null, today: string): DueBucket {
  if (dueDate === null) return 'none';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  // Until the end of this (Monday to Sunday) week.
  return dueDate <= addDays(mondayOf(today), 6) ? 'thisWeek' : 'later';
}

/** Due dates first, earliest (so the most overdue) first; undated last; then by clinic. */
function byDue(a: FollowUpStep, b: FollowUpStep): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.clinicStartedAt - b.clinicStartedAt || a.stepId - b.stepId;
}

/**
 * Every open next step of the kept clinics, ordered by due date. A step carried over into a
 * later clinic that is kept too lives on there, so it is counted once, in the later clinic.
 */
export function openSteps(kept: readonly KeptClinic[], now: number): FollowUpStep[] {
  const today = localDateOf(now);
  const keptIds = new Set(kept.map((clinic) => clinic.id));
  return kept
    .flatMap(({ id, data }) =>
      data.notes.nextSteps
        .filter((step) => step.status === 'open' && step.text.trim() !== '')
        .filter((step) => step.reviewedIn === null || !keptIds.has(step.reviewedIn))
        .map((step): FollowUpStep => ({
          clinicId: id,
          clinicTitle: clinicTitle(data),
          clinicStartedAt: data.clinic.clinicStartedAt ?? data.exportedAt,
          caseOwner: data.clinic.plan.caseOwner.trim(),
          stepId: step.id,
          text: step.text.trim(),
          owner: step.owner.trim(),
          dueDate: step.dueDate,
          status: step.status,
          bucket: dueBucket(step.dueDate, today),
        })),
    )
    .sort(byDue);
}

export interface PersonGroup<T> {
  /** personKey of the name; '' for steps nobody owns. */
  key: string;
  /** The name as first written. */
  name: string;
  items: T[];
}

/** Steps by owner, names in alphabetical order, steps nobody owns last; order kept inside. */
export function groupByPerson(steps: readonly FollowUpStep[]): PersonGroup<FollowUpStep>[] {
  const groups = new Map<string, PersonGroup<FollowUpStep>>();
  for (const step of steps) {
    const key = personKey(step.owner);
    const group = groups.get(key) ?? { key, name: step.owner, items: [] };
    group.items.push(step);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.key === '' || b.key === '') return a.key === '' ? 1 : -1;
    return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  });
}

/** Steps by when they are due: overdue, today, this week, later, undated; empty ones left out. */
export function groupByDue(
  steps: readonly FollowUpStep[],
): { bucket: DueBucket; items: FollowUpStep[] }[] {
  return DUE_BUCKETS.map((bucket) => ({
    bucket,
    items: steps.filter((step) => step.bucket === bucket),
  })).filter((group) => group.items.length > 0);
}

/** Every clinic's next check-in: those not over yet (soonest first), past ones (latest first). */
export function checkIns(
  kept: readonly KeptClinic[],
  now: number,
): { upcoming: FollowUpCheckIn[]; past: FollowUpCheckIn[] } {
  const all = kept.flatMap(({ id, data }): FollowUpCheckIn[] => {
    const checkIn = data.details.nextCheckIn;
    if (!checkIn) return [];
    const { plan } = data.clinic;
    return [
      {
        clinicId: id,
        clinicTitle: clinicTitle(data),
        caseOwner: plan.caseOwner.trim(),
        people: [plan.caseOwner, ...plan.coaches, plan.facilitator]
          .map((name) => name.trim())
          .filter((name) => name !== ''),
        startsAt: checkIn.startsAt,
        endsAt: checkIn.startsAt + checkIn.durationMinutes * 60_000,
        place: data.details.place.trim(),
      },
    ];
  });
  return {
    upcoming: all.filter((c) => c.endsAt > now).sort((a, b) => a.startsAt - b.startsAt),
    past: all.filter((c) => c.endsAt <= now).sort((a, b) => b.startsAt - a.startsAt),
  };
}

/** The steps a person owns, and the check-ins they take part in; `null` keeps everything. */
export function filterByPerson<T extends FollowUpStep | FollowUpCheckIn>(
  items: readonly T[],
  key: string | null,
): T[] {
  if (key === null) return [...items];
  return items.filter((item) =>
    'people' in item
      ? item.people.some((name) => personKey(name) === key)
      : personKey(item.owner) === key,
  );
}

/** The people the filter offers: owners of open steps and people of check-ins to come. */
export function peopleToFilter(
  steps: readonly FollowUpStep[],
  upcoming: readonly FollowUpCheckIn[],
): { key: string; name: string }[] {
  const names = new Map<string, string>();
  for (const name of [...steps.map((s) => s.owner), ...upcoming.flatMap((c) => c.people)]) {
    const key = personKey(name);
    if (key !== '' && !names.has(key)) names.set(key, name.trim());
  }
  return [...names]
    .map(([key, name]) => ({ key, name }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/**
 * What the setup screen says quietly: check-ins still to come this week (Monday to Sunday,
 * local) and open steps overdue.
 */
export function followUpSummary(
  kept: readonly KeptClinic[],
  now: number,
): { checkInsThisWeek: number; overdueSteps: number } {
  const endOfWeek = addDays(mondayOf(localDateOf(now)), 7);
  return {
    checkInsThisWeek: checkIns(kept, now).upcoming.filter(
      (checkIn) => localDateOf(checkIn.startsAt) < endOfWeek,
    ).length,
    overdueSteps: openSteps(kept, now).filter((step) => step.bucket === 'overdue').length,
  };
}
