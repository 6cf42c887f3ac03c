import { clockOf, type PhaseClock } from '../clock';
import { MINUTE_MS } from '../templates';
import { currentBreak, type BreakRecord, type SessionState } from './state';

// The break's own countdown, from its timestamps like a phase's, and its cues as data: a gentle
// call back a little before the end, and the end itself. The sound layer plays them.

/** At most this much may be added to one break, on top of its planned length. */
export const MAX_BREAK_LENGTHEN_MS = 60 * MINUTE_MS;

export function breakPlannedMs(record: BreakRecord): number {
  return Math.max(0, record.plannedMs + record.lengthenedMs);
}

/** The planned end of the break now under way, lengthening included; null outside a break. */
export function breakEndsAt(state: SessionState): number | null {
  const record = currentBreak(state);
  return record ? record.startedAt + breakPlannedMs(record) : null;
}

/** The break's clock, the same shape as a phase's so the same displays can show it. */
export function breakClock(state: SessionState, now: number): PhaseClock | null {
  const record = currentBreak(state);
  if (!record) return null;
  return clockOf(Math.max(0, now - record.startedAt), breakPlannedMs(record));
}

export type BreakCueKind = 'breakWrapUp' | 'breakEnd';

export interface BreakCue {
  /** Stable for one break and one planned length, so a reload never replays it. */
  id: string;
  kind: BreakCueKind;
  /** Where on the break's clock it falls. */
  atElapsedMs: number;
}

/**
 * Every cue of the current break that is due by `now`, oldest first. A break of no planned
 * length is a change of rooms, not a pause: it rings nothing.
 */
export function breakCuesDue(state: SessionState, now: number): BreakCue[] {
  const record = currentBreak(state);
  const clock = breakClock(state, now);
  if (!record || !clock || clock.plannedMs === 0) return [];
  const gap = state.breaks.length - 1;
  const { plannedMs } = clock;
  const wrapUpMs = state.plan.settings.wrapUpMs;
  const cues: BreakCue[] = [];
  if (wrapUpMs > 0 && plannedMs > wrapUpMs) {
    cues.push({
      id: `break:${gap}:wrapUp:${plannedMs}`,
      kind: 'breakWrapUp',
      atElapsedMs: plannedMs - wrapUpMs,
    });
  }
  cues.push({ id: `break:${gap}:end:${plannedMs}`, kind: 'breakEnd', atElapsedMs: plannedMs });
  return cues.filter((cue) => cue.atElapsedMs <= clock.elapsedMs);
}

/** Marks every due break cue as fired and returns the newest one not fired before. */
export function collectBreakCues(
  state: SessionState,
  now: number,
): { state: SessionState; cue: BreakCue | null } {
  const fired = new Set(state.breakFiredCues);
  const fresh = breakCuesDue(state, now).filter((cue) => !fired.has(cue.id));
  if (fresh.length === 0) return { state, cue: null };
  return {
    state: { ...state, breakFiredCues: [...state.breakFiredCues, ...fresh.map((cue) => cue.id)] },
    cue: fresh[fresh.length - 1] ?? null,
  };
}
