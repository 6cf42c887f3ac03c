import { collectCues, step, type Cue } from '../cues';
import type { ClinicEvent } from '../machine';
import { collectBreakCues, type BreakCue } from './break-clock';
import { transitionSession, type SessionEvent } from './machine';
import type { SessionState } from './state';

// The session's counterpart of cues.ts `step`: applies an event and says which cue it makes
// due, a clinic's (phase start, wrap-up, hand-over...) or a break's. The store calls this for
// every event and once a second with `tick`, and hands the cue to the sound layer.

export type SessionCue = Cue | BreakCue;

export interface SessionStepResult {
  state: SessionState;
  cue: SessionCue | null;
}

function clinicStep(state: SessionState, event: ClinicEvent, now: number): SessionStepResult {
  const run = state.runs[state.runs.length - 1]!;
  if (event.type === 'reset') return { state, cue: null };
  const result = step(run, event, now);
  if (result.state === run) return { state, cue: result.cue };
  return { state: { ...state, runs: [...state.runs.slice(0, -1), result.state] }, cue: result.cue };
}

export function stepSession(
  state: SessionState,
  event: SessionEvent,
  now: number,
): SessionStepResult {
  if (state.status === 'clinic' && (event.type === 'clinic' || event.type === 'tick')) {
    return clinicStep(state, event.type === 'tick' ? { type: 'tick' } : event.event, now);
  }
  const next = transitionSession(state, event, now);
  if (next.status === 'clinic' && next.runs.length > state.runs.length) {
    // A clinic that just began: its first phase's start.
    const run = next.runs[next.runs.length - 1]!;
    const collected = collectCues(run, now);
    return {
      state: { ...next, runs: [...next.runs.slice(0, -1), collected.state] },
      cue: collected.cue,
    };
  }
  if (next.status !== 'break') return { state: next, cue: null };
  const collected = collectBreakCues(next, now);
  // Added time never makes anything ring now: what it moved behind the new end is marked heard.
  if (event.type === 'lengthenBreak') return { state: collected.state, cue: null };
  return collected;
}
