import { isInSession, type ClinicStatus } from '../clinic/state';
import { englishComplete } from '../i18n/setup';
import { withTakeawayStores as withStoresOnly } from '../store/lazy-takeaway-stores';
import { preloadRoomStore } from '../store/lazy-room-store';
import { lazyComponent } from '../ui/lazy-component';
import { preloadPlanner } from '../features/setup/planner/lazy-planner';

// Only the setup screen is in the first download: the console, the projector, the sheet, the
// notes and the sound service arrive as their own chunks (precached for offline use). They are
// fetched as soon as the app has painted, and the one a reload needs is fetched before the first
// paint, so in practice no screen ever waits on a fallback.

/** A screen that reads the takeaway's strings: it waits for the rest of English. */
function withLaterEnglish<T>(load: Promise<T>): Promise<T> {
  return Promise.all([load, englishComplete()]).then(([component]) => component);
}

/** A screen that reads the notes or the history: their stores and strings come with it. */
function withTakeawayStores<T>(load: Promise<T>): Promise<T> {
  return withStoresOnly(withLaterEnglish(load));
}

export const ConsoleScreen = lazyComponent(() =>
  withTakeawayStores(import('../features/session/ConsoleScreen').then((m) => m.ConsoleScreen)),
);
export const ProjectorScreen = lazyComponent(() =>
  withLaterEnglish(import('../features/session/ProjectorScreen').then((m) => m.ProjectorScreen)),
);
export const FinishedScreen = lazyComponent(() =>
  withTakeawayStores(import('../features/takeaway/FinishedScreen').then((m) => m.FinishedScreen)),
);
export const NotesPanel = lazyComponent(() =>
  withTakeawayStores(import('../features/takeaway/NotesPanel').then((m) => m.NotesPanel)),
);
export const TakeawaySheet = lazyComponent(() =>
  withLaterEnglish(import('../features/takeaway/TakeawaySheet').then((m) => m.TakeawaySheet)),
);
export const ArchivedSheet = lazyComponent(() =>
  withTakeawayStores(import('../features/takeaway/ArchivedSheet').then((m) => m.ArchivedSheet)),
);
export const ArchivedSession = lazyComponent(() =>
  withLaterEnglish(
    import('../features/takeaway/session-summary/ArchivedSession').then((m) => m.ArchivedSession),
  ),
);

// A session's own screens: the break and the end read the history (the end opens sheets).
const sessionRun = () => withTakeawayStores(import('../features/session/run'));
export const SessionBar = lazyComponent(() => sessionRun().then((m) => m.SessionBar));
export const BreakConsole = lazyComponent(() => sessionRun().then((m) => m.BreakConsole));
export const SessionEndScreen = lazyComponent(() => sessionRun().then((m) => m.SessionEndScreen));
export const ProjectorBreak = lazyComponent(() =>
  withLaterEnglish(import('../features/session/run').then((m) => m.ProjectorBreak)),
);
/** The wall's bar (a session's place, the expected end against the end time): no history. */
export const ProjectorSessionBar = lazyComponent(() =>
  withLaterEnglish(import('../features/session/run').then((m) => m.SessionBar)),
);
// Each screen is ready before it is drawn, so none suspends (a fallback would blank the console).
const preloadSessionScreens = () =>
  Promise.allSettled([
    SessionBar.preload(),
    BreakConsole.preload(),
    SessionEndScreen.preload(),
    ProjectorBreak.preload(),
    ProjectorSessionBar.preload(),
    ArchivedSheet.preload(), // the end screen opens each clinic's sheet
    ArchivedSession.preload(), // and shows the session's summary
  ]);

/** What the device's storage did (a save set aside, nothing saved): rarely anything to say. */
export const StoreNotices = lazyComponent(() =>
  withLaterEnglish(import('./StoreNotices').then((m) => m.StoreNotices)),
);

/**
 * The sound service (see SoundProvider): it draws nothing, and the setup screen never rings.
 * Mounted once loaded rather than through Suspense, which would hold it back a few hundred ms.
 */
export const SoundEngine = lazyComponent(() => import('./SoundEngine').then((m) => m.SoundEngine));

const settle = (loads: Array<Promise<unknown>>) => Promise.allSettled(loads).then(() => undefined);

/** The screens a clinic goes on to; fetched once the setup screen is up. */
export function prefetchClinicScreens(): void {
  void settle([
    ConsoleScreen.preload(),
    NotesPanel.preload(),
    preloadRoomStore(),
    FinishedScreen.preload(),
    ProjectorScreen.preload(), // a second console tab follows as a room view
    SoundEngine.preload(),
    preloadSessionScreens(), // a session's screens, one chunk
    preloadPlanner(), // the planner, for a click on "A session of several cases"
  ]);
}

/** Before the first paint: the screen the saved state opens on, so a reload shows it at once. */
export function preloadFirstScreen(
  status: ClinicStatus,
  isProjector: boolean,
  /** A session of several cases has started: its screens come first too. */
  sessionRuns = false,
  /** The setup shows the session's planner or an end time's check (see lazy-planner.ts). */
  plannerShown = false,
): Promise<void> {
  if (plannerShown && status === 'setup' && !isProjector) return settle([preloadPlanner()]);
  if (sessionRuns) {
    return settle([
      preloadSessionScreens(),
      preloadFirstScreen(status === 'finished' ? 'running' : status, isProjector),
    ]);
  }
  if (isProjector) {
    return settle([
      ProjectorScreen.preload(),
      ProjectorSessionBar.preload(),
      SoundEngine.preload(),
    ]);
  }
  if (isInSession({ status })) {
    return settle([
      ConsoleScreen.preload(),
      NotesPanel.preload(),
      preloadRoomStore(),
      ProjectorScreen.preload(),
      SoundEngine.preload(), // so "Sound is off: click to enable" shows at once after a reload
    ]);
  }
  if (status === 'finished') {
    return settle([FinishedScreen.preload(), preloadRoomStore(), ProjectorScreen.preload()]);
  }
  return Promise.resolve();
}
