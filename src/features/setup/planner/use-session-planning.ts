import { useState } from 'react';
import type { SessionPlan } from '../../../clinic/session/plan/session-plan';
import { useClinic } from '../../../store/store-context';
import { loadedPlanner, preloadPlanner } from './lazy-planner';
import type { SetupMode } from './SetupModeSwitch';

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
  // "A session" shows as chosen at once, while the planner's chunk is still on its way.
  const [loading, setLoading] = useState(false);
  return {
    mode: planning || loading ? 'session' : 'clinic',
    setMode: (mode) => {
      if (mode === 'clinic') return leavePlanning();
      const planner = loadedPlanner();
      if (planner) return planSession(planner.freshSessionPlan());
      setLoading(true);
      void preloadPlanner()
        .then((loaded) => planSession(loaded.freshSessionPlan()))
        .catch(() => undefined) // offline before a full visit: stays with one clinic
        .finally(() => setLoading(false));
    },
    plan: planning ? session.plan : null,
    setPlan: planSession,
    start: (plan) => {
      planSession(plan);
      dispatchSession({ type: 'start' });
    },
  };
}
