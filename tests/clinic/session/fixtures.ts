import { transitionSession, type SessionEvent } from '@/clinic/session/machine';
import { planForGroup, setAllBreaks, updateClinic } from '@/clinic/session/plan/plan-edit';
import type { SessionPlan } from '@/clinic/session/plan/session-plan';
import { createSession, type SessionState } from '@/clinic/session/state';
import type { TemplateId } from '@/clinic/templates';
import { MINUTE, T0 } from '../../helpers/clinic-fixtures';

export { MINUTE, SECOND, T0 } from '../../helpers/clinic-fixtures';

export const GROUP = ['Ada', 'Ben', 'Chloé', 'Dev', 'Eli'];

/**
 * Five people, three clinics (Ada's, Ben's, Chloé's) of one template, 10-minute breaks, Eli
 * facilitating throughout. Clinic ids are 1, 2, 3; member ids 1 (Ada) to 5 (Eli).
 */
export function sessionPlan(
  templateId: TemplateId = 'quick',
  patch: Partial<SessionPlan> = {},
): SessionPlan {
  let plan = planForGroup(GROUP, templateId, 3);
  plan = setAllBreaks(plan, 10 * MINUTE);
  plan = updateClinic(plan, 1, { caseTitle: 'A merger', helpWanted: 'How to keep both teams?' });
  plan = updateClinic(plan, 2, { caseTitle: 'A new role' });
  return { ...plan, facilitatorName: 'Eli', ...patch };
}

export function plannedSession(templateId: TemplateId = 'quick', patch: Partial<SessionPlan> = {}) {
  return createSession(sessionPlan(templateId, patch));
}

/** Applies events at instants: [[offsetMs from T0, event], ...]. */
export function runSession(
  state: SessionState,
  script: Array<[number, SessionEvent]>,
): SessionState {
  return script.reduce(
    (current, [offset, event]) => transitionSession(current, event, T0 + offset),
    state,
  );
}

/** The clinic's own `next`, as the console sends it within a session. */
export const NEXT: SessionEvent = { type: 'clinic', event: { type: 'next' } };

/** Runs the six `next`s of a clinic at these offsets, then its finish. */
export function phases(offsets: number[]): Array<[number, SessionEvent]> {
  return offsets.map((offset, index) => [
    offset,
    index < offsets.length - 1 ? NEXT : { type: 'finishClinic' },
  ]);
}
