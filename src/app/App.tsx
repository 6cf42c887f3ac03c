import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic, useClinicStoreApi, useSettings } from '../store/store-context';
import { isInSession } from '../clinic/state';
import { SetupScreen } from '../features/setup/SetupScreen';
import {
  ArchivedSession,
  ArchivedSheet,
  BreakConsole,
  ConsoleScreen,
  SessionBar,
  SessionEndScreen,
  FinishedScreen,
  NotesPanel,
  StoreNotices,
  prefetchClinicScreens,
} from './lazy-screens';
import { HistoryLauncher } from '../features/history/HistoryLauncher';
import { FollowUpLauncher } from '../features/followup/FollowUpLauncher';
import { ReviewPanel } from '../features/followup/lazy-followup';
import { useConsoleRoom } from '../store/lazy-room-store';
import { RoomStoreProvider } from '../store/room-context';
import { TakeawayStoresProvider } from '../store/takeaway-context';
import { useTemplates, useTemplatesStore } from '../store/templates-context';
import type { ClinicExport } from '../takeaway/clinic-file';
import type { SessionExport } from '../takeaway/session/session-file';
import { useClinicTicker } from './use-clinic-ticker';
import { useWakeLock } from './use-wake-lock';
import { toggleFullscreen } from './fullscreen';
import { useDocumentTheme } from './use-document-theme';
import { broadcastClinic } from './projector-sync';
import { SoundProvider, SoundStatus, SoundUnlockBar } from './SoundProvider';
import { SoundControls } from '../ui/sound-controls/SoundControls';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useLanguageSync } from '../i18n/use-language-sync';
import { englishComplete } from '../i18n/setup';
import { lazyComponent } from '../ui/lazy-component';

/** The room's window (and a second console tab, which shows the room's view): its own chunk. */
export const ProjectorApp = lazyComponent(() =>
  Promise.all([import('./ProjectorApp'), englishComplete()]).then(([m]) => m.ProjectorApp),
);

export const PROJECTOR_WINDOW_NAME = 'case-clinic-projector';

export function isProjectorView(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('view') === 'projector';
}

export function openProjectorWindow(): void {
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'projector');
  window.open(url.toString(), PROJECTOR_WINDOW_NAME, 'popup,width=1280,height=720');
}

export interface ConsoleAppProps {
  /** Where the chimes ring and whether they can play: the toolbar's sound line. */
  soundState?: ReactNode;
  /** The facilitator's notes panel, shown in the console only. */
  notes?: ReactNode;
  /** Sound controls for the console's toolbar. */
  soundControls?: ReactNode;
  /** "How did it go?" with the case owner's earlier next steps, in the roles phase. */
  review?: ReactNode;
}

/** A finished clinic from the history, drawn as its takeaway sheet; its steps' status can change. */
function renderArchivedSheet(data: ClinicExport) {
  return (
    <Suspense fallback={null}>
      <ArchivedSheet data={data} />
    </Suspense>
  );
}

/** A session from the history, drawn as its summary with its exports. */
function renderArchivedSession(data: SessionExport) {
  return (
    <Suspense fallback={null}>
      <ArchivedSession data={data} />
    </Suspense>
  );
}

/** The facilitator's window: setup, the console, the end. */
export function ConsoleApp({ notes, soundControls, soundState, review }: ConsoleAppProps) {
  const store = useClinicStoreApi();
  const status = useClinic((s) => s.clinic.status);
  // A session of several cases: null for "One clinic".
  const sessionStatus = useClinic((s) => s.session?.status ?? null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [fitOpen, setFitOpen] = useState(false);
  // One history dialog for the setup and the finished screen: it stays open across the switch.
  const [historyOpen, setHistoryOpen] = useState(false);
  const history = (
    <HistoryLauncher
      renderSheet={renderArchivedSheet}
      renderSession={renderArchivedSession}
      open={historyOpen}
      onOpenChange={setHistoryOpen}
    />
  );
  const inSession = isInSession({ status });
  const { i18n } = useTranslation();
  // What the device's storage did is told by a chunk of its own, loaded only when there is news.
  const clinicNews = useClinic(
    (s) => s.loadNotice !== null || s.saveProblem !== null || s.sessionNotice !== null,
  );
  const templatesNews = useTemplates(useTemplatesStore(false), (s) => s.notice !== null, false);
  const hasStoreNotice = useSettings((s) => s.notice !== null) || clinicNews || templatesNews;

  useDocumentTheme();
  useClinicTicker(store);
  useWakeLock(status === 'running');
  useEffect(() => broadcastClinic(store), [store]);
  useEffect(() => {
    prefetchClinicScreens();
    void ProjectorApp.preload().catch(() => undefined);
  }, []);
  // What the room sees besides the phase; it belongs to the clinic and goes with it.
  const room = useConsoleRoom(store);

  return (
    <RoomStoreProvider room={room}>
      <TakeawayStoresProvider language={i18n.resolvedLanguage ?? i18n.language}>
        <main className={inSession ? 'app app-session' : 'app'}>
          {hasStoreNotice && (
            <Suspense fallback={null}>
              <StoreNotices />
            </Suspense>
          )}
          <SoundUnlockBar />
          {!inSession && (
            <div className="language-bar">
              <LanguageSwitcher />
            </div>
          )}
          {status === 'setup' && history}
          {status === 'setup' && <FollowUpLauncher />}
          {status === 'setup' && <SetupScreen />}
          <Suspense fallback={null}>
            {inSession && (
              <ConsoleScreen
                sessionBar={(fitActions) => (
                  <Suspense fallback={null}>
                    <SessionBar actions={fitActions} />
                  </Suspense>
                )}
                notes={notes}
                review={review}
                soundControls={soundControls}
                soundState={soundState}
                onOpenProjector={openProjectorWindow}
                onToggleFullscreen={() => toggleFullscreen()}
                shortcutsOpen={shortcutsOpen}
                onShortcutsOpenChange={setShortcutsOpen}
                fitOpen={fitOpen}
                onFitOpenChange={setFitOpen}
              />
            )}
            {status === 'finished' && sessionStatus === null && (
              <FinishedScreen extraActions={history} />
            )}
            {sessionStatus === 'break' && <BreakConsole />}
            {sessionStatus === 'finished' && (
              <SessionEndScreen
                renderSheet={renderArchivedSheet}
                renderSummary={renderArchivedSession}
              />
            )}
          </Suspense>
        </main>
      </TakeawayStoresProvider>
    </RoomStoreProvider>
  );
}

export function App() {
  useLanguageSync(useSettings((s) => s.language));
  return isProjectorView() ? (
    <Suspense fallback={null}>
      <ProjectorApp />
    </Suspense>
  ) : (
    <SoundProvider isProjector={false}>
      <ConsoleApp
        soundControls={<SoundControls />}
        soundState={<SoundStatus />}
        review={
          <Suspense fallback={null}>
            <ReviewPanel />
          </Suspense>
        }
        notes={
          <Suspense fallback={null}>
            <NotesPanel />
          </Suspense>
        }
      />
    </SoundProvider>
  );
}
