/// <reference types="vite-plugin-pwa/vanillajs" />
import type { registerSW } from 'virtual:pwa-register';

// The service worker precaches the whole app. A new version installs in the background and
// waits: the facilitator is offered "Reload" and chooses when. This tab reloads only when its
// own user asked for it, never because another tab took the update in the middle of a clinic.

export interface AppUpdateState {
  /** A new version is installed and waiting for a reload. */
  updateReady: boolean;
  /** The app is cached and works without network from now on. */
  offlineReady: boolean;
}

export interface AppUpdate {
  state(): AppUpdateState;
  subscribe(listener: () => void): () => void;
  /** Activates the waiting version and reloads this tab: only ever called from a click. */
  reloadToUpdate(): Promise<void>;
}

type Register = typeof registerSW;

const HOUR_MS = 60 * 60 * 1000;

/** The worker's registration code comes after the first download: it registers after load anyway. */
const registerLater: Register = (options) => {
  const activate = import('virtual:pwa-register').then(({ registerSW }) => registerSW(options));
  return (reloadPage) => activate.then((activateWaiting) => activateWaiting(reloadPage));
};

const pageIsControlled = () =>
  typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);

export function createAppUpdate(
  register: Register = registerLater,
  reload: () => void = () => window.location.reload(),
  isControlled: () => boolean = pageIsControlled,
): AppUpdate {
  let current: AppUpdateState = { updateReady: false, offlineReady: false };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<AppUpdateState>) => {
    current = { ...current, ...patch };
    for (const listener of listeners) listener();
  };
  let userAskedForReload = false;

  const activateWaiting = register({
    // Registered once the page has loaded, so precaching never competes with the first paint.
    immediate: false,
    onNeedRefresh: () => set({ updateReady: true }),
    onOfflineReady: () => set({ offlineReady: true }),
    // Another tab may activate the new version; this one keeps running until its user reloads.
    onNeedReload: () => {
      if (userAskedForReload) reload();
      else set({ updateReady: true });
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // Look for a new version now and then; offline the check fails quietly.
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {});
      }, HOUR_MS);
    },
    onRegisterError: (error: unknown) => console.warn('Service worker not registered:', error),
  });

  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async reloadToUpdate() {
      userAskedForReload = true;
      await activateWaiting(true);
      // A page the old worker never controlled (the very first visit) gets no "controlling"
      // event to reload on: reload it here, as its user asked.
      if (!isControlled()) reload();
    },
  };
}
