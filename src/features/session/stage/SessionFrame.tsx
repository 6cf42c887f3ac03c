import type { ReactNode } from 'react';
import { currentPhase } from '../../../clinic/state';
import { useClinic } from '../../../store/store-context';
import { useClockValue } from '../../../ui/use-clock-value';
import { modeOf } from './session-view';
import './session.css';

export type SessionVariant = 'console' | 'projector';

/**
 * The outer frame of a running session. It carries the phase, the status and the time mode
 * (normal, wrap-up, overtime) as data attributes for the theme. It re-renders when the mode
 * changes, its children (made by the parent) do not.
 */
export function SessionFrame({
  variant,
  children,
}: {
  variant: SessionVariant;
  children: ReactNode;
}) {
  const clinic = useClinic((s) => s.clinic);
  const mode = useClockValue(clinic, modeOf);
  return (
    <div
      className={`session session-${variant}`}
      data-mode={mode}
      data-phase={currentPhase(clinic).id}
      data-status={clinic.status}
    >
      {children}
    </div>
  );
}
