import type { ClinicStore, ClinicStoreState } from '../store/clinic-store';

// Two console tabs on one device share one saved clinic. Only one of them may control it: the
// tab holding a Web Lock is the controller; any other tab is a viewer that does not write (its
// store saves through a gated view of the device's storage), does not tick (so it never plays a
// chime twice) and follows the controller's saves, as every store follows another window's. When
// the controller closes, the lock passes on and a viewer takes over.

export const CONSOLE_LOCK_NAME = 'case-clinic-timer:console';

export type TabRole = 'deciding' | 'controller' | 'viewer';

export interface TabLeadership {
  role(): TabRole;
  subscribe(listener: (role: TabRole) => void): () => void;
  /** Resolves once the tab knows whether it controls or views. */
  decided: Promise<TabRole>;
  /** Lets go of the lock (the tab is closing, or a test is done). */
  stop(): void;
}

/** The part of `navigator.locks` used here (a test hands in its own). */
export interface LockManagerLike {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<boolean>,
  ): Promise<unknown>;
}

export function createTabLeadership(
  locks: LockManagerLike | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator.locks,
): TabLeadership {
  let current: TabRole = 'deciding';
  const listeners = new Set<(role: TabRole) => void>();
  const abort = new AbortController();
  let releaseLock: (() => void) | null = null;
  let resolveDecided: (role: TabRole) => void = () => {};
  const decided = new Promise<TabRole>((resolve) => {
    resolveDecided = resolve;
  });

  const become = (role: TabRole) => {
    if (role === current) return;
    current = role;
    resolveDecided(role);
    for (const listener of listeners) listener(role);
  };

  const holdUntilStopped = () =>
    new Promise<void>((resolve) => {
      releaseLock = resolve;
      if (abort.signal.aborted) resolve();
    });

  if (!locks) {
    // Without Web Locks (very old browsers) each tab controls its own view of the clinic.
    become('controller');
  } else {
    const lead = async (lock: Lock | null): Promise<boolean> => {
      if (!lock) return false;
      become('controller');
      await holdUntilStopped();
      return true;
    };
    const claim = async () => {
      const held = await locks.request(CONSOLE_LOCK_NAME, { ifAvailable: true }, lead);
      if (held === true || abort.signal.aborted) return;
      become('viewer');
      // Queue for the lock: granted when the controlling tab closes.
      await locks.request(CONSOLE_LOCK_NAME, { signal: abort.signal }, lead);
    };
    claim().catch((error: unknown) => {
      if (abort.signal.aborted) return;
      // The lock manager refused (a sandboxed frame, say): do not leave the tab undecided.
      console.warn('Web Locks unavailable; this tab controls its own clinic.', error);
      become('controller');
    });
  }

  return {
    role: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    decided,
    stop() {
      abort.abort();
      releaseLock?.();
    },
  };
}

/**
 * Makes a clinic store follow the tab's role: as a viewer its actions do nothing (its store keeps
 * following the controller's saves); promoted to controller it reads the latest save once and
 * acts again. Returns a function that undoes the wiring.
 */
export function followTabRole(store: ClinicStore, leadership: TabLeadership): () => void {
  const own: Pick<ClinicStoreState, 'dispatch' | 'tick'> = {
    dispatch: store.getState().dispatch,
    tick: store.getState().tick,
  };
  const ignore = () => {};

  const apply = (role: TabRole) => {
    if (role === 'viewer') {
      store.setState({ dispatch: ignore, tick: ignore });
      store.reload();
    } else if (role === 'controller') {
      // The last save may have come after the last storage event this tab saw.
      store.reload();
      store.setState(own);
    }
  };

  const unsubscribe = leadership.subscribe(apply);
  apply(leadership.role());
  return () => {
    unsubscribe();
    store.setState(own);
  };
}
