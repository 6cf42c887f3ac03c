import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseTextKeys } from '../../clinic/phases';
import { currentPhase } from '../../clinic/state';
import { useClinic } from '../../store/store-context';
import { CueBanner } from '../../ui/CueBanner';
import { Announcer } from './console/Announcer';
import { CommandButtons } from './console/CommandButtons';
import { ConsoleControls } from './console/ConsoleControls';
import { PeoplePanel } from './console/PeoplePanel';
import { ForecastLine, PhaseTimeline } from './console/PhaseTimeline';
import { RoomControl } from './console/RoomControl';
import { ShortcutsDialog } from './console/ShortcutsDialog';
import { useConsoleCommands } from './console/use-console-commands';
import { EndByField } from './fit/EndByField';
import { FitDialog } from './fit/FitDialog';
import { CaseLine } from './stage/CaseLine';
import { PhaseStage } from './stage/PhaseStage';
import { SessionFrame } from './stage/SessionFrame';
import './console/console.css';
import './console/console-strip.css';
import './console/console-notes.css';

export interface ConsoleScreenProps {
  /** The facilitator's notes panel; shown here, never on the projector. */
  notes?: ReactNode;
  /** "How did it go?": the case owner's earlier next steps; it decides itself when to show. */
  review?: ReactNode;
  /** Room for sound controls in the toolbar. */
  soundControls?: ReactNode;
  /** Where the chimes ring and whether they can play now: the toolbar's sound line. */
  soundState?: ReactNode;
  /**
   * A bar above the console: a session's clinic, or the expected end against a single clinic's
   * End by (issue 15). It is handed the fit's buttons to show.
   */
  sessionBar?: (fitActions: ReactNode) => ReactNode;
  onOpenProjector: () => void;
  onToggleFullscreen: () => void;
  shortcutsOpen: boolean;
  onShortcutsOpenChange: (open: boolean) => void;
  /** The preview of "Fit the rest to the end time" is open. */
  fitOpen: boolean;
  onFitOpenChange: (open: boolean) => void;
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

/**
 * A toolbar button that opens a panel below it (sound settings, people). A `lazy` panel is made
 * only while open: the people's fields need the notes, which load after the first paint.
 */
function ToolbarPopover({
  label,
  lazy = false,
  children,
}: {
  label: string;
  lazy?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="toolbar-popover" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button-small">{label}</summary>
      <div className="toolbar-popover-panel">
        {(open || !lazy) && <Suspense fallback={null}>{children}</Suspense>}
      </div>
    </details>
  );
}

/**
 * The facilitator's view of a running clinic, laid out for a laptop: the toolbar and the
 * timeline folded to a strip on top, the phase and its countdown on the left, the notes of the
 * phase as the right-hand column (never under a bar), the controls at the bottom. Its buttons
 * and keyboard shortcuts are the console's command table (console/console-commands.ts).
 */
export function ConsoleScreen({
  notes,
  review,
  soundControls,
  soundState,
  sessionBar,
  onOpenProjector,
  onToggleFullscreen,
  shortcutsOpen,
  onShortcutsOpenChange,
  fitOpen,
  onFitOpenChange,
}: ConsoleScreenProps) {
  const { t } = useTranslation();
  const singleClinic = useClinic((s) => s.session === null);
  const run = useConsoleCommands(
    {
      toggleFullscreen: onToggleFullscreen,
      openProjector: onOpenProjector,
      openShortcuts: () => onShortcutsOpenChange(true),
      openFit: () => onFitOpenChange(true),
    },
    !shortcutsOpen && !fitOpen,
  );
  return (
    <SessionFrame variant="console">
      <div className="console-toolbar">
        <p className="app-name">{t('app.title')}</p>
        <CaseLine />
        <div className="toolbar-actions">
          {soundState}
          {soundControls && (
            <ToolbarPopover label={t('session.soundSettings')}>{soundControls}</ToolbarPopover>
          )}
          <ToolbarPopover label={t('people.button')} lazy>
            <PeoplePanel />
          </ToolbarPopover>
          {singleClinic && (
            <ToolbarPopover label={t('fit.endByButton')}>
              <EndByField />
            </ToolbarPopover>
          )}
          <RoomControl />
          <CommandButtons place="toolbar" run={run} />
        </div>
      </div>
      {sessionBar && (
        <div className="console-session-bar">
          {sessionBar(
            <div className="session-fit-actions">
              <CommandButtons place="fit" run={run} />
            </div>,
          )}
        </div>
      )}
      <div className="console-strip">
        <PhaseTimeline />
        <ForecastLine />
      </div>
      <div className="console-body">
        {/* It scrolls on its own on a small window: reachable by keyboard, then. */}
        <section className="stage" aria-labelledby="console-phase-name" tabIndex={0}>
          <div className="cue-slot">
            <CueBanner />
          </div>
          <PhaseStage
            headingId="console-phase-name"
            turnControl={<CommandButtons place="turn" run={run} />}
          />
          <FacilitatorHint />
          {review}
        </section>
        <aside className="side">{notes}</aside>
      </div>
      <ConsoleControls run={run} />
      <Announcer />
      {shortcutsOpen && <ShortcutsDialog onClose={() => onShortcutsOpenChange(false)} />}
      {fitOpen && <FitDialog onClose={() => onFitOpenChange(false)} />}
    </SessionFrame>
  );
}
