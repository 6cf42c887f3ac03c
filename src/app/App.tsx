import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createClinicStore } from '../store/clinic-store';
import {
  StoresProvider,
  useClinic,
  useClinicStoreApi,
  useSettings,
  useSettingsStoreApi,
} from '../store/store-context';
import { isInSession } from '../clinic/state';
import { SetupScreen } from '../features/setup/SetupScreen';
import {
  ArchivedSession,
  ArchivedSheet,
  BreakConsole,
  ConsoleScreen,
  ProjectorBreak,
  SessionBar,
  SessionEndScreen,
  FinishedScreen,
  NotesPanel,
  ProjectorScreen,
  StoreNotices,
  prefetchClinicScreens,
} from './lazy-screens';
import { HistoryLauncher } from '../features/history/HistoryLauncher';
import { FollowUpLauncher } from '../features/followup/FollowUpLauncher';
import { ReviewPanel } from '../features/followup/lazy-followup';
import { TakeawayStoresProvider } from '../store/takeaway-context';
import type { ClinicExport } from '../takeaway/clinic-file';
import type { SessionExport } from '../takeaway/session/session-file';
import { useClinicTicker } from './use-clinic-ticker';
import { useWakeLock } from './use-wake-lock';
import { toggleFullscreen } from './fullscreen';
import { broadcastClinic, followClinic } from './projector-sync';
import { SoundProvider, SoundUnlockBar } from './SoundProvider';
import { SoundControls } from '../ui/sound-controls/SoundControls';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useLanguageSync } from '../i18n/use-language-sync';

export const PROJECTOR_WINDOW_NAME = 'case-clinic-projector';

export function isProjectorView(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('view') === 'projector';
}

export function openProjectorWindow(): void {
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'projector');
  window.open(url.toString(), PROJECTOR_WINDOW_NAME, 'popup,width=1280,height=720');
}

/** Puts the chosen theme on the document, where app.css picks it up. */
function useDocumentTheme(): void {
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

export interface ConsoleAppProps {
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
export function ConsoleApp({ notes, soundControls, review }: ConsoleAppProps) {
  const store = useClinicStoreApi();
  const status = useClinic((s) => s.clinic.status);
  // A session of several cases: null for "One clinic".
  const sessionStatus = useClinic((s) => s.session?.status ?? null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
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
  const hasStoreNotice = useSettings((s) => s.notice !== null) || clinicNews;

  useDocumentTheme();
  useClinicTicker(store);
  useWakeLock(status === 'running');
  useEffect(() => broadcastClinic(store), [store]);
  useEffect(() => prefetchClinicScreens(), []);
  useEffect(() => {
    if (sessionStatus !== null) void SessionBar.preload();
  }, [sessionStatus]);

  return (
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
          {inSession && sessionStatus === 'clinic' && <SessionBar />}
          {inSession && (
            <ConsoleScreen
              notes={notes}
              review={review}
              soundControls={soundControls}
              onOpenProjector={openProjectorWindow}
              onToggleFullscreen={() => toggleFullscreen()}
              shortcutsOpen={shortcutsOpen}
              onShortcutsOpenChange={setShortcutsOpen}
            />
          )}
          {status === 'finished' && sessionStatus === null && (
            <FinishedScreen extraActions={history} />
          )}
          {sessionStatus === 'break' && <BreakConsole />}
          {sessionStatus === 'finished' && <SessionEndScreen renderSheet={renderArchivedSheet} />}
        </Suspense>
      </main>
    </TakeawayStoresProvider>
  );
}

/**
 * The room's window (`?view=projector`): read-only. It keeps its own store that never writes to
 * the device's storage and never ticks cues; it starts from the saved clinic and then follows the
 * console.
 */
export function ProjectorApp() {
  const settings = useSettingsStoreApi();
  const windowStore = useClinicStoreApi();
  const [projectorStore] = useState(() =>
    createClinicStore({ storage: windowStore.storage?.readOnly(), clock: windowStore.clock }),
  );
  useEffect(() => followClinic(projectorStore), [projectorStore]);
  return (
    <StoresProvider stores={{ clinic: projectorStore, settings }}>
      <SoundProvider isProjector>
        <ProjectorRoot />
      </SoundProvider>
    </StoresProvider>
  );
}

function ProjectorRoot() {
  const running = useClinic((s) => s.clinic.status === 'running' || s.session?.status === 'break');
  const inBreak = useClinic((s) => s.session?.status === 'break');
  const inSessionClinic = useClinic((s) => s.session?.status === 'clinic');
  useDocumentTheme();
  useWakeLock(running);
  return (
    <main className="app app-projector">
      <SoundUnlockBar />
      <Suspense fallback={null}>
        {inSessionClinic && <SessionBar />}
        {inBreak ? <ProjectorBreak /> : <ProjectorScreen />}
      </Suspense>
    </main>
  );
}

export function App() {
  useLanguageSync(useSettings((s) => s.language));
  return isProjectorView() ? (
    <ProjectorApp />
  ) : (
    <SoundProvider isProjector={false}>
      <ConsoleApp
        soundControls={<SoundControls />}
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
