import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadSessionEngine } from '@/store/session-loader';

// In the browser, the console, the sheet, the history and the sound arrive as lazy chunks (the browser
// tests load them for real). Component tests, many on fake timers, take them eagerly instead.
// The planner's chunk, eager here for the same reason.
vi.mock('@/features/setup/planner/lazy-planner', async () => {
  const planner = await import('@/features/setup/planner/index');
  const loaded = { preload: () => Promise.resolve(), isLoaded: () => true };
  return {
    preloadPlanner: () => Promise.resolve(planner),
    loadedPlanner: () => planner,
    SessionSetup: Object.assign(planner.SessionSetup, loaded),
    ClinicFitCheck: Object.assign(planner.ClinicFitCheck, loaded),
  };
});

vi.mock('@/app/lazy-screens', async () => {
  const [
    session,
    projector,
    finished,
    notes,
    sheet,
    archived,
    sound,
    notices,
    archivedSession,
    run,
  ] = await Promise.all([
    import('@/features/session/ConsoleScreen'),
    import('@/features/session/ProjectorScreen'),
    import('@/features/takeaway/FinishedScreen'),
    import('@/features/takeaway/NotesPanel'),
    import('@/features/takeaway/TakeawaySheet'),
    import('@/features/takeaway/ArchivedSheet'),
    import('@/app/SoundEngine'),
    import('@/app/StoreNotices'),
    import('@/features/takeaway/session-summary/ArchivedSession'),
    import('@/features/session/run'),
  ]);
  return {
    ...run,
    ProjectorSessionBar: run.SessionBar,
    ConsoleScreen: session.ConsoleScreen,
    ProjectorScreen: projector.ProjectorScreen,
    FinishedScreen: finished.FinishedScreen,
    NotesPanel: notes.NotesPanel,
    TakeawaySheet: sheet.TakeawaySheet,
    ArchivedSheet: archived.ArchivedSheet,
    ArchivedSession: archivedSession.ArchivedSession,
    StoreNotices: notices.StoreNotices,
    SoundEngine: Object.assign(sound.SoundEngine, {
      isLoaded: () => true,
      preload: () => Promise.resolve(),
    }),
    prefetchClinicScreens: () => {},
    preloadFirstScreen: () => Promise.resolve(),
  };
});
vi.mock('@/features/history/lazy-history-screen', async () => ({
  HistoryScreen: (await import('@/features/history/HistoryScreen')).HistoryScreen,
  prefetchHistoryScreen: () => {},
}));

vi.mock('@/features/followup/lazy-followup', async () => ({
  FollowUpView: (await import('@/features/followup/FollowUpView')).FollowUpView,
  FollowUpSummary: (await import('@/features/followup/FollowUpSummary')).FollowUpSummary,
  ReviewPanel: (await import('@/features/followup/ReviewPanel')).ReviewPanel,
  prefetchFollowUp: () => {},
}));

vi.mock('@/store/lazy-takeaway-stores', async () => {
  const module = await import('@/store/takeaway-stores');
  return {
    loadedTakeawayStores: () => module,
    preloadTakeawayStores: () => Promise.resolve(module),
  };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The session's half of the clinic store is a lazy chunk in the app; tests have it in from the
// start (tests/store/session-loader.test.ts checks the lazy way).
await loadSessionEngine();
