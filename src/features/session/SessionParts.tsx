import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_COUNT, phaseAt, phaseTextKeys } from '../../clinic/phases';
import { useClinic } from '../../store/store-context';
import { HourglassIcon, OvertimeIcon, PauseIcon } from '../../ui/icons';
import { useClockValue } from '../../ui/use-clock-value';
import { phaseModeAt } from './session-view';

export type SessionVariant = 'console' | 'projector';

function usePhaseMode() {
  const clinic = useClinic((s) => s.clinic);
  return useClockValue(clinic, phaseModeAt);
}

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
  const mode = usePhaseMode();
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  const status = useClinic((s) => s.clinic.status);
  return (
    <div
      className={`session session-${variant}`}
      data-mode={mode}
      data-phase={phaseAt(phaseIndex).id}
      data-status={status}
    >
      {children}
    </div>
  );
}

/** Wrap-up, overtime and pause are said in words with an icon, never by colour alone. */
export function ModeBadges() {
  const { t } = useTranslation();
  const mode = usePhaseMode();
  const paused = useClinic((s) => s.clinic.status === 'paused');
  return (
    <div className="mode-badges">
      {mode === 'wrapUp' && (
        <p className="mode-badge mode-badge-wrapup">
          <HourglassIcon />
          <span>{t('session.wrapUp')}</span>
        </p>
      )}
      {mode === 'overtime' && (
        <p className="mode-badge mode-badge-overtime">
          <OvertimeIcon />
          <span>{t('session.overtime')}</span>
        </p>
      )}
      {paused && (
        <p className="mode-badge mode-badge-paused">
          <PauseIcon />
          <span>{t('session.paused')}</span>
        </p>
      )}
    </div>
  );
}

export function PhaseHeading({ id }: { id: string }) {
  const { t } = useTranslation();
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  const phase = phaseAt(phaseIndex);
  return (
    <header className="phase-heading">
      <p className="phase-place">
        {t('session.phaseOf', { number: phaseIndex + 1, count: PHASE_COUNT })}
      </p>
      <h1 id={id} className="phase-name">
        {t(phaseTextKeys(phase.id).name)}
      </h1>
      <p className="phase-speakers">{t(`speakers.${phase.speakers}`)}</p>
    </header>
  );
}

export function PhasePrompt() {
  const { t } = useTranslation();
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  const phaseId = phaseAt(phaseIndex).id;
  // The stillness has nothing to read: the room just breathes.
  if (phaseId === 'stillness') return null;
  const lines = t(phaseTextKeys(phaseId).prompt).split('\n');
  return (
    <div className="phase-prompt">
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}

/** The confidentiality reminder, shown during the roles phase unless switched off in setup. */
export function ConfidentialityNote() {
  const { t } = useTranslation();
  const isRoles = useClinic((s) => phaseAt(s.clinic.phaseIndex).id === 'roles');
  const show = useClinic((s) => s.clinic.plan.showConfidentiality);
  const text = useClinic((s) => s.clinic.plan.confidentialityText);
  if (!isRoles || !show) return null;
  return (
    <p className="confidentiality">
      {text.trim() === '' ? t('session.confidentialityDefault') : text}
    </p>
  );
}

export function CaseLine() {
  const { t } = useTranslation();
  const caseTitle = useClinic((s) => s.clinic.plan.caseTitle);
  if (caseTitle.trim() === '') return null;
  return (
    <p className="case-line">
      <span className="case-line-label">{t('session.caseLabel')}</span>{' '}
      <span className="case-line-title">{caseTitle}</span>
    </p>
  );
}
