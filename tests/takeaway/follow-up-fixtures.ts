import type { ClinicExport } from '@/takeaway/clinic-file';
import type { KeptClinic } from '@/takeaway/follow-up';
import { addNextStep, createNotes, type NextStep } from '@/takeaway/notes';
import { typicalExport } from '../helpers/takeaway-fixtures';

const DAY = 86_400_000;

export interface StepSpec {
  text: string;
  owner?: string;
  dueDate?: string | null;
  status?: NextStep['status'];
  reviewedIn?: string | null;
}

export interface ClinicSpec {
  /** Days after the typical clinic (22 November 2026, 09:00 UTC). */
  day: number;
  title?: string;
  caseOwner?: string;
  steps?: StepSpec[];
  /** The next check-in, as an instant, and its length. */
  checkIn?: { startsAt: number; durationMinutes?: number } | null;
}

/** A finished clinic kept in the history, with the next steps and check-in given. */
export function keptClinic(spec: ClinicSpec): KeptClinic {
  const base = typicalExport();
  const startedAt = base.clinic.clinicStartedAt! + spec.day * DAY;
  const title = spec.title ?? `Case of day ${spec.day}`;
  const plan = { ...base.clinic.plan, caseTitle: title, caseOwner: spec.caseOwner ?? 'Ada' };
  let notes = { ...createNotes(plan), caseTitle: title };
  for (const step of spec.steps ?? []) {
    notes = addNextStep(notes, step.text, step.owner ?? '', { dueDate: step.dueDate ?? null });
    const added = notes.nextSteps.at(-1)!;
    notes.nextSteps[notes.nextSteps.length - 1] = {
      ...added,
      status: step.status ?? 'open',
      reviewedIn: step.reviewedIn ?? null,
    };
  }
  const data: ClinicExport = {
    ...base,
    exportedAt: base.exportedAt + spec.day * DAY,
    clinic: { ...base.clinic, plan, clinicStartedAt: startedAt },
    notes,
    details: {
      place: '',
      nextCheckIn: spec.checkIn
        ? { startsAt: spec.checkIn.startsAt, durationMinutes: spec.checkIn.durationMinutes ?? 60 }
        : null,
    },
  };
  return { id: String(startedAt), data };
}

/** Runs `body` with the device in another time zone, and puts the old one back. */
export function inTimeZone<T>(zone: string, body: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
