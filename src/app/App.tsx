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
  ProjectorSessionBar,
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
import { ReviewPanel, WallReview } from '../features/followup/lazy-followup';
import type { ReviewExhibit } from '../features/session/projector/RoomWall';
import { createRoomStore, followClinicForRoom } from '../store/room-store';
import { RoomStoreProvider } from '../store/room-context';
import { FullscreenIcon } from '../ui/icons';
import { TakeawayStoresProvider } from '../store/takeaway-context';
import type { ClinicExport } from '../takeaway/clinic-file';
import type { SessionExport } from '../takeaway/session/session-file';
import { useClinicTicker } from './use-clinic-ticker';
import { useWakeLock } from './use-wake-lock';
import { toggleFullscreen, useWallFullscreen } from './fullscreen';
import { broadcastClinic, followClinic } from './projector-sync';
import { SoundProvider, SoundStatus, SoundUnlockBar } from './SoundProvider';
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
  const hasStoreNotice = useSettings((s) => s.notice !== null) || clinicNews;

  useDocumentTheme();
  useClinicTicker(store);
  useWakeLock(status === 'running');
  useEffect(() => broadcastClinic(store), [store]);
  useEffect(() => prefetchClinicScreens(), []);
  // What the room sees besides the phase; it belongs to the clinic and goes with it.
  const [room] = useState(() => createRoomStore(store.storage, store.clock));
  useEffect(
    () => followClinicForRoom(room, () => store.getState().clinic.clinicId, store.subscribe),
    [room, store],
  );

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
            {sessionStatus === 'finished' && <SessionEndScreen renderSheet={renderArchivedSheet} />}
          </Suspense>
        </main>
      </TakeawayStoresProvider>
    </RoomStoreProvider>
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
  // The room's view as the console saved it, followed through the device's storage.
  const [room] = useState(() =>
    createRoomStore(windowStore.storage?.readOnly(), windowStore.clock),
  );
  useEffect(() => followClinic(projectorStore), [projectorStore]);
  return (
    <StoresProvider stores={{ clinic: projectorStore, settings }}>
      <RoomStoreProvider room={room}>
        <SoundProvider isProjector>
          <ProjectorRoot />
        </SoundProvider>
      </RoomStoreProvider>
    </StoresProvider>
  );
}

function renderWallReview({ caseOwner, items }: ReviewExhibit) {
  return (
    <Suspense fallback={null}>
      <WallReview caseOwner={caseOwner} items={items} headingLevel={1} />
    </Suspense>
  );
}

function ProjectorRoot() {
  const { t } = useTranslation();
  const inBreak = useClinic((s) => s.session?.status === 'break');
  // Awake through a pause too, and through a session's break: the wall must not go dark.
  const inSession = useClinic((s) => isInSession(s.clinic)) || inBreak;
  const { moving, fullscreen } = useWallFullscreen();
  useDocumentTheme();
  useWakeLock(inSession);
  return (
    <main
      className="app app-projector"
      data-pointer={moving ? 'moving' : 'idle'}
      data-fullscreen={fullscreen}
    >
      <SoundUnlockBar />
      {moving && (
        <button
          type="button"
          className="button wall-fullscreen-button"
          aria-keyshortcuts="F"
          onClick={() => toggleFullscreen()}
        >
          <FullscreenIcon />
          {fullscreen ? t('projector.exitFullscreen') : t('projector.fullscreen')}
        </button>
      )}
      {/* Its own boundary: the bar coming in never blanks the wall. */}
      <Suspense fallback={null}>{!inBreak && <ProjectorSessionBar wall />}</Suspense>
      <Suspense fallback={null}>
        {inBreak ? <ProjectorBreak /> : <ProjectorScreen renderReview={renderWallReview} />}
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
