import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// In the browser, the console, the sheet, the history and the sound arrive as lazy chunks (the browser
// tests load them for real). Component tests, many on fake timers, take them eagerly instead.
vi.mock('../src/app/lazy-screens', async () => {
  const [session, projector, finished, notes, sheet, sound] = await Promise.all([
    import('../src/features/session/ConsoleScreen'),
    import('../src/features/session/ProjectorScreen'),
    import('../src/features/takeaway/FinishedScreen'),
    import('../src/features/takeaway/NotesPanel'),
    import('../src/features/takeaway/TakeawaySheet'),
    import('../src/app/SoundEngine'),
  ]);
  return {
    ConsoleScreen: session.ConsoleScreen,
    ProjectorScreen: projector.ProjectorScreen,
    FinishedScreen: finished.FinishedScreen,
    NotesPanel: notes.NotesPanel,
    TakeawaySheet: sheet.TakeawaySheet,
    SoundEngine: Object.assign(sound.SoundEngine, {
      isLoaded: () => true,
      preload: () => Promise.resolve(),
    }),
    prefetchClinicScreens: () => {},
    preloadFirstScreen: () => Promise.resolve(),
  };
});
vi.mock('../src/features/history/lazy-history-screen', async () => ({
  HistoryScreen: (await import('../src/features/history/HistoryScreen')).HistoryScreen,
  prefetchHistoryScreen: () => {},
}));

vi.mock('../src/store/lazy-takeaway-stores', async () => {
  const module = await import('../src/store/takeaway-stores');
  return {
    loadedTakeawayStores: () => module,
    preloadTakeawayStores: () => Promise.resolve(module),
  };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
