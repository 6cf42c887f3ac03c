import { sessionRecord, type ClinicOutcome } from '../../clinic/session/record';
import type { SessionPlan } from '../../clinic/session/plan/session-plan';
import type { SessionState } from '../../clinic/session/state';
import type { ClinicNotes } from '../notes';
import { buildSheet, createSheetDetails, type SheetNextStep } from '../sheet';

// The session summary: one page or two that the group takes home. Each case's question,
// take-aways and next steps come from that clinic's notes through its own takeaway sheet, so a
// case reads the same here as on its sheet; the times come from the session's record.

export interface SummaryCase {
  clinicId: number;
  caseOwner: string;
  caseTitle: string;
  question: string;
  takeaways: string[];
  nextSteps: SheetNextStep[];
  outcome: ClinicOutcome;
  plannedMs: number;
  /** From its start to its end (pauses included): what it took of the session's time. */
  actualMs: number;
  startedAt: number | null;
}

export interface SummaryBreak {
  plannedMs: number;
  actualMs: number;
}

export interface SessionSummary {
  startedAt: number | null;
  endedAt: number | null;
  group: string[];
  /** The fixed facilitator, or '' when the role rotated (each case then names its own). */
  facilitator: string;
  facilitators: string[];
  cases: SummaryCase[];
  breaks: SummaryBreak[];
  plannedMs: number;
  actualMs: number;
  endBy: number | null;
}

function facilitatorsOf(plan: SessionPlan, runs: SessionState['runs']): string[] {
  const names = runs.map((run) => run.plan.facilitator.trim()).filter((name) => name !== '');
  return plan.facilitatorMode === 'fixed' ? [] : [...new Set(names)];
}

/**
 * The summary as of `now`. `notes[i]` are the notes of `state.runs[i]`; a clinic without notes
 * (not run, or notes lost) shows its planned title and question only.
 */
export function buildSessionSummary(
  state: SessionState,
  notes: readonly ClinicNotes[],
  now: number,
): SessionSummary {
  const record = sessionRecord(state, now);
  const everyone = [...state.plan.clinics, ...state.dropped];
  const cases = record.clinics.map((result, index): SummaryCase => {
    const run = state.runs[index];
    const clinicNotes = notes[index];
    const entry = everyone.find((clinic) => clinic.id === result.clinicId);
    const sheet =
      run && clinicNotes ? buildSheet(run, clinicNotes, createSheetDetails(), now) : null;
    return {
      clinicId: result.clinicId,
      caseOwner: result.caseOwner.trim(),
      caseTitle: sheet?.caseTitle ?? result.caseTitle.trim(),
      question: sheet?.question ?? (entry?.helpWanted.trim() || run?.plan.helpWanted.trim() || ''),
      takeaways: sheet?.takeaways ?? [],
      nextSteps: sheet?.nextSteps ?? [],
      outcome: result.outcome,
      plannedMs: result.plannedMs,
      actualMs: result.wallMs,
      startedAt: result.startedAt,
    };
  });
  return {
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    group: state.plan.group.map((member) => member.name.trim()).filter((name) => name !== ''),
    facilitator: state.plan.facilitatorMode === 'fixed' ? state.plan.facilitatorName.trim() : '',
    facilitators: facilitatorsOf(state.plan, state.runs),
    cases,
    breaks: record.breaks.map(({ plannedMs, actualMs }) => ({ plannedMs, actualMs })),
    plannedMs: record.plannedMs,
    actualMs: record.actualMs,
    endBy: record.endBy,
  };
}
