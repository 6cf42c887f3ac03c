import type { SessionFit } from '../../../clinic/session/fit/fit-session';
import type { PhaseId } from '../../../clinic/phases';
import { memberName } from '../../../clinic/session/plan/session-plan';
import type { SessionState } from '../../../clinic/session/state';

// The rows of the fit's preview: each phase of the clinic under way on its own, each later
// clinic as its total, each break on its own, in the order they come.

export type FitRowPart =
  | { kind: 'phase'; phaseId: PhaseId }
  | { kind: 'case'; name: string }
  | { kind: 'break'; name: string };

export interface FitRow {
  key: string;
  part: FitRowPart;
  beforeMs: number;
  afterMs: number;
}

type Fitted = Extract<SessionFit, { status: 'fitted' }>;

/** `session` null: a single clinic, whose remaining phases are all its own. */
export function fitRows(fit: Fitted, session: SessionState | null): FitRow[] {
  const current =
    session?.status === 'clinic' ? session.plan.clinics[session.runs.length - 1]?.id : undefined;
  const ownerOf = (clinicId: number | undefined) => {
    const clinic = session?.plan.clinics.find((entry) => entry.id === clinicId);
    return session && clinic ? memberName(session.plan, clinic.caseOwnerId) : '';
  };
  const rows: FitRow[] = [];
  for (const { key, beforeMs, afterMs } of fit.lengths) {
    if (key.kind === 'break') {
      const name = ownerOf(session?.plan.clinics[key.gapIndex]?.id);
      rows.push({ key: `break-${key.gapIndex}`, part: { kind: 'break', name }, beforeMs, afterMs });
    } else if (session === null || key.clinicId === current) {
      rows.push({
        key: `phase-${key.phaseId}`,
        part: { kind: 'phase', phaseId: key.phaseId },
        beforeMs,
        afterMs,
      });
    } else {
      const rowKey = `case-${key.clinicId}`;
      const last = rows[rows.length - 1];
      if (last?.key === rowKey) {
        last.beforeMs += beforeMs;
        last.afterMs += afterMs;
      } else {
        rows.push({
          key: rowKey,
          part: { kind: 'case', name: ownerOf(key.clinicId) },
          beforeMs,
          afterMs,
        });
      }
    }
  }
  return rows;
}

/** The case owners of the clinics a refusal suggests leaving out. */
export function dropNames(session: SessionState | null, clinicIds: number[]): string[] {
  if (!session) return [];
  return clinicIds.map((id) => {
    const clinic = session.plan.clinics.find((entry) => entry.id === id);
    return clinic ? memberName(session.plan, clinic.caseOwnerId) : '';
  });
}
