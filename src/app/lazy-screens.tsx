import { createElement, lazy, type ComponentType } from 'react';
import type { ClinicStatus } from '../clinic/state';
import { preloadTakeawayStores } from '../store/lazy-takeaway-stores';

// Only the setup screen is in the first download: the console, the projector, the sheet, the
// notes and the sound service arrive as their own chunks (precached for offline use). They are fetched as soon as the
// app has painted, and the one a reload needs is fetched before the first paint, so in practice
// no screen ever waits on a fallback.

interface Preloadable {
  preload: () => Promise<unknown>;
  isLoaded: () => boolean;
}

/** A lazily loaded screen that renders at once, without suspending, once its chunk is in. */
function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & Preloadable {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // offline before the first full visit: try again next time
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    return createElement((loaded ?? Suspending) as ComponentType<P>, props);
  }
  return Object.assign(Screen, { preload, isLoaded: () => loaded !== null });
}

/** A screen that reads the notes or the history: their stores' module comes with it. */
function withTakeawayStores<T>(load: Promise<T>): Promise<T> {
  return Promise.all([load, preloadTakeawayStores()]).then(([component]) => component);
}

export const ConsoleScreen = lazyScreen(() =>
  withTakeawayStores(import('../features/session/ConsoleScreen').then((m) => m.ConsoleScreen)),
);
export const ProjectorScreen = lazyScreen(() =>
  import('../features/session/ProjectorScreen').then((m) => m.ProjectorScreen),
);
export const FinishedScreen = lazyScreen(() =>
  withTakeawayStores(import('../features/takeaway/FinishedScreen').then((m) => m.FinishedScreen)),
);
export const NotesPanel = lazyScreen(() =>
  withTakeawayStores(import('../features/takeaway/NotesPanel').then((m) => m.NotesPanel)),
);
export const TakeawaySheet = lazyScreen(() =>
  import('../features/takeaway/TakeawaySheet').then((m) => m.TakeawaySheet),
);

/** What the device's storage did (a save set aside, nothing saved): rarely anything to say. */
export const StoreNotices = lazyScreen(() => import('./StoreNotices').then((m) => m.StoreNotices));

/**
 * The sound service (see SoundProvider): it draws nothing, and the setup screen never rings.
 * Mounted once loaded rather than through Suspense, which would hold it back a few hundred ms.
 */
export const SoundEngine = lazyScreen(() => import('./SoundEngine').then((m) => m.SoundEngine));

const settle = (loads: Array<Promise<unknown>>) => Promise.allSettled(loads).then(() => undefined);

/** The screens a clinic goes on to; fetched once the setup screen is up. */
export function prefetchClinicScreens(): void {
  void settle([
    ConsoleScreen.preload(),
    NotesPanel.preload(),
    FinishedScreen.preload(),
    ProjectorScreen.preload(), // a second console tab follows as a room view
    SoundEngine.preload(),
  ]);
}

/** Before the first paint: the screen the saved state opens on, so a reload shows it at once. */
export function preloadFirstScreen(status: ClinicStatus, isProjector: boolean): Promise<void> {
  if (isProjector) return settle([ProjectorScreen.preload(), SoundEngine.preload()]);
  if (status === 'running' || status === 'paused') {
    return settle([
      ConsoleScreen.preload(),
      NotesPanel.preload(),
      ProjectorScreen.preload(),
      SoundEngine.preload(), // so "Sound is off: click to enable" shows at once after a reload
    ]);
  }
  if (status === 'finished') return settle([FinishedScreen.preload(), ProjectorScreen.preload()]);
  return Promise.resolve();
}
