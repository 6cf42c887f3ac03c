import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseAt, phaseTextKeys } from '../../clinic/phases';
import { useClinic, useSettings } from '../../store/store-context';
import { CueBanner } from '../../ui/CueBanner';
import { FullscreenIcon, KeyboardIcon, ProjectorIcon } from '../../ui/icons';
import { Announcer } from './Announcer';
import { ConsoleControls } from './ConsoleControls';
import { PhaseStage } from './PhaseStage';
import { ForecastLine, PhaseTimeline } from './PhaseTimeline';
import { CaseLine, SessionFrame } from './SessionParts';
import { ShortcutsDialog } from './ShortcutsDialog';
import './session.css';
import './console.css';

export interface ConsoleScreenProps {
  /** The facilitator's notes panel; shown here, never on the projector. */
  notes?: ReactNode;
  /** "How did it go?": the case owner's earlier next steps; it decides itself when to show. */
  review?: ReactNode;
  /** Room for sound controls in the toolbar. */
  soundControls?: ReactNode;
  onOpenProjector: () => void;
  onToggleFullscreen: () => void;
  shortcutsOpen: boolean;
  onShortcutsOpenChange: (open: boolean) => void;
}

function FacilitatorHint() {
  const { t } = useTranslation();
  const phaseIndex = useClinic((s) => s.clinic.phaseIndex);
  return (
    <section className="hint" aria-labelledby="hint-heading">
      <h2 id="hint-heading">{t('session.forTheFacilitator')}</h2>
      <p>{t(phaseTextKeys(phaseAt(phaseIndex).id).hint)}</p>
    </section>
  );
}

function SoundState() {
  const { t } = useTranslation();
  const soundOn = useSettings((s) => s.soundOn);
  return (
    <p className="sound-state" data-sound={soundOn ? 'on' : 'off'}>
      {soundOn ? t('session.soundOn') : t('session.soundOff')}
    </p>
  );
}

/** The facilitator's view of a running clinic: everything the room sees, plus the controls. */
export function ConsoleScreen({
  notes,
  review,
  soundControls,
  onOpenProjector,
  onToggleFullscreen,
  shortcutsOpen,
  onShortcutsOpenChange,
}: ConsoleScreenProps) {
  const { t } = useTranslation();
  return (
    <SessionFrame variant="console">
      <div className="console-toolbar">
        <p className="app-name">{t('app.title')}</p>
        <CaseLine />
        <div className="toolbar-actions">
          <SoundState />
          {soundControls && (
            <details className="toolbar-popover">
              <summary className="button button-small">{t('session.soundSettings')}</summary>
              <div className="toolbar-popover-panel">{soundControls}</div>
            </details>
          )}
          <button
            type="button"
            className="button button-small"
            onClick={onToggleFullscreen}
            aria-keyshortcuts="F"
          >
            <FullscreenIcon />
            <span>{t('controls.fullscreen')}</span>
          </button>
          <button
            type="button"
            className="button button-small"
            aria-keyshortcuts="Shift+?"
            aria-haspopup="dialog"
            onClick={() => onShortcutsOpenChange(true)}
          >
            <KeyboardIcon />
            <span>{t('controls.shortcuts')}</span>
          </button>
          <button type="button" className="button button-small" onClick={onOpenProjector}>
            <ProjectorIcon />
            <span>{t('controls.openProjector')}</span>
          </button>
        </div>
      </div>
      <div className="console-body">
        <section className="stage" aria-labelledby="console-phase-name">
          <div className="cue-slot">
            <CueBanner />
          </div>
          <PhaseStage headingId="console-phase-name" withControl />
        </section>
        <aside className="side">
          <FacilitatorHint />
          {review}
          <PhaseTimeline />
          <ForecastLine />
          {notes}
        </aside>
      </div>
      <ConsoleControls />
      <Announcer />
      {shortcutsOpen && <ShortcutsDialog onClose={() => onShortcutsOpenChange(false)} />}
    </SessionFrame>
  );
}
