import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseTextKeys } from '../../clinic/phases';
import { currentPhase } from '../../clinic/state';
import { useClinic, useSettings } from '../../store/store-context';
import { CueBanner } from '../../ui/CueBanner';
import { Announcer } from './console/Announcer';
import { CommandButtons } from './console/CommandButtons';
import { ConsoleControls } from './console/ConsoleControls';
import { ForecastLine, PhaseTimeline } from './console/PhaseTimeline';
import { RoomControl } from './console/RoomControl';
import { ShortcutsDialog } from './console/ShortcutsDialog';
import { useConsoleCommands } from './console/use-console-commands';
import { CaseLine } from './stage/CaseLine';
import { PhaseStage } from './stage/PhaseStage';
import { SessionFrame } from './stage/SessionFrame';
import './console/console.css';

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
  const phaseId = useClinic((s) => currentPhase(s.clinic).id);
  return (
    <section className="hint" aria-labelledby="hint-heading">
      <h2 id="hint-heading">{t('session.forTheFacilitator')}</h2>
      <p>{t(phaseTextKeys(phaseId).hint)}</p>
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

/**
 * The facilitator's view of a running clinic: everything the room sees, plus the controls. Its
 * buttons and keyboard shortcuts are the console's command table (console/console-commands.ts).
 */
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
  const run = useConsoleCommands(
    {
      toggleFullscreen: onToggleFullscreen,
      openProjector: onOpenProjector,
      openShortcuts: () => onShortcutsOpenChange(true),
    },
    !shortcutsOpen,
  );
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
          <CommandButtons place="toolbar" run={run} />
        </div>
      </div>
      <div className="console-body">
        <section className="stage" aria-labelledby="console-phase-name">
          <div className="cue-slot">
            <CueBanner />
          </div>
          <PhaseStage
            headingId="console-phase-name"
            turnControl={<CommandButtons place="turn" run={run} />}
          />
        </section>
        <aside className="side">
          <FacilitatorHint />
          {review}
          <PhaseTimeline />
          <ForecastLine />
          {notes}
        </aside>
      </div>
      <ConsoleControls run={run} room={<RoomControl />} />
      <Announcer />
      {shortcutsOpen && <ShortcutsDialog onClose={() => onShortcutsOpenChange(false)} />}
    </SessionFrame>
  );
}
