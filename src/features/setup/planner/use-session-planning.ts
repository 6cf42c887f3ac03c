import { useState } from 'react';
import { planForGroup } from '../../../clinic/session/plan/plan-edit';
import type { SessionPlan } from '../../../clinic/session/plan/session-plan';
import type { SetupMode } from './SetupModeSwitch';

/** A fresh plan: three people to name, the first bringing the first case. */
export function freshSessionPlan(): SessionPlan {
  return planForGroup(['', '', ''], undefined, 1);
}

export interface SessionPlanning {
  mode: SetupMode;
  setMode: (mode: SetupMode) => void;
  plan: SessionPlan;
  setPlan: (plan: SessionPlan) => void;
  start: (plan: SessionPlan) => void;
  clinicEndText: string;
  setClinicEndText: (text: string) => void;
}

export function useSessionPlanning(): SessionPlanning {
  const [mode, setMode] = useState<SetupMode>('clinic');
  const [plan, setPlan] = useState(freshSessionPlan);
  const [clinicEndText, setClinicEndText] = useState('');
  return { mode, setMode, plan, setPlan, start: setPlan, clinicEndText, setClinicEndText };
}
