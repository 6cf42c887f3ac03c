import type { PhaseId } from './phases';
import type { ClinicState } from './state';
import { momentAt, type ClinicMoment } from './moment';
import { transition, type ClinicEvent } from './machine';
import { PEOPLE_EVENTS } from './people';

// Cues are data: the domain says which chime (and its visual twin) is due; sound/ plays it.

export type CueKind =
  | 'phaseStart'
  | 'wrapUp'
  | 'phaseEnd'
  | 'overtime'
  | 'stillnessStart'
  | 'stillnessEnd'
  | 'handover';

export const CUE_KINDS: readonly CueKind[] = [
  'phaseStart',
  'wrapUp',
  'phaseEnd',
  'overtime',
  'stillnessStart',
  'stillnessEnd',
  'handover',
];

export interface Cue {
  /** Stable within a phase entry, so a fired cue is recognised after a reload. */
  id: string;
  kind: CueKind;
  phaseId: PhaseId;
  /** Where on the phase clock the cue falls. */
  atElapsedMs: number;
  /** Mirroring hand-overs: the turn that begins. */
  turnIndex?: number;
}

// When two cues fall on one instant, the higher one is heard: a phase end outranks the start
// of the next phase, and a hand-over (who speaks now) outranks the wrap-up.
const PRIORITY: Record<CueKind, number> = {
  stillnessEnd: 3,
  phaseEnd: 2,
  overtime: 2,
  handover: 2,
  wrapUp: 1,
  stillnessStart: 1,
  phaseStart: 1,
};

/** Every cue of the current phase entry whose instant has come by the moment. */
export function cuesDue(state: ClinicState, moment: ClinicMoment): Cue[] {
  if (!moment.inSession) return [];
  const { phase, clock, wrapUpFromMs, turns } = moment;
  const { elapsedMs, plannedMs } = clock;
  const phaseId = phase.id;
  const entry = state.phaseEntry;
  const isStillness = phaseId === 'stillness';
  const cues: Cue[] = [
    {
      id: `${entry}:start`,
      kind: isStillness ? 'stillnessStart' : 'phaseStart',
      phaseId,
      atElapsedMs: 0,
    },
  ];

  turns?.startsAtMs.forEach((startMs, turnIndex) => {
    if (turnIndex === 0 || startMs >= plannedMs) return;
    cues.push({
      id: `${entry}:handover:${turnIndex}`,
      kind: 'handover',
      phaseId,
      atElapsedMs: startMs,
      turnIndex,
    });
  });

  if (wrapUpFromMs !== null) {
    cues.push({
      id: `${entry}:wrapUp:${plannedMs}`,
      kind: 'wrapUp',
      phaseId,
      atElapsedMs: wrapUpFromMs,
    });
  }
  cues.push({
    id: `${entry}:end:${plannedMs}`,
    kind: isStillness ? 'stillnessEnd' : 'phaseEnd',
    phaseId,
    atElapsedMs: plannedMs,
  });
  const { overtimeReminderMs } = state.plan;
  if (overtimeReminderMs > 0 && elapsedMs > plannedMs) {
    const reminders = Math.floor((elapsedMs - plannedMs) / overtimeReminderMs);
    // Only the newest reminder can matter: older ones are never played late.
    if (reminders > 0) {
      cues.push({
        id: `${entry}:overtime:${plannedMs}:${reminders}`,
        kind: 'overtime',
        phaseId,
        atElapsedMs: plannedMs + reminders * overtimeReminderMs,
      });
    }
  }
  return cues
    .filter((cue) => cue.atElapsedMs <= elapsedMs)
    .sort((a, b) => a.atElapsedMs - b.atElapsedMs || PRIORITY[a.kind] - PRIORITY[b.kind]);
}

export interface CueCollection {
  state: ClinicState;
  /** The newest cue that had not fired yet: one, never a burst after a long sleep. */
  cue: Cue | null;
}

/** Marks every due cue as fired and returns the newest; already fired cues are never returned. */
export function collectCues(state: ClinicState, now: number): CueCollection {
  const fired = new Set(state.firedCues);
  const fresh = cuesDue(state, momentAt(state, now)).filter((cue) => !fired.has(cue.id));
  if (fresh.length === 0) return { state, cue: null };
  return {
    state: { ...state, firedCues: [...state.firedCues, ...fresh.map((cue) => cue.id)] },
    cue: fresh[fresh.length - 1] ?? null,
  };
}

export interface StepResult {
  state: ClinicState;
  cue: Cue | null;
}

/**
 * Applies an event and collects the cue it makes due. For the time-driven `tick`, cues of the
 * phase being left are collected first, so a stillness that ends by itself still rings its bell.
 */
export function step(state: ClinicState, event: ClinicEvent, now: number): StepResult {
  const before = event.type === 'tick' ? collectCues(state, now) : { state, cue: null };
  const after = collectCues(transition(before.state, event, now), now);
  // Added time never makes anything happen now: a wrap-up or reminder whose moment already lies
  // behind the new end (a minute added in overtime) is marked as heard, not rung at once.
  // Nor does a change of people: the turns shared out again start from now, without a knock.
  if ((event.type === 'extend' && event.deltaMs > 0) || PEOPLE_EVENTS.includes(event.type as never))
    return { state: after.state, cue: null };
  const phaseChanged = after.state.phaseEntry !== before.state.phaseEntry;
  if (
    before.cue &&
    after.cue &&
    phaseChanged &&
    PRIORITY[before.cue.kind] > PRIORITY[after.cue.kind]
  ) {
    return { state: after.state, cue: before.cue };
  }
  return { state: after.state, cue: after.cue ?? before.cue };
}
