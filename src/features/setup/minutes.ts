import { useState } from 'react';
import type { PhaseId } from '../../clinic/phases';
import { MINUTE_MS } from '../../clinic/templates';

/** Reads "2", "2.5" or "2,5" as minutes; anything else is not a number. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const minutes = Number(trimmed.replace(',', '.'));
  return Number.isFinite(minutes) ? minutes : null;
}

export function formatMinutes(ms: number): string {
  return String(Math.round((ms / MINUTE_MS) * 100) / 100);
}

/** The fields typed in minutes: each phase's length and the wrap-up. */
export type MinutesField = PhaseId | 'wrapUp';

export interface MinuteDrafts {
  /** What the field shows while it is being typed in; undefined shows the plan's value. */
  draft: (field: MinutesField) => string | undefined;
  /** Typed, but not a number: the plan keeps its last good value meanwhile. */
  isBroken: (field: MinutesField) => boolean;
  brokenCount: number;
  /** Keeps the text and, when it reads as minutes, hands on the milliseconds. */
  type: (field: MinutesField, text: string, apply: (ms: number) => void) => void;
  /** A template replaces every phase's length: their drafts go. */
  forgetPhases: () => void;
  /** An own template replaces the wrap-up too: every draft goes. */
  forgetAll: () => void;
}

/** The text of the minute fields as typed, so "2," can stand on its way to "2,5". */
export function useMinuteDrafts(): MinuteDrafts {
  const [drafts, setDrafts] = useState<Partial<Record<MinutesField, string>>>({});
  const isBroken = (field: MinutesField) => {
    const text = drafts[field];
    return text !== undefined && parseMinutes(text) === null;
  };
  return {
    draft: (field) => drafts[field],
    isBroken,
    brokenCount: (Object.keys(drafts) as MinutesField[]).filter(isBroken).length,
    type: (field, text, apply) => {
      setDrafts((current) => ({ ...current, [field]: text }));
      const minutes = parseMinutes(text);
      if (minutes !== null) apply(Math.round(minutes * MINUTE_MS));
    },
    forgetPhases: () =>
      setDrafts((current) => (current.wrapUp === undefined ? {} : { wrapUp: current.wrapUp })),
    forgetAll: () => setDrafts({}),
  };
}
