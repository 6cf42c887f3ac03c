import { planForGroup } from '../../../clinic/session/plan/plan-edit';
import type { SessionPlan } from '../../../clinic/session/plan/session-plan';
import { useClinic } from '../../../store/store-context';
import type { SetupMode } from './SetupModeSwitch';

/** A fresh plan: three people to name, the first bringing the first case. */
export function freshSessionPlan(): SessionPlan {
  return planForGroup(['', '', ''], undefined, 1);
}

export interface SessionPlanning {
  mode: SetupMode;
  setMode: (mode: SetupMode) => void;
  /** The plan being edited; null in "One clinic". */
  plan: SessionPlan | null;
  setPlan: (plan: SessionPlan) => void;
  /** Sets the final plan and starts the session's first clinic. */
  start: (plan: SessionPlan) => void;
}

/** The setup's mode and the session's plan, both kept in the clinic store (and so saved). */
export function useSessionPlanning(): SessionPlanning {
  const session = useClinic((s) => s.session);
  const planSession = useClinic((s) => s.planSession);
  const leavePlanning = useClinic((s) => s.leavePlanning);
  const dispatchSession = useClinic((s) => s.dispatchSession);
  const planning = session?.status === 'planning';
  return {
    mode: planning ? 'session' : 'clinic',
    setMode: (mode) => (mode === 'session' ? planSession(freshSessionPlan()) : leavePlanning()),
    plan: planning ? session.plan : null,
    setPlan: planSession,
    start: (plan) => {
      planSession(plan);
      dispatchSession({ type: 'start' });
    },
  };
}
