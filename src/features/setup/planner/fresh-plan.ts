import { planForGroup } from '../../../clinic/session/plan/plan-edit';
import type { SessionPlan } from '../../../clinic/session/plan/session-plan';

/** A fresh plan: three people to name, the first bringing the first case. */
export function freshSessionPlan(): SessionPlan {
  return planForGroup(['', '', ''], undefined, 1);
}
