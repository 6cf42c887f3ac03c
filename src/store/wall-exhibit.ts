import { isLocalDate } from '../takeaway/local-date';
import type { ReviewDecision, ReviewItem } from '../takeaway/review';

// What the facilitator may put on the wall instead of the phase: the take-home codes of the
// finished clinic, or the review of last time. The projector draws them from these plain values.

/** One QR code as the wall draws it (the same fields as ui/TakeHomeCodes' codes). */
export interface WallCode {
  id: string;
  label: string;
  payload: string;
  text: string;
}

export type WallExhibit =
  { kind: 'codes'; codes: WallCode[] } | { kind: 'review'; caseOwner: string; items: ReviewItem[] };

type Fields = Record<string, unknown>;

// Not the review module's own list: that module weighs on the first load, this one is in it.
const DECISIONS: Record<ReviewDecision, true> = { done: true, carried: true, dropped: true };

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: Fields, keys: readonly string[]) =>
  keys.every((key) => typeof value[key] === 'string');

function parseCode(value: unknown): WallCode | undefined {
  if (!isRecord(value) || !strings(value, ['id', 'label', 'payload', 'text'])) return undefined;
  const { id, label, payload, text } = value as unknown as WallCode;
  return { id, label, payload, text };
}

function parseItem(value: unknown): ReviewItem | undefined {
  if (!isRecord(value) || !strings(value, ['clinicTitle', 'text', 'owner'])) return undefined;
  const { origin, clinicStartedAt, dueDate, decision } = value;
  if (!isRecord(origin) || typeof origin.clinicId !== 'string') return undefined;
  if (typeof origin.stepId !== 'number' || typeof clinicStartedAt !== 'number') return undefined;
  if (dueDate !== null && !isLocalDate(dueDate)) return undefined;
  if (decision !== null && !(typeof decision === 'string' && Object.hasOwn(DECISIONS, decision))) {
    return undefined;
  }
  return {
    origin: { clinicId: origin.clinicId, stepId: origin.stepId },
    clinicTitle: value.clinicTitle as string,
    clinicStartedAt,
    text: value.text as string,
    owner: value.owner as string,
    dueDate,
    decision: decision as ReviewItem['decision'],
  };
}

/** Each part of an exhibit, checked; undefined when anything in it does not read. */
function all<T>(values: unknown, parse: (value: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(values)) return undefined;
  const parsed = values.map(parse);
  return parsed.every((item) => item !== undefined) ? (parsed as T[]) : undefined;
}

export function parseWallExhibit(value: unknown): WallExhibit | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'codes') {
    const codes = all(value.codes, parseCode);
    return codes && { kind: 'codes', codes };
  }
  if (value.kind === 'review' && typeof value.caseOwner === 'string') {
    const items = all(value.items, parseItem);
    return items && { kind: 'review', caseOwner: value.caseOwner, items };
  }
  return undefined;
}
